#include "bhu/test/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

namespace bhu::test {

TestDb makeTestDb(const QString& facilityCode)
{
    TestDb t;
    t.dir = std::make_unique<QTemporaryDir>();
    t.path = t.dir->filePath(QStringLiteral("clinic.db"));
    auto c = db::Store::create(db::CreateOptions{t.path, facilityCode, QStringLiteral("BHU Test"), kAdmin, kPassword,
                                                 QStringLiteral("Test Admin")});
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message.toStdString());
    if (c.ok()) t.created = c.value();
    return t;
}

std::unique_ptr<db::Store> openTestDb(const TestDb& t)
{
    auto s = db::Store::open(t.path, kAdmin, kPassword);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(s.value()) : nullptr;
}

void addUser(const TestDb& t, const QString& username, Role role, const QString& password)
{
    auto s = openTestDb(t);
    ASSERT_TRUE(s);
    auto u = s->addUser(username, username, role, password, s->actor(QStringLiteral("test")));
    ASSERT_TRUE(u.ok()) << u.error().message.toStdString();
}

QString binPath(const QString& program)
{
    QString dir = qEnvironmentVariable("BHU_BIN_DIR");
    if (dir.isEmpty()) dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
    return QDir(dir).filePath(program);
}

RunResult run(const QString& program, const QStringList& args, const QString& password, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (password.isNull()) env.remove(QStringLiteral("BHU_PASSWORD"));
    else env.insert(QStringLiteral("BHU_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(binPath(program), args);
    RunResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + binPath(program).toUtf8();
        return r;
    }
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

} // namespace bhu::test
