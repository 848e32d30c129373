#include "bhu/domain/ClinicalJson.h"

#include "qt_print.h"

#include <QJsonArray>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace bhu;

namespace {

const QDateTime kAt(QDate(2025, 3, 4), QTime(9, 15, 30, 250), Qt::UTC);

template <typename T>
void fillFact(T& f)
{
    f.id = QStringLiteral("6b1f2c1e-8a55-4c1e-9d51-0f3f5b3b7a01");
    f.patientId = QStringLiteral("2d8e6d0a-1f43-4a4f-8c57-5a0d2f7c9e10");
    f.visitId = QStringLiteral("9a7c7d3e-5b6f-4e2a-a1c0-3f1e2d4c5b60");
    f.version = 2;
    f.amendsId = QStringLiteral("0c3e1d2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    f.amendReason = QStringLiteral("Typed the wrong value");
    f.recordedAt = kAt;
    f.recordedBy = QStringLiteral("dr.amina");
}

Visit fullVisit()
{
    Visit v;
    v.id = QStringLiteral("9a7c7d3e-5b6f-4e2a-a1c0-3f1e2d4c5b60");
    v.patientId = QStringLiteral("2d8e6d0a-1f43-4a4f-8c57-5a0d2f7c9e10");
    v.facilityCode = QStringLiteral("BHU-0001");
    v.encounterClass = EncounterClass::HomeHealth;
    v.tokenNumber = 17;
    v.status = VisitStatus::Closed;
    v.chiefComplaint = QStringLiteral("بخار اور کھانسی، 3 دن");
    v.complaintCodes = {QStringLiteral("fever"), QStringLiteral("cough")};
    v.advice = QStringLiteral("Plenty of fluids");
    v.followUpDate = QDate(2025, 3, 7);
    v.startedAt = kAt;
    v.closedAt = kAt.addSecs(600);
    v.signedBy = QStringLiteral("dr.amina");
    v.amendsId = QStringLiteral("0c3e1d2f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    v.amendReason = QStringLiteral("Wrong follow-up date");
    v.version = 2;
    return v;
}

} // namespace

TEST(ClinicalJson, VisitRoundTrip)
{
    const Visit v = fullVisit();
    EXPECT_EQ(visitFromJson(visitToJson(v)), v);
    EXPECT_EQ(visitFromJson(visitToJson(Visit{})), Visit{});
}

TEST(ClinicalJson, VisitKeysAndFormats)
{
    const QJsonObject o = visitToJson(fullVisit());
    EXPECT_EQ(o.value(u"class").toString(), QStringLiteral("HH"));
    EXPECT_EQ(o.value(u"status").toString(), QStringLiteral("closed"));
    EXPECT_EQ(o.value(u"follow_up_date").toString(), QStringLiteral("2025-03-07"));
    EXPECT_EQ(o.value(u"started_at").toString(), QStringLiteral("2025-03-04T09:15:30.250Z"));
    EXPECT_EQ(o.value(u"complaint_codes").toArray().size(), 2);
    const QJsonObject empty = visitToJson(Visit{});
    EXPECT_EQ(empty.value(u"closed_at").toString(), QString());
    EXPECT_EQ(empty.value(u"follow_up_date").toString(), QString());
    EXPECT_EQ(empty.keys(), o.keys());   // every key is always written
}

TEST(ClinicalJson, VisitTimesInOtherZonesAreStoredInUtc)
{
    Visit v;
    v.startedAt = QDateTime(QDate(2025, 3, 4), QTime(14, 15), QTimeZone(5 * 3600));   // PKT
    const QJsonObject o = visitToJson(v);
    EXPECT_EQ(o.value(u"started_at").toString(), QStringLiteral("2025-03-04T09:15:00.000Z"));
    EXPECT_EQ(visitFromJson(o).startedAt, v.startedAt);
}

TEST(ClinicalJson, UnknownCodesFallBackToDefaults)
{
    QJsonObject o = visitToJson(fullVisit());
    o.insert(QStringLiteral("class"), QStringLiteral("XYZ"));
    o.insert(QStringLiteral("status"), QStringLiteral("?"));
    o.remove(QStringLiteral("version"));
    const Visit v = visitFromJson(o);
    EXPECT_EQ(v.encounterClass, EncounterClass::Ambulatory);
    EXPECT_EQ(v.status, VisitStatus::Waiting);
    EXPECT_EQ(v.version, 1);
}

TEST(ClinicalJson, VitalSignsRoundTrip)
{
    VitalSigns v;
    fillFact(v);
    v.systolic = 128;
    v.diastolic = 84;
    v.pulse = 88;
    v.temperatureC = 37.8;
    v.respiratoryRate = 20;
    v.spo2 = 97;
    v.weightKg = 61.5;
    v.heightCm = 158;
    v.muacCm = 24.5;
    v.glucoseMgDl = 132;
    EXPECT_EQ(vitalSignsFromJson(vitalSignsToJson(v)), v);

    VitalSigns partial;
    fillFact(partial);
    partial.temperatureC = 38.2;
    const QJsonObject o = vitalSignsToJson(partial);
    EXPECT_TRUE(o.value(u"pulse").isNull());   // not measured ≠ 0
    EXPECT_EQ(vitalSignsFromJson(o), partial);
    EXPECT_EQ(vitalSignsFromJson(o).pulse, std::nullopt);
}

TEST(ClinicalJson, FactFieldsAreWritten)
{
    Diagnosis d;
    fillFact(d);
    const QJsonObject o = diagnosisToJson(d);
    EXPECT_EQ(o.value(u"amends_id").toString(), d.amendsId);
    EXPECT_EQ(o.value(u"amend_reason").toString(), d.amendReason);
    EXPECT_EQ(o.value(u"visit_id").toString(), d.visitId);
    EXPECT_EQ(o.value(u"version").toInt(), 2);
    EXPECT_EQ(o.value(u"recorded_at").toString(), QStringLiteral("2025-03-04T09:15:30.250Z"));
}

TEST(ClinicalJson, DiagnosisRoundTrip)
{
    Diagnosis coded;
    fillFact(coded);
    coded.icd10 = QStringLiteral("J18.9");
    coded.display = QStringLiteral("Pneumonia");
    coded.certainty = DiagnosisCertainty::Confirmed;
    EXPECT_EQ(diagnosisFromJson(diagnosisToJson(coded)), coded);
    EXPECT_FALSE(coded.isUncoded());

    Diagnosis uncoded;
    uncoded.display = QStringLiteral("Heat rash after wedding");
    EXPECT_TRUE(uncoded.isUncoded());
    EXPECT_EQ(diagnosisFromJson(diagnosisToJson(uncoded)), uncoded);
    EXPECT_EQ(diagnosisToJson(uncoded).value(u"certainty").toString(), QStringLiteral("provisional"));
}

TEST(ClinicalJson, PrescriptionRoundTrip)
{
    Prescription p;
    fillFact(p);
    p.medicineCode = QStringLiteral("amoxicillin-250-susp");
    p.medicineName = QStringLiteral("Amoxicillin");
    p.strength = QStringLiteral("250 mg/5 mL");
    p.form = QStringLiteral("suspension");
    p.dose = QStringLiteral("5 mL");
    p.frequency = QStringLiteral("BD");
    p.durationDays = 5;
    p.quantityDispensed = 1;
    p.instructions = QStringLiteral("Shake well");
    EXPECT_EQ(prescriptionFromJson(prescriptionToJson(p)), p);
    EXPECT_EQ(prescriptionFromJson(prescriptionToJson(Prescription{})), Prescription{});
    EXPECT_EQ(p.medicineText(), QStringLiteral("Amoxicillin 250 mg/5 mL suspension"));
    EXPECT_EQ(p.dispenseUnit(), QStringLiteral("bottle"));
    for (const auto& [form, unit] : {std::pair{u"dispersible tablet", u"tablet"}, {u"Capsule", u"capsule"}, {u"eye drops", u"bottle"},
                                     {u"cream", u"tube"}, {u"sachet", u"sachet"}, {u"injection", u"vial"}, {u"infusion", u"bag"},
                                     {u"pessary", u"pessary"}}) {
        p.form = QString::fromUtf16(form);
        EXPECT_EQ(p.dispenseUnit(), QString::fromUtf16(unit));
    }
}

TEST(ClinicalJson, ReferralRoundTrip)
{
    Referral r;
    fillFact(r);
    r.toLevel = FacilityLevel::Dhq;
    r.facilityName = QStringLiteral("DHQ Hospital Sheikhupura");
    r.reason = QStringLiteral("Severe pneumonia, SpO2 86 %");
    r.urgency = ReferralUrgency::Emergency;
    r.whatWasDone = QStringLiteral("First dose of amoxicillin; oxygen not available");
    EXPECT_EQ(referralFromJson(referralToJson(r)), r);
    EXPECT_EQ(referralToJson(r).value(u"to_level").toString(), QStringLiteral("dhq"));
    EXPECT_EQ(referralToJson(r).value(u"urgency").toString(), QStringLiteral("emergency"));
    EXPECT_EQ(referralFromJson(referralToJson(Referral{})), Referral{});
}
