// Tombstones across facilities: a visit withdrawn at one clinic (entered in error) reaches the
// other clinic as a DELETE entry of the change feed and is applied there once; the registry
// keeps every version (append-only) and the tombstone; a patient withdrawn cannot be brought
// back by a later edit.
#include "SyncFixture.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Tombstones.h"
#include "bhu/fhir/FhirVitals.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/ReportService.h"
#include "bhu/services/SeedService.h"
#include "bhu/services/VisitService.h"
#include "bhu/services/WithdrawalService.h"

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

// A signed OPD visit at the clinic's facility on `day`, with vitals and a diagnosis.
VisitRecord signedVisit(const Patient& p, const QString& facility, QDate day)
{
    VisitRecord r;
    r.visit.patientId = p.id;
    r.visit.facilityCode = facility;
    r.visit.status = VisitStatus::Closed;
    r.visit.startedAt = QDateTime(day, QTime(10, 0)).toUTC();
    r.visit.closedAt = QDateTime(day, QTime(10, 20)).toUTC();
    r.visit.signedBy = QStringLiteral("dr-") + facility;
    r.visit.chiefComplaint = QStringLiteral("Fever");
    VitalSigns v;
    v.temperatureC = 38.5;
    v.weightKg = 61;
    r.vitals = v;
    Diagnosis d;
    d.icd10 = QStringLiteral("B54");
    d.display = QStringLiteral("Malaria");
    d.certainty = DiagnosisCertainty::Confirmed;
    r.diagnoses = {d};
    return r;
}

double opd(const ReportTable& t, const char* column)
{
    const ReportCell* c = t.cell(QStringLiteral("opd"), QStringLiteral("total"), QString::fromLatin1(column));
    return c && c->number ? *c->number : -1;
}

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

// Issue #5 end to end: a visit withdrawn through the service at clinic A (recorded under the
// wrong patient) stops counting at clinic B after both sync: B's history of the patient leaves
// it out, and B's monthly report no longer counts B's own later visit as a follow-up. What the
// registry holds of the visit (the Encounter, its Condition, each vital-sign Observation) is
// withdrawn there too.
TEST_F(sync_tombstone, AVisitWithdrawnThroughTheServiceStopsCountingAtTheOtherClinic)
{
    auto a = enrolledClinic(QStringLiteral("SD-KHI-034"), 134);
    auto b = enrolledClinic(QStringLiteral("SD-KHI-035"), 135);
    const QList<Patient> registered = registerPatients(*a, 1, QStringLiteral("Wrongly"));
    ASSERT_EQ(sync(*a).exitCode, 0);
    const QDate dayA = QDate::currentDate().addDays(-2), dayB = QDate::currentDate().addDays(-1);
    Patient p;
    VisitRecord atA = signedVisit(registered.constFirst(), a->code, dayA);
    {
        auto s = a->session();
        p = services::PatientService(*s).open(registered.constFirst().id).value();
        QList<VisitRecord> visits{atA};
        ASSERT_TRUE(services::SeedService(*s).addClosedVisits(visits).ok());
        atA = visits.constFirst();
    }
    ASSERT_EQ(sync(*a).exitCode, 0);
    lookUp(*b, mrOf(p));
    ASSERT_EQ(sync(*b).exitCode, 0);
    {
        auto s = b->session();
        QList<VisitRecord> visits{signedVisit(p, b->code, dayB)};
        ASSERT_TRUE(services::SeedService(*s).addClosedVisits(visits).ok());
    }
    auto monthAtB = [&] {
        auto s = b->session();
        auto t = services::ReportService(*s).compute(services::ReportRequest::month(dayB.year(), dayB.month()));
        EXPECT_TRUE(t.ok()) << t.error().message.toStdString();
        return t.ok() ? t.value() : ReportTable{};
    };
    auto historyAtB = [&] {
        auto s = b->session();
        return services::VisitService(*s).history(p.id).value().size();
    };
    ASSERT_EQ(historyAtB(), 2);
    ReportTable before = monthAtB();
    ASSERT_EQ(opd(before, "fu-m") + opd(before, "fu-f"), 1);   // A's visit came first
    ASSERT_EQ(opd(before, "new-m") + opd(before, "new-f"), 0);

    {
        auto s = a->session();   // the facility administrator of A
        const Status st = services::WithdrawalService(*s).withdrawVisit(atA.visit.id, QStringLiteral("recorded under the wrong patient"));
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
        EXPECT_TRUE(services::VisitService(*s).history(p.id).value().isEmpty());
    }
    const SyncRun ra = sync(*a);
    ASSERT_EQ(ra.exitCode, 0) << ra.err.toStdString();
    EXPECT_EQ(ra.report.value(u"rejected").toInt(), 0);
    const std::string live = "SELECT count(*)::text, '' FROM resources WHERE NOT deleted AND type = ";
    EXPECT_EQ(registryRows(live + "'Encounter' AND id = '" + atA.visit.id.toStdString() + "'").value(0).first, QStringLiteral("0"));
    EXPECT_EQ(registryRows(live + "'Condition' AND id = '" + atA.diagnoses[0].id.toStdString() + "'").value(0).first, QStringLiteral("0"));
    for (const QJsonValue o : fhir::vitalSignsToFhir(*atA.vitals)) {
        const std::string id = o.toObject().value(QStringLiteral("id")).toString().toStdString();
        EXPECT_EQ(registryRows("SELECT deleted::text, '' FROM resources WHERE type = 'Observation' AND id = '" + id + "'").value(0).first,
                  QStringLiteral("true"))
            << id;
    }

    const SyncRun rb = sync(*b);
    ASSERT_EQ(rb.exitCode, 0) << rb.err.toStdString();
    EXPECT_EQ(historyAtB(), 1);   // B's own visit only
    const ReportTable after = monthAtB();
    EXPECT_EQ(opd(after, "new-m") + opd(after, "new-f"), 1);   // no earlier visit counts any more
    EXPECT_EQ(opd(after, "fu-m") + opd(after, "fu-f"), 0);
}
