#pragma once
// Shared helpers for tests: temporary folders, ready-made encrypted databases, paths of the
// built programs, and running them as child processes.
#include "bhu/db/Store.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace bhu::test {

inline const QString kAdmin = QStringLiteral("admin");
inline const QString kPassword = QStringLiteral("correct-horse-battery");

// A database created with Store::create in a fresh temporary folder.
struct TestDb {
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    db::Created created;
};
TestDb makeTestDb(const QString& facilityCode = QStringLiteral("BHU-0001"));
std::unique_ptr<db::Store> openTestDb(const TestDb& t);

// Adds a user with a role to a test database (key slot + users row).
void addUser(const TestDb& t, const QString& username, Role role, const QString& password);

// Path of a program built into <build>/bin (BHU_BIN_DIR, set by ctest).
QString binPath(const QString& program);

struct RunResult {
    int exitCode = -1;
    QByteArray out, err;
};
// Runs a built program with BHU_PASSWORD set (unless password is null) and waits.
RunResult run(const QString& program, const QStringList& args, const QString& password = kPassword, int timeoutMs = 300000);

QByteArray readAll(const QString& path);

} // namespace bhu::test
