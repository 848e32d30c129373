// The demo facility (docs/installing.md, "Demo facility"): a database created as a demo is
// marked as such, is filled by SeedService::addSynthetic, and is refused by the sync engine
// (enrolment and sync) and by the reports, with a message that says why.
#include "bhu/db/Store.h"
#include "bhu/services/DemoFacility.h"
#include "bhu/services/ReportService.h"
#include "bhu/services/SeedService.h"
#include "bhu/services/Session.h"
#include "bhu/sync/SyncEngine.h"
#include "bhu/test/TestSupport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;

namespace {

struct Db {
    QTemporaryDir dir;
    QString path;
};

std::unique_ptr<Db> create(bool demo)
{
    auto d = std::make_unique<Db>();
    d->path = d->dir.filePath(QStringLiteral("clinic.db"));
    db::CreateOptions o{d->path, QStringLiteral("DEMO-0001"), QStringLiteral("Demo BHU"), test::kAdmin, test::kPassword, QString(), 0};
    auto c = db::Store::create(o);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().message.toStdString());
    if (demo) {
        auto s = services::Session::unlock(d->path, test::kAdmin, test::kPassword, QStringLiteral("test"));
        EXPECT_TRUE(s.ok());
        EXPECT_TRUE(services::setUpDemoFacility(*s.value(), 0, 0, QDate(2026, 11, 1)).ok());
    }
    return d;
}

std::unique_ptr<services::Session> open(const Db& d)
{
    auto s = services::Session::unlock(d.path, test::kAdmin, test::kPassword, QStringLiteral("test"));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(s.value()) : nullptr;
}

} // namespace

TEST(DemoFacility, IsMarkedAndReportedByInfo)
{
    auto demo = create(true);
    auto real = create(false);
    auto s = open(*demo);
    auto r = open(*real);
    ASSERT_TRUE(s && r);
    EXPECT_TRUE(services::isDemoFacility(*s));
    EXPECT_FALSE(services::isDemoFacility(*r));
    EXPECT_TRUE(s->store().info().value().value(QStringLiteral("demo")).toBool());
    EXPECT_FALSE(r->store().info().value().value(QStringLiteral("demo")).toBool());
}

TEST(DemoFacility, SetUpMarksAndFillsIt)
{
    auto demo = create(false);
    auto s = open(*demo);
    ASSERT_TRUE(s);
    auto added = services::setUpDemoFacility(*s, 25, 2, QDate(2026, 11, 1));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(added->patientsAdded, 25);
    EXPECT_EQ(added->visitsAdded, 50);
    EXPECT_EQ(s->store().info().value().value(QStringLiteral("patients")).toInt(), 25);
    EXPECT_TRUE(services::isDemoFacility(*s));
}

TEST(DemoFacility, ReportsAreRefused)
{
    auto demo = create(true);
    auto real = create(false);
    auto s = open(*demo);
    auto r = open(*real);
    ASSERT_TRUE(s && r);
    const auto month = services::ReportRequest::month(2026, 10);
    auto refused = services::ReportService(*s).compute(month);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Forbidden);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("DEMO"))) << refused.error().message.toStdString();
    EXPECT_TRUE(services::ReportService(*r).compute(month).ok()) << "the same report of a real facility is made";
}

TEST(DemoFacility, SyncAndEnrolmentAreRefused)
{
    auto demo = create(true);
    auto s = open(*demo);
    ASSERT_TRUE(s);
    sync::SyncEngine engine(s->store());
    auto enrolled = engine.enroll(sync::EnrolRequest{QStringLiteral("http://127.0.0.1:1/fhir"), QStringLiteral("token"), QString(), {}});
    ASSERT_FALSE(enrolled.ok());
    EXPECT_EQ(enrolled.code(), ErrorCode::Forbidden);
    EXPECT_EQ(enrolled.error().detail, QStringLiteral("demo database"));
    EXPECT_TRUE(enrolled.error().message.contains(QStringLiteral("DEMO")));

    const sync::SyncReport rep = engine.syncOnce();
    EXPECT_FALSE(rep.ok);
    EXPECT_EQ(rep.errorDetail, QStringLiteral("demo database")) << rep.error.toStdString();
}
