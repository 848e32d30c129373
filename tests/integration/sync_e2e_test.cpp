// Two clinics and one registry, as the README tells a newcomer to try it: both register and
// record offline, both sync, each keeps its own records and the registry holds all of them; the
// same field edited at both ends resolves to the documented winner with the loser listed for
// review; a visit recorded at both never conflicts.
#include "SyncFixture.h"
#include "bhu/db/SyncQueue.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/services/PatientService.h"

using namespace bhu;
using namespace bhu::test;

namespace {

QString identifier(const Patient& p, const QString& system)
{
    for (const Identifier& i : p.identifiers)
        if (i.system == system) return i.value;
    return {};
}

Patient reload(const Clinic& c, const QString& id)
{
    auto s = c.session();
    auto p = services::PatientService(*s).open(id);
    EXPECT_TRUE(p.ok());
    return p.ok() ? p.value() : Patient{};
}

QList<db::SyncIssue> issues(const Clinic& c)
{
    auto s = c.session();
    auto list = db::SyncQueue(s->store().conn()).openIssues();
    EXPECT_TRUE(list.ok());
    return list.ok() ? list.value() : QList<db::SyncIssue>{};
}

class sync_e2e : public SyncTest {};

} // namespace

TEST_F(sync_e2e, TwoClinicsWorkOfflineSyncAndTheRegistryHasEverything)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    // Offline: the MR pools are empty, so these patients get provisional numbers.
    const QList<Patient> atA = registerPatients(*a, 6, QStringLiteral("Alpha"));
    const QList<Patient> atB = registerPatients(*b, 4, QStringLiteral("Beta"));
    ASSERT_EQ(atA.size(), 6);
    ASSERT_EQ(atB.size(), 4);
    EXPECT_FALSE(identifier(atA.constFirst(), QStringLiteral("mr-provisional")).isEmpty());
    std::uint64_t seed = 100;   // the generator's ids follow its seed: one seed per patient
    for (const Patient& p : atA) addVisits(*a, p, 2, seed++);
    for (const Patient& p : atB) addVisits(*b, p, 1, seed++);

    const SyncRun ra = sync(*a);
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    const SyncRun rb = sync(*b);
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    for (const char* key : {"pushed", "pulled", "conflicts", "rejected", "bytes_sent", "bytes_received", "duration_ms"}) {
        EXPECT_TRUE(ra.report.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(rb.report.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(ra.report.value(u"rejected").toInt(), 0);
    EXPECT_EQ(ra.report.value(u"conflicts").toInt(), 0);
    EXPECT_GT(ra.report.value(u"pushed").toInt(), 6 + 12);

    // The registry holds every patient and visit exactly once.
    EXPECT_EQ(registryCount(QStringLiteral("Patient")), 10);
    EXPECT_EQ(registryCount(QStringLiteral("Encounter")), 12 + 4);
    EXPECT_GT(registryCount(QStringLiteral("Condition")), 0);
    // Each clinic keeps its own, and only its own (its catchment).
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM patients")), 6);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients")), 4);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM visits")), 12);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'synced'")), 0);

    // The provisional numbers were exchanged for national ones and stay as aliases.
    const Patient first = reload(*a, atA.constFirst().id);
    const QString national = identifier(first, QStringLiteral("mr"));
    ASSERT_FALSE(national.isEmpty());
    EXPECT_TRUE(MrNumber::parse(national).ok());
    EXPECT_EQ(identifier(first, QStringLiteral("mr-provisional")), identifier(atA.constFirst(), QStringLiteral("mr-provisional")));
    // And the pool was filled while online, so the next patient gets a national number at once.
    const QList<Patient> later = registerPatients(*a, 1, QStringLiteral("Gamma"));
    ASSERT_EQ(later.size(), 1);
    EXPECT_FALSE(identifier(later.constFirst(), QStringLiteral("mr")).isEmpty());

    // A second sync moves nothing new: idempotent.
    const SyncRun again = sync(*b);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.report.value(u"pushed").toInt(), 0);
    EXPECT_EQ(registryCount(QStringLiteral("Patient")), 10);
}

TEST_F(sync_e2e, SameFieldEditedAtBothEndsLaterWinsAndTheLoserIsListed)
{
    auto a = enrolledClinic(QStringLiteral("KP-PSH-010"), 110);
    auto b = enrolledClinic(QStringLiteral("KP-PSH-011"), 111);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Shared"));
    ASSERT_EQ(registered.size(), 1);
    ASSERT_EQ(sync(*a).exitCode, 0);
    const Patient atA = reload(*a, registered.constFirst().id);
    const QString mr = identifier(atA, QStringLiteral("mr"));
    ASSERT_FALSE(mr.isEmpty());

    // B sees the patient (history anywhere), then has it locally after its sync.
    lookUp(*b, mr);
    ASSERT_EQ(sync(*b).exitCode, 0);
    ASSERT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients WHERE id = '%1'").arg(atA.id)), 1);

    // Offline at both ends: A changes the phone and the village, B changes the phone.
    {
        Patient p = reload(*a, atA.id);
        p.phone = QStringLiteral("+923001112223");
        p.address.village = QStringLiteral("Chak 7");
        auto s = a->session();
        ASSERT_TRUE(services::PatientService(*s).update(p).ok());
    }
    {
        Patient p = reload(*b, atA.id);
        p.phone = QStringLiteral("+923214445556");
        auto s = b->session();
        ASSERT_TRUE(services::PatientService(*s).update(p).ok());
    }
    ASSERT_EQ(sync(*a).exitCode, 0);
    const SyncRun rb = sync(*b);   // B's edit reaches the registry later: B's phone wins
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    EXPECT_GE(rb.report.value(u"conflicts").toInt(), 1);
    ASSERT_EQ(sync(*a).exitCode, 0);

    for (const Clinic* c : {a.get(), b.get()}) {
        const Patient p = reload(*c, atA.id);
        EXPECT_EQ(p.phone, QStringLiteral("+923214445556")) << c->code.toStdString();
        EXPECT_EQ(p.address.village, QStringLiteral("Chak 7")) << c->code.toStdString();   // one side only: kept
    }
    // The losing phone is listed for review at both clinics.
    for (const Clinic* c : {a.get(), b.get()}) {
        bool listed = false;
        for (const db::SyncIssue& i : issues(*c))
            if (i.resourceId == atA.id && i.kind.contains(u"conflict") && i.field.contains(u"phone")) listed = true;
        EXPECT_TRUE(listed) << c->code.toStdString();
    }
    EXPECT_EQ(count("SELECT count(*) FROM merge_conflicts"), 1);
}

TEST_F(sync_e2e, AVisitRecordedAtBothClinicsNeverConflicts)
{
    auto a = enrolledClinic(QStringLiteral("SD-KHI-020"), 120);
    auto b = enrolledClinic(QStringLiteral("SD-KHI-021"), 121);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Both"));
    ASSERT_EQ(registered.size(), 1);
    ASSERT_EQ(sync(*a).exitCode, 0);
    const Patient p = reload(*a, registered.constFirst().id);
    lookUp(*b, identifier(p, QStringLiteral("mr")));
    ASSERT_EQ(sync(*b).exitCode, 0);

    addVisits(*a, p, 1, 300);
    addVisits(*b, reload(*b, p.id), 1, 301);
    const SyncRun ra = sync(*a), rb = sync(*b), ra2 = sync(*a);
    for (const SyncRun* r : {&ra, &rb, &ra2}) {
        EXPECT_EQ(r->exitCode, 0) << r->err.toStdString();
        EXPECT_EQ(r->report.value(u"conflicts").toInt(), 0);
        EXPECT_EQ(r->report.value(u"rejected").toInt(), 0);
    }
    // Both clinics show both visits; the registry has each once.
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM visits WHERE patient_id = '%1'").arg(p.id)), 2);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM visits WHERE patient_id = '%1'").arg(p.id)), 2);
    EXPECT_EQ(registryCount(QStringLiteral("Encounter")), 2);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM clinical_facts WHERE patient_id = '%1'").arg(p.id)),
              localCount(*b, QStringLiteral("SELECT count(*) FROM clinical_facts WHERE patient_id = '%1'").arg(p.id)));
}
