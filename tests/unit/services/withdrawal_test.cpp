// Withdrawing records entered in error through the service (docs/sync-protocol.md,
// "Tombstones"): a visit and all it sent, its correction chain, an open visit, a patient
// registered by mistake; the refusals (reason, another facility, already withdrawn, a patient
// whose visits still count); and the lists that leave withdrawn records out.
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Tombstones.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/fhir/FhirVitals.h"
#include "bhu/services/HouseholdService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/VisitService.h"
#include "bhu/services/WithdrawalService.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kDoctorPw = QStringLiteral("doctor-password-1");
const QString kReason = QStringLiteral("recorded under the wrong patient");

class Withdrawal : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb();
        bhu::test::addUser(t, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
        auto s = Session::unlock(t.path, QStringLiteral("drsana"), kDoctorPw, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        doctor = std::move(s.value());
        Patient p;
        p.name = QStringLiteral("Ayesha Bibi");
        p.sex = Sex::Female;
        p.birthDate = QDate(1990, 1, 1);
        auto r = PatientService(*doctor).registerPatient(p, RegisterOptions{true, {}, {}});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        patient = r.value();
    }

    VisitRecord signedVisit()
    {
        VisitService svc(*doctor);
        auto v = svc.startVisit(patient.id);
        EXPECT_TRUE(v.ok());
        auto begun = svc.beginConsultation(v->id);
        EXPECT_TRUE(begun.ok());
        VisitRecord r = begun.value();
        r.visit.chiefComplaint = QStringLiteral("Fever");
        VitalSigns vs;
        vs.systolic = 120;
        vs.diastolic = 80;
        vs.weightKg = 60;
        vs.heightCm = 160;
        r.vitals = vs;
        Diagnosis d;
        d.icd10 = QStringLiteral("J18.9");
        d.display = QStringLiteral("Pneumonia");
        r.diagnoses = {d};
        Prescription rx;
        rx.medicineName = QStringLiteral("Amoxicillin");
        r.prescriptions = {rx};
        Referral f;
        f.toLevel = FacilityLevel::Thq;
        f.reason = QStringLiteral("Chest X-ray");
        r.referrals = {f};
        auto closed = svc.closeVisit(r);
        EXPECT_TRUE(closed.ok()) << closed.error().message.toStdString();
        return closed.value();
    }

    qint64 count(const char* sql) { return doctor->store().conn().queryInt(QString::fromLatin1(sql)).value(); }
    bool withdrawn(const char* type, const QString& id)
    {
        return db::Tombstones(doctor->store().conn()).isWithdrawn(QString::fromLatin1(type), id).value();
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> doctor;
    Patient patient;
};
} // namespace

TEST_F(Withdrawal, AVisitAndEverythingItSentStopCounting)
{
    const VisitRecord r = signedVisit();
    VisitService visits(*doctor);
    ASSERT_EQ(visits.history(patient.id)->size(), 1);
    ASSERT_TRUE(WithdrawalService(*doctor).withdrawVisit(r.visit.id, kReason).ok());

    EXPECT_TRUE(visits.history(patient.id)->isEmpty());
    EXPECT_TRUE(visits.todayQueue()->isEmpty());
    EXPECT_EQ(db::VisitRepository(doctor->store().conn()).count().value(), 0);
    // The row stays, readable by id (for an auditor), with the tombstone saying why.
    EXPECT_TRUE(visits.open(r.visit.id).ok());
    auto why = WithdrawalService(*doctor).withdrawal(QStringLiteral("Encounter"), r.visit.id);
    ASSERT_TRUE(why.ok() && why->has_value());
    EXPECT_EQ((*why)->reason, kReason);
    EXPECT_EQ((*why)->withdrawnBy, u"drsana");
    // What the registry holds of the visit is withdrawn too: Condition, MedicationRequest,
    // ServiceRequest and each vital-sign Observation (their v5 ids).
    EXPECT_TRUE(withdrawn("Condition", r.diagnoses[0].id));
    EXPECT_TRUE(withdrawn("MedicationRequest", r.prescriptions[0].id));
    EXPECT_TRUE(withdrawn("ServiceRequest", r.referrals[0].id));
    const QJsonArray observations = fhir::vitalSignsToFhir(*r.vitals);
    ASSERT_FALSE(observations.isEmpty());
    for (const QJsonValue o : observations) EXPECT_TRUE(withdrawn("Observation", o.toObject().value(QStringLiteral("id")).toString()));
    // One delete entry per record in the outbox; one audit entry per record, naming the patient.
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE op = 'delete' AND state = 'pending'"), 5 + observations.size());
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'record.withdraw' AND patient_id IS NOT NULL"),
              5 + observations.size());
    EXPECT_TRUE(doctor->store().verify().ok());
}

TEST_F(Withdrawal, RefusesAShortReasonAnAlreadyWithdrawnVisitAndAnotherFacilitysVisit)
{
    const VisitRecord r = signedVisit();
    WithdrawalService w(*doctor);
    EXPECT_EQ(w.withdrawVisit(r.visit.id, QStringLiteral("  mistake  ")).code(), ErrorCode::Invalid);
    EXPECT_FALSE(withdrawn("Encounter", r.visit.id));
    ASSERT_TRUE(w.withdrawVisit(r.visit.id, kReason).ok());
    EXPECT_EQ(w.withdrawVisit(r.visit.id, kReason).code(), ErrorCode::Conflict);
    EXPECT_EQ(w.withdrawVisit(QStringLiteral("no-such-visit"), kReason).code(), ErrorCode::NotFound);

    Visit other;   // recorded at another facility and received from the registry
    other.patientId = patient.id;
    other.facilityCode = QStringLiteral("BHU-0002");
    auto started = db::VisitRepository(doctor->store().conn()).start(other, QDate::currentDate(), doctor->actor());
    ASSERT_TRUE(started.ok());
    EXPECT_EQ(w.withdrawVisit(started->id, kReason).code(), ErrorCode::Forbidden);
    EXPECT_FALSE(withdrawn("Encounter", started->id));
}

TEST_F(Withdrawal, ACorrectedVisitIsWithdrawnWithEveryVersion)
{
    const VisitRecord r = signedVisit();
    VisitService visits(*doctor);
    VisitRecord corrected = r;
    corrected.diagnoses[0].icd10 = QStringLiteral("B54");
    corrected.diagnoses[0].display = QStringLiteral("Malaria");
    auto amended = visits.amendVisit(r.visit.id, corrected, QStringLiteral("malaria test positive"));
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    ASSERT_TRUE(WithdrawalService(*doctor).withdrawVisit(amended->visit.id, kReason).ok());
    EXPECT_TRUE(withdrawn("Encounter", r.visit.id));
    EXPECT_TRUE(withdrawn("Encounter", amended->visit.id));
    EXPECT_TRUE(withdrawn("Condition", amended->diagnoses[0].id));
    EXPECT_TRUE(visits.history(patient.id)->isEmpty());
    EXPECT_EQ(visits.amendVisit(amended->visit.id, corrected, QStringLiteral("again")).code(), ErrorCode::Conflict);
}

TEST_F(Withdrawal, AnOpenVisitLeavesTheQueueAndCannotBeWrittenAgain)
{
    VisitService visits(*doctor);
    auto v = visits.startVisit(patient.id);
    ASSERT_TRUE(v.ok());
    auto begun = visits.beginConsultation(v->id);
    ASSERT_TRUE(begun.ok());
    ASSERT_TRUE(WithdrawalService(*doctor).withdrawVisit(v->id, QStringLiteral("queued the wrong patient")).ok());
    EXPECT_TRUE(visits.todayQueue()->isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE op = 'delete'"), 1);   // the Encounter alone: nothing else was sent
    VisitRecord draft = begun.value();
    EXPECT_EQ(visits.saveDraft(draft).code(), ErrorCode::Conflict);
    EXPECT_EQ(visits.closeVisit(draft).code(), ErrorCode::Conflict);
    EXPECT_EQ(visits.beginConsultation(v->id).code(), ErrorCode::Conflict);
    EXPECT_TRUE(visits.startVisit(patient.id).ok());   // the right visit can be queued now
}

TEST_F(Withdrawal, APatientRegisteredByMistakeIsWithdrawnOnlyOnceHerVisitsAre)
{
    const VisitRecord r = signedVisit();
    WithdrawalService w(*doctor);
    const Status refused = w.withdrawPatient(patient.id, QStringLiteral("registered twice by mistake"));
    EXPECT_EQ(refused.code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(u"merge"));
    EXPECT_FALSE(withdrawn("Patient", patient.id));

    ASSERT_TRUE(w.withdrawVisit(r.visit.id, kReason).ok());
    ASSERT_TRUE(w.withdrawPatient(patient.id, QStringLiteral("registered twice by mistake")).ok());
    EXPECT_TRUE(withdrawn("Patient", patient.id));
    EXPECT_EQ(db::PatientRepository(doctor->store().conn()).count().value(), 0);
    EXPECT_EQ(PatientService(*doctor).open(patient.id).code(), ErrorCode::NotFound);
    EXPECT_EQ(w.withdrawPatient(patient.id, QStringLiteral("registered twice by mistake")).code(), ErrorCode::Conflict);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE op = 'delete' AND resource_type = 'Patient'"), 1);
}

TEST_F(Withdrawal, AHouseholdMemberIsRefused)
{
    HouseholdService households(*doctor);
    Household h;
    h.village = QStringLiteral("Chak 12");
    auto created = households.createHousehold(h);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    ASSERT_TRUE(households.addMember(created->id, patient.id, Relationship::Head).ok());
    const Status refused = WithdrawalService(*doctor).withdrawPatient(patient.id, QStringLiteral("registered twice by mistake"));
    EXPECT_EQ(refused.code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(u"household"));
    EXPECT_FALSE(withdrawn("Patient", patient.id));
}

TEST_F(Withdrawal, AnotherFacilitysPatientIsRefused)
{
    Patient p;
    p.name = QStringLiteral("Bilal Ahmed");
    p.sex = Sex::Male;
    p.birthDate = QDate(1985, 1, 1);
    p.facilityCode = QStringLiteral("BHU-0002");
    auto r = PatientService(*doctor).registerPatient(p, RegisterOptions{true, {}, {}});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->facilityCode, u"BHU-0002");
    EXPECT_EQ(WithdrawalService(*doctor).withdrawPatient(r->id, kReason).code(), ErrorCode::Forbidden);
    EXPECT_FALSE(withdrawn("Patient", r->id));
}

TEST_F(Withdrawal, FrontDeskAndLhwMayNotWithdraw)
{
    const VisitRecord r = signedVisit();
    for (auto [user, role] : {std::pair{"desk", Role::FrontDesk}, std::pair{"lhw", Role::Lhw}}) {
        bhu::test::addUser(t, QString::fromLatin1(user), role, QStringLiteral("role-password-1"));
        auto s = Session::unlock(t.path, QString::fromLatin1(user), QStringLiteral("role-password-1"), QStringLiteral("test"));
        ASSERT_TRUE(s.ok());
        EXPECT_EQ(WithdrawalService(*s.value()).withdrawVisit(r.visit.id, kReason).code(), ErrorCode::Forbidden);
        EXPECT_EQ(WithdrawalService(*s.value()).withdrawPatient(patient.id, kReason).code(), ErrorCode::Forbidden);
    }
    EXPECT_FALSE(withdrawn("Encounter", r.visit.id));
}
