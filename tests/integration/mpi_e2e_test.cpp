// Issue #6 acceptance, end to end: clinics A and B register the same woman offline with
// different spellings; after both sync the registry merges the pair (the admin command until
// auto-link); after the next sync both clinics show one patient whose old MR numbers both
// resolve, and a visit recorded at A under the old record appears in B's history. Unmerge
// reverses it at both clinics.
#include "SyncFixture.h"
#include "bhu/services/PatientLinkService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/RegistryLookupService.h"
#include "bhu/sync/RegistryLookup.h"
#include "bhu/sync/RegistryMatch.h"
#include "bhu/services/VisitService.h"
#include "bhu/synth/PatientGenerator.h"

using namespace bhu;
using namespace bhu::test;

namespace {

class mpi_e2e : public SyncTest {
protected:
    // One woman as a clinic would register her; `cnic` may be empty.
    Patient registerWoman(const Clinic& c, const QString& name, const QString& guardian, Relation rel, const QString& cnic)
    {
        auto s = c.session();
        synth::PatientGenerator gen(7, QDate::currentDate(), c.code);
        Patient p = gen.next(1).constFirst();
        p.id.clear();
        p.identifiers.clear();
        p.name = name;
        p.guardianName = guardian;
        p.relation = rel;
        p.sex = Sex::Female;
        p.birthDate = QDate(1994, 1, 1);
        p.birthDateEstimated = true;
        if (!cnic.isEmpty()) p.identifiers.append(Identifier{IdSystem::Cnic, cnic});
        auto r = services::PatientService(*s).registerPatient(p, services::RegisterOptions{true, {}, {}});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : Patient{};
    }
    // The patient ids a front-desk search for `text` shows.
    QStringList searchIds(const Clinic& c, const QString& text)
    {
        auto s = c.session();
        auto r = services::PatientService(*s).search(SearchQuery{text, {}, -1, -1, {}, 50});
        EXPECT_TRUE(r.ok());
        QStringList out;
        if (r.ok())
            for (const SearchHit& h : r->hits) out << h.patientId;
        return out;
    }
    QStringList historyVisitIds(const Clinic& c, const QString& patientId)
    {
        auto s = c.session();
        auto r = services::VisitService(*s).history(patientId);
        EXPECT_TRUE(r.ok());
        QStringList out;
        if (r.ok())
            for (const VisitRecord& v : r.value()) out << v.visit.id;
        return out;
    }
    QStringList visitIdsOf(const Clinic& c, const QString& patientId)
    {
        QStringList out;
        auto s = c.session();
        auto r = services::VisitService(*s).history(patientId);
        if (r.ok())
            for (const VisitRecord& v : r.value())
                if (v.visit.patientId == patientId) out << v.visit.id;
        return out;
    }
    Patient reload(const Clinic& c, const QString& id)
    {
        auto s = c.session();
        auto p = services::PatientService(*s).open(id);
        EXPECT_TRUE(p.ok());
        return p.ok() ? p.value() : Patient{};
    }
    void syncOk(const Clinic& c)
    {
        const SyncRun r = sync(c);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.report.value(u"rejected").toInt(), 0);
    }
    RunResult registryCli(const QStringList& args)
    {
        return run(QStringLiteral("bhu-registry"), QStringList(args) << QStringLiteral("--db") << conninfo);
    }
};

} // namespace

TEST_F(mpi_e2e, SamePersonAtTwoClinicsIsMergedEverywhereAndUnmergedEverywhere)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    // Offline, different spellings and guardians (D/O her father at A, W/O her husband at B).
    const Patient atA = registerWoman(*a, QStringLiteral("Ayesha Bibi"), QStringLiteral("Ghulam Rasool"), Relation::DaughterOf, {});
    const Patient atB = registerWoman(*b, QStringLiteral("Aisha"), QStringLiteral("Muhammad Aslam"), Relation::WifeOf, {});
    const QString provisionalA = atA.identifier(IdSystem::MrProvisional);
    ASSERT_FALSE(provisionalA.isEmpty());
    addVisits(*a, atA, 2, 601);
    addVisits(*b, atB, 1, 602);
    syncOk(*a);
    syncOk(*b);
    const QString mrA = reload(*a, atA.id).identifier(IdSystem::Mr), mrB = reload(*b, atB.id).identifier(IdSystem::Mr);
    ASSERT_FALSE(mrA.isEmpty());
    ASSERT_FALSE(mrB.isEmpty());
    const QStringList visitsA = visitIdsOf(*a, atA.id);
    ASSERT_EQ(visitsA.size(), 2);

    // The supervisor decides they are one person; B's record survives.
    const RunResult merged = registryCli({QStringLiteral("merge"), QStringLiteral("--survivor"), mrB, QStringLiteral("--merged"), mrA});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    // A visit recorded at A under the old record after the merge, before A hears of it.
    addVisits(*a, atA, 1, 603);
    syncOk(*a);
    syncOk(*b);
    syncOk(*a);

    for (const Clinic* c : {a.get(), b.get()}) {
        SCOPED_TRACE(c->code.toStdString());
        // One patient, whichever old number is typed (national or provisional, A's or B's).
        for (const QString& number : {mrA, mrB, provisionalA}) EXPECT_EQ(searchIds(*c, number), QStringList{atB.id}) << number.toStdString();
        // The survivor's history holds every visit: B's and all three of A's.
        const QStringList history = historyVisitIds(*c, atB.id);
        EXPECT_EQ(history.size(), 4);
        for (const QString& v : visitsA) EXPECT_TRUE(history.contains(v));
        auto s = c->session();
        auto info = services::PatientLinkService(*s).info(atB.id);
        ASSERT_TRUE(info.ok());
        EXPECT_TRUE(info->mergedFromMr.contains(mrA));
        EXPECT_EQ(services::PatientLinkService(*s).info(atA.id)->replacedById, atB.id);
        // Both records are kept; signed visits keep the patient they were recorded for.
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM patients")), 2);
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM visits WHERE patient_id = '%1'").arg(atA.id)), 3);
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.merged'")), 1);
    }

    // Unmerge: back to two patients at both clinics.
    const RunResult un = registryCli({QStringLiteral("unmerge"), QStringLiteral("--merged"), mrA});
    ASSERT_EQ(un.exitCode, 0) << un.err.toStdString();
    syncOk(*a);
    syncOk(*b);
    for (const Clinic* c : {a.get(), b.get()}) {
        SCOPED_TRACE(c->code.toStdString());
        EXPECT_EQ(searchIds(*c, mrA), QStringList{atA.id});
        EXPECT_EQ(searchIds(*c, mrB), QStringList{atB.id});
        EXPECT_EQ(historyVisitIds(*c, atB.id).size(), 1);
        EXPECT_EQ(historyVisitIds(*c, atA.id).size(), 3);
        auto s = c->session();
        EXPECT_TRUE(services::PatientLinkService(*s).info(atB.id)->mergedFromMr.isEmpty());
        EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.unmerged'")), 1);
    }
}

TEST_F(mpi_e2e, ClinicCLooksUpByCnicWithAReasonAndSeesBothFacilitiesVisits)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    auto c = enrolledClinic(QStringLiteral("PB-LHR-003"), 103);
    const QString cnic = QStringLiteral("3520212345671");
    const Patient atA = registerWoman(*a, QStringLiteral("Ayesha Bibi"), QStringLiteral("Ghulam Rasool"), Relation::DaughterOf, cnic);
    const Patient atB = registerWoman(*b, QStringLiteral("Aisha"), QStringLiteral("Muhammad Aslam"), Relation::WifeOf, {});
    addVisits(*a, atA, 2, 701);
    addVisits(*b, atB, 1, 702);
    syncOk(*a);
    syncOk(*b);
    const QString mrA = reload(*a, atA.id).identifier(IdSystem::Mr), mrB = reload(*b, atB.id).identifier(IdSystem::Mr);
    ASSERT_EQ(registryCli({QStringLiteral("merge"), QStringLiteral("--survivor"), mrB, QStringLiteral("--merged"), mrA}).exitCode, 0);

    // C has never seen her: the local search finds nothing, the registry lookup does.
    EXPECT_TRUE(searchIds(*c, cnic).isEmpty());
    auto s = c->session();
    services::RegistryLookupService lookup(*s);
    const auto fetch = [](const db::Enrolment& e, const QString& system, const QString& digits, const QString& user, const QString& reason,
                          const services::CancelFlag&) {
        return sync::RegistryLookup().fetch(e, sync::LookupQuery{system, digits, user, reason});
    };
    // No reason, no lookup — and nothing asked of the registry.
    const auto refused = lookup.lookUp(services::RegistryQuery{IdSystem::Cnic, cnic, QStringLiteral("need")}, fetch);
    EXPECT_TRUE(refused.is(ErrorCode::Invalid));
    EXPECT_EQ(count("SELECT count(*) FROM lookups"), 0);

    const QString reason = QStringLiteral("Referred with fever; needs her antenatal history");
    auto found = lookup.lookUp(services::RegistryQuery{IdSystem::Cnic, QStringLiteral("35202-1234567-1"), reason}, fetch);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    EXPECT_EQ(found.value(), atB.id);   // the CNIC was on A's record, merged into B's
    s.reset();

    // Both facilities' visits, cached locally; found by either old number from now on.
    EXPECT_EQ(historyVisitIds(*c, atB.id).size(), 3);
    EXPECT_EQ(searchIds(*c, cnic), QStringList{atB.id});
    EXPECT_EQ(searchIds(*c, mrA), QStringList{atB.id});
    // Audited at C (with the reason) and at the registry (device, reason, user).
    EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'registry.lookup' AND details LIKE '%antenatal%'")), 1);
    EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'registry.lookup.fetched' AND patient_id = '%1'").arg(atB.id)), 1);
    EXPECT_GE(count("SELECT count(*) FROM lookups l JOIN facilities f ON f.id = l.facility_id WHERE f.code = 'PB-LHR-003'"
                    " AND l.reason LIKE '%antenatal%' AND l.user_name <> ''"),
              2);
    // From now on she is in C's catchment: C's next sync brings nothing new and refuses nothing.
    syncOk(*c);
    EXPECT_EQ(localCount(*c, QStringLiteral("SELECT count(*) FROM visits")), 3);
}

// The front desk's check before registering (docs/matching.md, "At the front desk"), against the
// real registry: B is about to register a woman A registered under another spelling; the
// registry's Patient/$match names A's record, and "same person" fetches it (an audited lookup
// that puts her in B's catchment) instead of a second registration.
TEST_F(mpi_e2e, FrontDeskSeesTheRegistryMatchAndFetchesItInsteadOfRegisteringAgain)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    const Patient atA = registerWoman(*a, QStringLiteral("Ayesha Bibi"), QStringLiteral("Ghulam Rasool"), Relation::DaughterOf, {});
    addVisits(*a, atA, 1, 801);
    syncOk(*a);
    const QString mrA = reload(*a, atA.id).identifier(IdSystem::Mr);
    ASSERT_FALSE(mrA.isEmpty());

    // B's receptionist types her with another spelling; same guardian, age and address.
    Patient draft = reload(*a, atA.id);
    draft.id.clear();
    draft.version = 0;
    draft.identifiers.clear();
    draft.facilityCode = b->code;
    draft.name = QStringLiteral("Aisha Bibi");
    auto s = b->session();
    services::RegistryLookupService service(*s);
    const QList<DuplicateCandidate> found = service.registryMatches(draft, [](const db::Enrolment& e, const Patient& p) {
        auto r = sync::RegistryMatch().find(e, p);
        if (!r.ok()) return Result<QList<services::RegistryMatchHit>>(r.error());
        QList<services::RegistryMatchHit> out;
        for (const sync::RemoteMatch& m : r.value()) out.append(services::RegistryMatchHit{m.patient, m.score, m.grade});
        return Result<QList<services::RegistryMatchHit>>(out);
    });
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().hit.patientId, atA.id);
    EXPECT_EQ(found.first().hit.mr, mrA);
    EXPECT_GT(found.first().score, 0.5);
    EXPECT_EQ(count("SELECT count(*) FROM lookups WHERE kind = 'match'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM catchment k JOIN facilities f ON f.id = k.facility_id WHERE f.code = 'PB-LHR-002'"), 0);

    auto id = service.adoptMatch(found.first(), [](const db::Enrolment& e, const QString& system, const QString& digits, const QString& user,
                                                   const QString& reason, const services::CancelFlag&) {
        return sync::RegistryLookup().fetch(e, sync::LookupQuery{system, digits, user, reason});
    });
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(id.value(), atA.id);
    s.reset();
    EXPECT_EQ(searchIds(*b, mrA), QStringList{atA.id});
    EXPECT_EQ(historyVisitIds(*b, atA.id).size(), 1);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients")), 1);   // hers, not a second one
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'registry.match'")), 1);
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'registry.lookup.fetched'")), 1);
    EXPECT_EQ(count("SELECT count(*) FROM catchment k JOIN facilities f ON f.id = k.facility_id WHERE f.code = 'PB-LHR-002'"), 1);
    syncOk(*b);
}
