// Clinical visits through the service layer: queue tokens, drafts, vitals limits, signing,
// read-only signed records, corrections that keep the original, history and roles.
#include "bhu/db/Outbox.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/VisitService.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
const QString kDoctorPw = QStringLiteral("doctor-password-1");

class Visits : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb();
        bhu::test::addUser(t, QStringLiteral("drsana"), Role::Clinician, kDoctorPw);
        auto s = Session::unlock(t.path, QStringLiteral("drsana"), kDoctorPw, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        doctor = std::move(s.value());
        for (const char* name : {"Ayesha Bibi", "Bilal Ahmed"}) {
            Patient p;
            p.name = QString::fromLatin1(name);
            p.sex = p.name.startsWith(u'A') ? Sex::Female : Sex::Male;
            p.birthDate = QDate(1990, 1, 1);
            auto r = PatientService(*doctor).registerPatient(p, RegisterOptions{true, {}, {}});
            ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
            patients << r.value();
        }
    }

    VisitRecord fullDraft(const Visit& v)
    {
        VisitRecord r;
        r.visit = v;
        r.visit.chiefComplaint = QStringLiteral("Fever and cough for 3 days");
        VitalSigns vs;
        vs.systolic = 150;
        vs.diastolic = 95;
        vs.temperatureC = 39.2;
        vs.weightKg = 62;
        vs.heightCm = 160;
        r.vitals = vs;
        Diagnosis d1;
        d1.icd10 = QStringLiteral("J18.9");
        d1.display = QStringLiteral("Pneumonia");
        Diagnosis d2;
        d2.icd10 = QStringLiteral("I10");
        d2.display = QStringLiteral("Hypertension");
        r.diagnoses = {d1, d2};
        Prescription rx;
        rx.medicineName = QStringLiteral("Amoxicillin");
        rx.strength = QStringLiteral("500 mg");
        rx.form = QStringLiteral("capsule");
        rx.dose = QStringLiteral("1 capsule");
        rx.frequency = QStringLiteral("TDS");
        rx.durationDays = 5;
        rx.quantityDispensed = 15;
        r.prescriptions = {rx};
        Referral ref;
        ref.toLevel = FacilityLevel::Thq;
        ref.facilityName = QStringLiteral("THQ Jaranwala");
        ref.reason = QStringLiteral("Chest X-ray");
        r.referrals = {ref};
        return r;
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> doctor;
    QList<Patient> patients;
};
} // namespace

TEST_F(Visits, QueueGivesTokensInOrderAndRefusesASecondOpenVisit)
{
    VisitService svc(*doctor);
    auto a = svc.startVisit(patients[0].id);
    auto b = svc.startVisit(patients[1].id);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->tokenNumber, 1);
    EXPECT_EQ(b->tokenNumber, 2);
    EXPECT_EQ(svc.startVisit(patients[0].id).code(), ErrorCode::Conflict);
    auto q = svc.todayQueue();
    ASSERT_TRUE(q.ok());
    ASSERT_EQ(q->size(), 2);
    EXPECT_EQ(q->at(0).patientName, u"Ayesha Bibi");
    EXPECT_EQ(q->at(0).visit.status, VisitStatus::Waiting);
}

TEST_F(Visits, CloseSignsMakesReadOnlyAndQueuesForSync)
{
    VisitService svc(*doctor);
    auto v = svc.startVisit(patients[0].id);
    ASSERT_TRUE(v.ok());
    auto begun = svc.beginConsultation(v->id);
    ASSERT_TRUE(begun.ok());
    EXPECT_EQ(begun->visit.status, VisitStatus::InConsultation);
    const qint64 pendingBefore = db::Outbox(doctor->store().conn()).counts()->pending;
    auto closed = svc.closeVisit(fullDraft(begun->visit));
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();
    EXPECT_EQ(closed->visit.status, VisitStatus::Closed);
    EXPECT_EQ(closed->visit.signedBy, u"drsana");
    EXPECT_EQ(closed->diagnoses.size(), 2);
    ASSERT_TRUE(closed->vitals.has_value());
    EXPECT_EQ(closed->vitals->bmi().value_or(0), 24.2);
    // Encounter + Observation + 2 Conditions + MedicationRequest + ServiceRequest
    EXPECT_EQ(db::Outbox(doctor->store().conn()).counts()->pending, pendingBefore + 6);

    VisitRecord again = closed.value();
    again.visit.advice = QStringLiteral("changed after signing");
    EXPECT_EQ(svc.saveDraft(again).code(), ErrorCode::Conflict);
    // Even a raw write is refused by the database itself.
    EXPECT_FALSE(doctor->store().conn().exec(QStringLiteral("DELETE FROM clinical_facts")).ok());
    EXPECT_TRUE(doctor->store().verify().ok());
}

TEST_F(Visits, ImpossibleVitalsAreRefusedUnusualOnesFlagged)
{
    VisitService svc(*doctor);
    auto v = svc.startVisit(patients[1].id);
    ASSERT_TRUE(v.ok());
    VisitRecord r = fullDraft(v.value());
    r.vitals->systolic = 400;
    auto bad = svc.closeVisit(r);
    EXPECT_EQ(bad.code(), ErrorCode::Invalid);
    EXPECT_TRUE(bad.error().message.contains(u"mm")) << bad.error().message.toStdString();
    EXPECT_EQ(svc.open(v->id)->visit.status, VisitStatus::Waiting);   // nothing saved

    r.vitals->systolic = 185;
    r.vitals->diastolic = 112;
    r.vitals->spo2 = 89;
    auto check = svc.checkDraft(r);
    ASSERT_TRUE(check.ok());
    EXPECT_GE(check->flags.size(), 2);
}

TEST_F(Visits, AmendmentKeepsBothVersionsAndHistoryShowsTheLatest)
{
    VisitService svc(*doctor);
    auto v = svc.startVisit(patients[0].id);
    auto closed = svc.closeVisit(fullDraft(v.value()));
    ASSERT_TRUE(closed.ok());
    VisitRecord corrected = closed.value();
    corrected.diagnoses[1].icd10 = QStringLiteral("E11.9");
    corrected.diagnoses[1].display = QStringLiteral("Type 2 diabetes");
    EXPECT_EQ(svc.amendVisit(closed->visit.id, corrected, QString()).code(), ErrorCode::Invalid);   // reason required
    auto amended = svc.amendVisit(closed->visit.id, corrected, QStringLiteral("Wrong code chosen"));
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();
    EXPECT_EQ(amended->visit.version, 2);
    EXPECT_EQ(amended->visit.amendsId, closed->visit.id);
    EXPECT_EQ(amended->diagnoses[1].amendsId, closed->diagnoses[1].id);

    auto chain = svc.versions(amended->visit.id);
    ASSERT_TRUE(chain.ok());
    ASSERT_EQ(chain->size(), 2);
    EXPECT_EQ(chain->at(0).diagnoses[1].icd10, u"I10");     // the original is kept
    EXPECT_EQ(chain->at(1).diagnoses[1].icd10, u"E11.9");
    EXPECT_EQ(chain->at(1).visit.amendReason, u"Wrong code chosen");

    SearchQuery q;
    q.text = QStringLiteral("Ayesha Bibi");
    auto found = PatientService(*doctor).search(q);
    ASSERT_TRUE(found.ok());
    ASSERT_FALSE(found->hits.isEmpty());
    EXPECT_EQ(found->hits.first().lastVisit, QDate::currentDate());   // the search list shows the last visit

    auto history = svc.history(patients[0].id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().visit.id, amended->visit.id);
    // A second correction of the old version is refused: correct the latest.
    EXPECT_EQ(svc.amendVisit(closed->visit.id, corrected, QStringLiteral("again")).code(), ErrorCode::Conflict);
}

TEST_F(Visits, FrontDeskQueuesButCannotRecordClinicalFacts)
{
    bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("front-desk-pw"));
    auto desk = Session::unlock(t.path, QStringLiteral("desk"), QStringLiteral("front-desk-pw"), QStringLiteral("test"));
    ASSERT_TRUE(desk.ok());
    VisitService svc(*desk.value());
    auto v = svc.startVisit(patients[1].id);
    ASSERT_TRUE(v.ok());
    auto r = svc.closeVisit(fullDraft(v.value()));
    EXPECT_EQ(r.code(), ErrorCode::Forbidden);
    EXPECT_EQ(svc.beginConsultation(v->id).code(), ErrorCode::Forbidden);
}
