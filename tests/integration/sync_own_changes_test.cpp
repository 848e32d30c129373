// A sync run does not pull back what its own pushes stored (the sync session,
// docs/sync-protocol.md, Pull), yet a restored copy of the database and a re-enrolled computer
// of the same facility receive all of it.
#include "SyncFixture.h"

#include <QDir>
#include <QFile>

using namespace bhu;
using namespace bhu::test;

namespace {

class sync_own : public SyncTest {
protected:
    // A byte copy of the clinic's database and key file, as a restore of a backup leaves it.
    static std::unique_ptr<Clinic> copyOf(const Clinic& c)
    {
        auto out = std::make_unique<Clinic>();
        out->code = c.code;
        out->db.dir = std::make_unique<QTemporaryDir>();
        out->db.path = out->db.dir->filePath(QStringLiteral("clinic.db"));
        for (const QString& suffix : {QString(), QStringLiteral(".keys"), QStringLiteral("-wal")}) {
            if (QFile::exists(c.db.path + suffix)) {
                EXPECT_TRUE(QFile::copy(c.db.path + suffix, out->db.path + suffix));
            }
        }
        return out;
    }
};

} // namespace

TEST_F(sync_own, ARunDoesNotPullBackItsOwnPushesButARestoredCopyAndANewComputerGetEverything)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-011"), 111);
    const QList<Patient> before = registerPatients(*a, 3, QStringLiteral("Alpha"));
    std::uint64_t seed = 500;
    for (const Patient& p : before) addVisits(*a, p, 1, seed++);
    auto backup = copyOf(*a);   // taken before the next patients and before any sync
    const QList<Patient> after = registerPatients(*a, 2, QStringLiteral("Beta"));
    for (const Patient& p : after) addVisits(*a, p, 2, seed++);

    const SyncRun first = sync(*a);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_GT(first.report.value(u"pushed").toInt(), 5);
    EXPECT_EQ(first.report.value(u"pulled").toInt(), 0);   // nothing of its own comes back
    const long long stored = count("SELECT count(*) FROM resources");
    EXPECT_EQ(count("SELECT count(*) FROM changes"), stored);
    EXPECT_EQ(count("SELECT count(*) FROM changes WHERE origin_session IS NULL"), 0);
    // What the registry changed (national MR numbers for provisional ones) came with the push answers.
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(DISTINCT patient_id) FROM patient_identifiers WHERE system = 'mr'")), 5);

    // The restored copy lacks the Beta patients its device pushed: it pulls them (and re-sends its
    // own pending records, which the registry answers as replays without storing anything).
    // Its audit trail forks from the copy the registry holds (new entries under numbers the
    // registry already has): refused on purpose, the district sees the restore (docs/security.md,
    // "Audit sync"); the clinical records sync all the same.
    const SyncRun restored = sync(*backup);
    ASSERT_EQ(restored.exitCode, 3) << restored.err.toStdString();
    EXPECT_TRUE(restored.report.value(u"audit_refused").toBool());
    EXPECT_EQ(restored.report.value(u"pending_left").toInt(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM resources"), stored);
    EXPECT_EQ(restored.report.value(u"pulled").toInt(), stored);
    EXPECT_EQ(localCount(*backup, QStringLiteral("SELECT count(*) FROM patients")), 5);
    EXPECT_EQ(localCount(*backup, QStringLiteral("SELECT count(*) FROM visits")), 3 + 4);

    // A second computer of the facility (a new device) gets everything too.
    auto second = std::make_unique<Clinic>(Clinic{makeTestDb(a->code), a->code});
    const QString token = addFacility(a->code, QStringLiteral("BHU ") + a->code);
    const RunResult e = run(QStringLiteral("bhuctl"), {QStringLiteral("enroll"), QStringLiteral("--db"), second->db.path, QStringLiteral("--registry"),
                                                       baseUrl(), QStringLiteral("--token"), token});
    ASSERT_EQ(e.exitCode, 0) << e.err.toStdString();
    const SyncRun fresh = sync(*second);
    ASSERT_EQ(fresh.exitCode, 0) << fresh.err.toStdString();
    EXPECT_EQ(fresh.report.value(u"pulled").toInt(), stored);
    EXPECT_EQ(localCount(*second, QStringLiteral("SELECT count(*) FROM patients")), 5);
    EXPECT_EQ(localCount(*second, QStringLiteral("SELECT count(*) FROM visits")), 3 + 4);
}
