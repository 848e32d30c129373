#pragma once
// Helpers of the bhuctl/services tests: fixtures, sessions, JSON lines, readable Qt strings.
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QStringList& l, std::ostream* os) { *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']'; }
QT_END_NAMESPACE

namespace bhu::test {

inline QString fixture(const QString& name) { return QDir(QStringLiteral(BHU_FIXTURES_DIR)).filePath(name); }

inline std::unique_ptr<services::Session> adminSession(const TestDb& t)
{
    auto store = openTestDb(t);
    if (!store) return nullptr;
    return std::make_unique<services::Session>(std::move(store), QStringLiteral("test"));
}

// One JSON object per non-empty line; a line that is not a JSON object fails the test.
inline QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty()) continue;
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        EXPECT_EQ(e.error, QJsonParseError::NoError) << line.toStdString();
        EXPECT_TRUE(d.isObject()) << line.toStdString();
        list << d.object();
    }
    return list;
}

inline QJsonObject jsonObject(const QByteArray& out)
{
    const auto lines = jsonLines(out);
    EXPECT_EQ(lines.size(), 1) << out.toStdString();
    return lines.isEmpty() ? QJsonObject() : lines.first();
}

} // namespace bhu::test
