// Tombstones across facilities: a visit withdrawn at one clinic (entered in error) reaches the
// other clinic as a DELETE entry of the change feed and is applied there once; the registry
// keeps every version (append-only) and the tombstone; a patient withdrawn cannot be brought
// back by a later edit.
#include "SyncFixture.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Tombstones.h"
#include "bhu/services/PatientService.h"

using namespace bhu;
using namespace bhu::test;

namespace {

QString mrOf(const Patient& p)
{
    for (const Identifier& i : p.identifiers)
        if (i.system == u"mr") return i.value;
    return {};
}

class sync_tombstone : public SyncTest {};

} // namespace

TEST_F(sync_tombstone, AVisitWithdrawnAtOneClinicIsWithdrawnAtTheOtherOnce)
{
    auto a = enrolledClinic(QStringLiteral("SD-KHI-030"), 130);
    auto b = enrolledClinic(QStringLiteral("SD-KHI-031"), 131);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Withdrawn"));
    ASSERT_EQ(registered.size(), 1);
    ASSERT_EQ(sync(*a).exitCode, 0);
    auto sa = a->session();
    const Patient p = services::PatientService(*sa).open(registered.constFirst().id).value();
    addVisits(*a, p, 1, 400);
    ASSERT_EQ(sync(*a).exitCode, 0);
    lookUp(*b, mrOf(p));
    ASSERT_EQ(sync(*b).exitCode, 0);
    const QString visitSql = QStringLiteral("SELECT count(*) FROM visits WHERE patient_id = '%1'").arg(p.id);
    ASSERT_EQ(localCount(*b, visitSql), 1);
    const QString visitId = registryRows("SELECT id::text, '' FROM resources WHERE type = 'Encounter'").value(0).first;
    ASSERT_FALSE(visitId.isEmpty());

    // At A: the visit was entered in error. Withdrawing twice changes nothing the second time.
    const db::Actor who{QString(), QStringLiteral("admin"), QStringLiteral("test")};
    ASSERT_TRUE(db::Tombstones(sa->store().conn()).withdraw(QStringLiteral("Encounter"), visitId, QStringLiteral("wrong patient"), who).ok());
    ASSERT_TRUE(db::Tombstones(sa->store().conn()).withdraw(QStringLiteral("Encounter"), visitId, QStringLiteral("wrong patient"), who).ok());
    sa.reset();
    const SyncRun ra = sync(*a);
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    EXPECT_EQ(ra.report.value(u"rejected").toInt(), 0);

    // The registry: the tombstone is a new version; the visit's first version stays.
    EXPECT_EQ(registryRows("SELECT deleted::text, server_version::text FROM resources WHERE type = 'Encounter'").value(0),
              (std::pair<QString, QByteArray>{QStringLiteral("true"), "2"}));
    EXPECT_EQ(registryRows("SELECT count(*)::text, '' FROM resource_versions WHERE type = 'Encounter'").value(0).first, QStringLiteral("2"));

    // At B: the tombstone arrives and is applied once; the visit's signed row stays.
    const SyncRun rb = sync(*b);
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    const QString tombSql = QStringLiteral("SELECT count(*) FROM tombstones WHERE resource_type = 'Encounter' AND resource_id = '%1'"
                                           " AND origin = 'registry'").arg(visitId);
    EXPECT_EQ(localCount(*b, tombSql), 1);
    EXPECT_EQ(localCount(*b, visitSql), 1);
    // Again (a replay of the feed: a full resync) changes nothing.
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")), 0);
    {
        auto sb = b->session();
        ASSERT_TRUE(sb->store().conn().exec(QStringLiteral("UPDATE sync_state SET pull_cursor = ''")).ok());
    }
    const SyncRun rb2 = sync(*b);
    ASSERT_EQ(rb2.exitCode, 0) << rb2.err.toStdString();
    EXPECT_EQ(localCount(*b, tombSql), 1);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM tombstones")), 1);
    // A sees its own withdrawal only once as well.
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM tombstones")), 1);
}

TEST_F(sync_tombstone, APatientRegisteredByMistakeStaysWithdrawnWhateverTheOtherClinicEdits)
{
    auto a = enrolledClinic(QStringLiteral("SD-KHI-032"), 132);
    auto b = enrolledClinic(QStringLiteral("SD-KHI-033"), 133);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Mistake"));
    ASSERT_EQ(sync(*a).exitCode, 0);
    const QString id = registered.constFirst().id;
    {
        auto s = a->session();
        lookUp(*b, mrOf(services::PatientService(*s).open(id).value()));
    }
    ASSERT_EQ(sync(*b).exitCode, 0);
    ASSERT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients WHERE id = '%1' AND deleted = 0").arg(id)), 1);

    // Offline at both: A withdraws the patient (registered by mistake), B edits the phone.
    {
        auto s = a->session();
        ASSERT_TRUE(db::Tombstones(s->store().conn()).withdraw(QStringLiteral("Patient"), id, QStringLiteral("registered twice"),
                                                               s->store().actor(QStringLiteral("test")))
                        .ok());
    }
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM patients WHERE id = '%1' AND deleted = 1").arg(id)), 1);
    {
        auto s = b->session();
        Patient p = services::PatientService(*s).open(id).value();
        p.phone = QStringLiteral("+923001112223");
        ASSERT_TRUE(db::PatientRepository(s->store().conn()).update(p, s->store().actor(QStringLiteral("test"))).ok());
    }
    const SyncRun ra = sync(*a);
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    EXPECT_EQ(registryRows("SELECT deleted::text, '' FROM resources WHERE type = 'Patient' AND id = '" + id.toStdString() + "'")
                  .value(0).first,
              QStringLiteral("true"));

    // B: its edit is refused (410: tombstones win) and the tombstone arrives in the same run.
    const SyncRun rb = sync(*b);
    EXPECT_EQ(rb.report.value(u"rejected").toInt(), 1);
    EXPECT_EQ(registryRows("SELECT deleted::text, '' FROM resources WHERE type = 'Patient' AND id = '" + id.toStdString() + "'")
                  .value(0).first,
              QStringLiteral("true"));
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients WHERE id = '%1' AND deleted = 1").arg(id)), 1);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM tombstones WHERE resource_id = '%1'").arg(id)), 1);
}
