// Immunisation doses travel like every other record: outbox → Immunization in the push Bundle
// → the registry → pulled and stored by another computer of the union council; a replay and a
// full resync change nothing; a correction arrives as its own version.
#include "SyncFixture.h"

#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/SyncStateStore.h"

using namespace bhu;
using namespace bhu::test;

namespace {
Immunisation pentaFor(const Patient& p)
{
    Immunisation i;
    i.patientId = p.id;
    i.dose = GivenDose{QStringLiteral("Penta"), 1, QDate(2026, 5, 13), QStringLiteral("PN-1"), QStringLiteral("outreach"), false};
    i.facilityCode = QStringLiteral("BHU-0001");
    return i;
}
} // namespace

TEST_F(SyncFixture, ADoseRecordedOnAnLhwLaptopReachesTheOtherComputers)
{
    const Patient child = addPatient(QStringLiteral("Baby Ali"));
    db::ImmunisationRepository doses(store->conn());
    auto d = doses.record(pentaFor(child), actor());
    ASSERT_TRUE(d.ok()) << d.error().message.toStdString();
    const auto pushed = sync();
    ASSERT_TRUE(pushed.complete()) << pushed.errorDetail.toStdString();
    EXPECT_EQ(counts().pending, 0);
    ASSERT_TRUE(fake.resources.contains(QStringLiteral("Immunization/") + d->id));
    EXPECT_EQ(fake.resources[QStringLiteral("Immunization/") + d->id].resource.value(u"lotNumber").toString(), QStringLiteral("PN-1"));

    auto other = makeTestDb();
    auto otherStore = openTestDb(other);
    ASSERT_TRUE(otherStore);
    sync::SyncEngine second(*otherStore, &fake, options);
    ASSERT_TRUE(second.enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QString(), {}}).ok());
    const auto r = second.syncOnce();
    ASSERT_TRUE(r.ok) << r.errorDetail.toStdString();
    EXPECT_EQ(r.invalid, 0);
    EXPECT_EQ(r.deferred, 0);
    db::ImmunisationRepository there(otherStore->conn());
    auto got = there.get(d->id);
    ASSERT_TRUE(got.ok()) << got.error().message.toStdString();
    EXPECT_EQ(got->code(), QStringLiteral("Penta-1"));
    EXPECT_EQ(got->dose.date, QDate(2026, 5, 13));
    EXPECT_EQ(got->patientId, child.id);
    EXPECT_EQ(db::Outbox(otherStore->conn()).counts()->pending, 0);   // replicas are not sent back

    // A correction on the first computer arrives as a second version; the first stays.
    Immunisation fixed = d.value();
    fixed.dose.date = QDate(2026, 5, 12);
    ASSERT_TRUE(doses.amend(d->id, fixed, QStringLiteral("date misread"), actor()).ok());
    ASSERT_TRUE(sync().complete());
    ASSERT_TRUE(second.syncOnce().ok);
    const auto versions = there.forPatient(child.id).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(currentDoses(versions).first().date, QDate(2026, 5, 12));

    // Everything again (a full resync) changes nothing and duplicates nothing.
    ASSERT_TRUE(db::SyncStateStore(otherStore->conn()).resetCursor().ok());
    const auto again = second.syncOnce();
    EXPECT_TRUE(again.ok);
    EXPECT_EQ(again.applied, 0);
    EXPECT_EQ(there.count().value(), 2);
}
