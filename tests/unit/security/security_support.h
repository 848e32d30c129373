#pragma once
// Helpers of the security tests: sessions per role, file snapshots, plaintext scans.
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <gtest/gtest.h>

namespace bhu::test {

inline std::unique_ptr<services::Session> sessionAs(const TestDb& t, const QString& user, const QString& password)
{
    auto s = services::Session::unlock(t.path, user, password, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(s.value()) : nullptr;
}

inline std::unique_ptr<services::Session> adminOf(const TestDb& t) { return sessionAs(t, kAdmin, kPassword); }

inline QByteArray sha256Of(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

inline int countPlaintext(const QByteArray& bytes, const QList<QByteArray>& needles)
{
    int found = 0;
    for (const QByteArray& n : needles)
        if (bytes.contains(n)) ++found;
    return found;
}

inline QString str(const Error& e) { return e.message; }

} // namespace bhu::test
