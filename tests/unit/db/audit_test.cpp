// The audit trail: one entry per change, in the same transaction, hash-chained and tamper-evident.
#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Store.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::db;

namespace {
Patient samplePatient(const QString& name)
{
    Patient p;
    p.name = name;
    p.sex = Sex::Female;
    p.birthDate = QDate(1990, 5, 1);
    p.facilityCode = QStringLiteral("BHU-0001");
    p.setIdentifier(IdSystem::Cnic, QStringLiteral("3310112345672"));
    return p;
}
} // namespace

TEST(Audit, EveryWriteCommitsWithItsOutboxAndAuditEntry)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    Connection& c = s->conn();
    const qint64 auditBefore = AuditLog(c).count().value();
    PatientRepository repo(c);
    auto p = repo.create(samplePatient(QStringLiteral("Ayesha Bibi")), s->actor(QStringLiteral("test")));
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(AuditLog(c).count().value(), auditBefore + 1);
    EXPECT_EQ(Outbox(c).counts()->pending, 1);

    // A failing write (duplicate primary key) leaves neither an audit nor an outbox entry.
    Patient dup = samplePatient(QStringLiteral("Someone Else"));
    dup.id = p->id;
    auto again = repo.create(dup, s->actor(QStringLiteral("test")));
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(AuditLog(c).count().value(), auditBefore + 1);
    EXPECT_EQ(Outbox(c).counts()->pending, 1);
    EXPECT_TRUE(s->verify().ok());
}

TEST(Audit, EditKeepsOldVersionAndOnePendingOutboxEntry)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    PatientRepository repo(s->conn());
    auto p = repo.create(samplePatient(QStringLiteral("Fatima")), s->actor(QStringLiteral("test")));
    ASSERT_TRUE(p.ok());
    Patient edited = p.value();
    edited.phone = QStringLiteral("+923001234567");
    auto u = repo.update(edited, s->actor(QStringLiteral("test")));
    ASSERT_TRUE(u.ok()) << u.error().message.toStdString();
    EXPECT_EQ(u->version, 2);
    auto versions = repo.versions(p->id);
    ASSERT_TRUE(versions.ok());
    ASSERT_EQ(versions->size(), 2);
    EXPECT_TRUE(versions->at(0).patient.phone.isEmpty());
    EXPECT_EQ(versions->at(1).changedBy, bhu::test::kAdmin);
    EXPECT_EQ(versions->at(1).patient.phone, u"+923001234567");
    EXPECT_EQ(Outbox(s->conn()).counts()->pending, 1);   // coalesced

    // A stale edit (version 1 again) is refused.
    auto stale = repo.update(edited, s->actor(QStringLiteral("test")));
    EXPECT_EQ(stale.code(), ErrorCode::Conflict);
}

TEST(Audit, EditingAnEntryThroughARawConnectionIsDetected)
{
    auto t = bhu::test::makeTestDb();
    {
        auto s = bhu::test::openTestDb(t);
        PatientRepository repo(s->conn());
        for (int i = 0; i < 5; ++i) ASSERT_TRUE(repo.create(samplePatient(QStringLiteral("P%1").arg(i)), s->actor(QStringLiteral("t"))).ok());
        ASSERT_TRUE(s->verify().ok());
        // The tamperer has the key (a co-worker with a password) and bypasses the triggers.
        Connection& c = s->conn();
        ASSERT_TRUE(c.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
        ASSERT_TRUE(c.exec(QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE seq = 3")).ok());
        auto v = s->verify();
        ASSERT_FALSE(v.ok());
        EXPECT_EQ(v.code(), ErrorCode::Corrupt);
        EXPECT_TRUE(v.error().message.contains(u"entry 3")) << v.error().message.toStdString();
    }
}

TEST(Audit, DeletingOrTruncatingEntriesIsDetected)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    PatientRepository repo(s->conn());
    for (int i = 0; i < 4; ++i) ASSERT_TRUE(repo.create(samplePatient(QStringLiteral("P%1").arg(i)), s->actor(QStringLiteral("t"))).ok());
    Connection& c = s->conn();
    ASSERT_TRUE(c.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")).ok());
    auto v = s->verify();
    ASSERT_FALSE(v.ok());
    EXPECT_TRUE(v.error().message.contains(u"deleted")) << v.error().message.toStdString();

    ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")).ok());
    auto v2 = s->verify();
    ASSERT_FALSE(v2.ok());
    EXPECT_TRUE(v2.error().message.contains(u"entry 2")) << v2.error().message.toStdString();
}

TEST(Audit, TriggersRefuseUpdatesAndDeletes)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    EXPECT_FALSE(s->conn().exec(QStringLiteral("UPDATE audit_log SET action = 'x'")).ok());
    EXPECT_FALSE(s->conn().exec(QStringLiteral("DELETE FROM audit_log")).ok());
    EXPECT_TRUE(s->verify().ok());
}
