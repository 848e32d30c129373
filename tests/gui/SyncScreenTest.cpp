// The Sync screen against the real bhu-registry (a throwaway PostgreSQL cluster): an admin
// enrols the clinic from the screen by keyboard, the first sync sends the patient registered
// offline, and the screen shows nothing waiting and the last success; a front-desk user may
// look but not enrol.
#include "GuiTestUtil.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/Session.h"
#include "bhu/test/PgCluster.h"
#include "bhu/test/RegistryProcess.h"
#include "bhu/test/TestSupport.h"
#include "screens/SyncScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace bhu;
using bhu::test::child;

namespace {

QString facilityToken(const QString& conninfo, const QString& code)
{
    const auto r = bhu::test::run(QStringLiteral("bhu-registry"),
                                  {QStringLiteral("facility"), QStringLiteral("add"), QStringLiteral("--db"), conninfo, QStringLiteral("--code"), code,
                                   QStringLiteral("--name"), QStringLiteral("BHU ") + code},
                                  {});
    return QRegularExpression(QStringLiteral("(enr_\\S+)")).match(QString::fromUtf8(r.out)).captured(1);
}

} // namespace

TEST(gui_sync, AdminEnrolsFromTheScreenAndTheFirstSyncSendsEverything)
{
    if (bhu::test::PgCluster::binariesMissing()) GTEST_SKIP() << bhu::test::PgCluster::reason().toStdString();
    auto* pg = bhu::test::PgCluster::instance();
    ASSERT_TRUE(pg) << bhu::test::PgCluster::reason().toStdString();
    const QString conninfo = pg->createDatabase();
    ASSERT_EQ(bhu::test::run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo}, {}).exitCode, 0);
    bhu::test::RegistryProcess registry;
    ASSERT_TRUE(registry.start(conninfo)) << registry.error().toStdString();
    const QString token = facilityToken(conninfo, QStringLiteral("GUI-SYNC-1"));
    ASSERT_FALSE(token.isEmpty());

    auto db = bhu::test::makeTestDb(QStringLiteral("GUI-SYNC-1"));
    auto session = std::shared_ptr<services::Session>(
        std::make_unique<services::Session>(bhu::test::openTestDb(db), QStringLiteral("test")).release());
    Patient p;
    p.name = QStringLiteral("Nasreen Akhtar");
    p.sex = Sex::Female;
    p.birthDate = QDate(1988, 5, 2);
    ASSERT_TRUE(services::PatientService(*session).registerPatient(p).ok());

    ui::SyncScreen screen(session);
    screen.resize(1000, 800);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    EXPECT_TRUE(child<QLabel>(&screen, "syncWaiting")->text().contains(QStringLiteral("Patient")));
    EXPECT_FALSE(child<QPushButton>(&screen, "syncNow")->isEnabled());   // not enrolled yet

    // A wrong address is refused at the field, and nothing is sent.
    auto* url = child<QLineEdit>(&screen, "registryUrl");
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("registry without scheme"));
    QTest::keyClick(child<QPushButton>(&screen, "enrolButton"), Qt::Key_Space);
    EXPECT_TRUE(child<QLabel>(&screen, "enrolmentMessage")->text().contains(QStringLiteral("https://")));
    EXPECT_EQ(QApplication::focusWidget(), url);

    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1/fhir").arg(registry.port()));
    QTest::keyClick(url, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), token);
    QTest::keyClick(child<QPushButton>(&screen, "enrolButton"), Qt::Key_Space);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return child<QLabel>(&screen, "enrolmentMessage")->text().startsWith(QStringLiteral("Enrolled")); },
                                     60000))
        << child<QLabel>(&screen, "enrolmentMessage")->text().toStdString();
    // Enrolled: the first run starts at once and sends the patient.
    ASSERT_TRUE(bhu::test::waitUntil([&] { return child<QLabel>(&screen, "syncWaiting")->text().startsWith(QStringLiteral("Nothing")); }, 60000))
        << child<QLabel>(&screen, "syncWaiting")->text().toStdString();
    ASSERT_TRUE(bhu::test::waitUntil([&] { return !child<QLabel>(&screen, "syncLast")->text().startsWith(QStringLiteral("Last success: never")); },
                                     60000));
    EXPECT_TRUE(child<QLabel>(&screen, "syncRegistry")->text().contains(QStringLiteral("GUI-SYNC-1")));
    EXPECT_FALSE(child<QWidget>(&screen, "enrolmentBox")->isVisible());
}

TEST(gui_sync, FrontDeskSeesTheScreenButCannotEnrol)
{
    auto db = bhu::test::makeTestDb(QStringLiteral("GUI-SYNC-2"));
    bhu::test::addUser(db, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("front-desk-pass-1"));
    auto s = services::Session::unlock(db.path, QStringLiteral("desk"), QStringLiteral("front-desk-pass-1"), QStringLiteral("test"));
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    ui::SyncScreen screen(std::shared_ptr<services::Session>(std::move(s.value())));
    screen.show();
    EXPECT_FALSE(child<QPushButton>(&screen, "enrolButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(&screen, "enrolmentMessage")->text().contains(QStringLiteral("administrator")));
    EXPECT_TRUE(child<QLabel>(&screen, "syncRegistry")->text().contains(QStringLiteral("not enrolled")));
}
