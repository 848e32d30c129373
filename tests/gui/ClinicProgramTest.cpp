// bhu-clinic as a program: the exits people meet before any window (no display, no database)
// and a smoke start on the offscreen platform.
#include "bhu/test/TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gmock/gmock.h>

using testing::HasSubstr;

namespace {

struct ProgramRun {
    int exitCode = -1;
    std::string err;
    std::string out;
};

ProgramRun runClinic(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(bhu::test::binPath(QStringLiteral("bhu-clinic")), args);
    ProgramRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "did not run or did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = p.readAllStandardError().toStdString();
    r.out = p.readAllStandardOutput().toStdString();
    return r;
}

QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(QString::fromLatin1(name));
    return env;
}

class gui_clinic_program : public testing::Test {
protected:
    void SetUp() override
    {
        if (!QFileInfo::exists(bhu::test::binPath(QStringLiteral("bhu-clinic")))) GTEST_SKIP() << "bhu-clinic is not built";
    }
};

TEST_F(gui_clinic_program, WithoutDisplayExplainsAndExits3)
{
    const ProgramRun r = runClinic({}, withoutDisplay());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_THAT(r.err, HasSubstr("no display found"));
    EXPECT_THAT(r.err, HasSubstr("xvfb-run"));
}

TEST_F(gui_clinic_program, MissingDatabaseFolderTellsToRunBhuctlInitAndExits2)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProgramRun r = runClinic({QStringLiteral("--db"), QStringLiteral("/nonexistent/clinic.db")}, env);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_THAT(r.err, HasSubstr("bhuctl init"));
}

TEST_F(gui_clinic_program, NoDatabaseInAnExistingFolderShowsTheFirstRunWizard)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    const QString db = dir.filePath(QStringLiteral("new.db"));
    const ProgramRun r = runClinic({QStringLiteral("--db"), db, QStringLiteral("--quit-after-show")}, env);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("shown firstRunWizard"));   // the first thing a fresh install shows
    EXPECT_FALSE(QFileInfo::exists(db)) << "nothing is created before the wizard is completed";
}

TEST_F(gui_clinic_program, StartsOffscreenAndQuitsAfterShow)
{
    const auto db = bhu::test::makeTestDb();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), db.dir->path());   // keep the remembered facility out of $HOME
    const ProgramRun r = runClinic({QStringLiteral("--db"), db.path, QStringLiteral("--quit-after-show")}, env);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("shown unlockWindow"));
}

TEST_F(gui_clinic_program, VersionWorksWithoutDisplay)
{
    QProcess p;
    p.setProcessEnvironment(withoutDisplay());
    p.start(bhu::test::binPath(QStringLiteral("bhu-clinic")), {QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_THAT(p.readAllStandardOutput().toStdString(), HasSubstr("bhu-clinic 0.1"));
}

} // namespace
