// SyncApply::applyPage's fast path (docs/sync-engine.md, Pull): the page applied whole, the
// measurements of a vitals record with one write, and, when one resource cannot be stored, the
// page applied again resource by resource with only that one set aside.
#include "SyncFixture.h"

#include "bhu/db/SyncApply.h"
#include "bhu/db/SyncStateStore.h"

#include <QUuid>

using namespace bhu;
using namespace bhu::test;

namespace {
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

db::PulledClinical closedVisit(const Patient& p)
{
    Visit v;
    v.id = uuid();
    v.patientId = p.id;
    v.facilityCode = QStringLiteral("BHU-0002");
    v.status = VisitStatus::Closed;
    v.startedAt = QDateTime::currentDateTimeUtc().addSecs(-900);
    v.closedAt = QDateTime::currentDateTimeUtc();
    v.signedBy = QStringLiteral("doctor-elsewhere");
    db::PulledClinical c;
    c.visit = v;
    c.visitId = v.id;
    c.patientId = p.id;
    c.resourceType = QStringLiteral("Encounter");
    c.resourceId = v.id;
    c.serverVersion = 1;
    return c;
}

// One Observation of the vitals record `id`: one measurement.
db::PulledClinical vitalsPart(const db::PulledClinical& visit, const QString& id, std::optional<double> VitalSigns::*field, double value)
{
    VitalSigns part;
    part.id = id;
    part.visitId = visit.visitId;
    part.patientId = visit.patientId;
    part.recordedAt = QDateTime::currentDateTimeUtc();
    part.recordedBy = QStringLiteral("nurse-elsewhere");
    part.*field = value;
    db::PulledClinical c;
    c.vitals = part;
    c.visitId = visit.visitId;
    c.patientId = visit.patientId;
    c.resourceType = QStringLiteral("Observation");
    c.resourceId = uuid();
    c.serverVersion = 1;
    return c;
}

db::PulledClinical diagnosisOf(const QString& visitId, const QString& patientId)
{
    Diagnosis d;
    d.id = uuid();
    d.patientId = patientId;
    d.visitId = visitId;
    d.icd10 = QStringLiteral("A09");
    d.recordedAt = QDateTime::currentDateTimeUtc();
    d.recordedBy = QStringLiteral("doctor-elsewhere");
    db::PulledClinical c;
    c.diagnoses.append(d);
    c.visitId = visitId;
    c.patientId = patientId;
    c.resourceType = QStringLiteral("Condition");
    c.resourceId = d.id;
    c.serverVersion = 1;
    return c;
}
} // namespace

TEST_F(SyncFixture, APageWithOneBadResourceAppliesTheRestWithVitalsWhole)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    const db::PulledClinical visit = closedVisit(p);
    const QString vitalsId = uuid();
    db::PulledPage page;
    page.clinical = {visit, vitalsPart(visit, vitalsId, &VitalSigns::systolic, 120),
                     diagnosisOf(uuid(), p.id),   // of a visit that never arrived: cannot be stored
                     vitalsPart(visit, vitalsId, &VitalSigns::diastolic, 80), vitalsPart(visit, vitalsId, &VitalSigns::pulse, 72),
                     diagnosisOf(visit.visitId, p.id)};
    page.cursor = QStringLiteral("v1.5");
    db::SyncApply apply(store->conn());
    auto n = apply.applyPage(page, actor());
    ASSERT_TRUE(n.ok()) << n.error().detail.toStdString();
    EXPECT_EQ(n->applied, 5);
    EXPECT_EQ(n->invalid, 1);
    EXPECT_EQ(db::SyncStateStore(store->conn()).cursor().value(), QStringLiteral("v1.5"));
    auto stored = db::VisitRepository(store->conn()).get(visit.visitId);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->vitals.has_value());
    EXPECT_EQ(stored->vitals->systolic, 120);
    EXPECT_EQ(stored->vitals->diastolic, 80);
    EXPECT_EQ(stored->vitals->pulse, 72);
    EXPECT_EQ(stored->diagnoses.size(), 1);
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM clinical_facts")).value(), 2);   // nothing of the bad one
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM sync_issues WHERE kind = 'pull-invalid'")).value(), 1);

    // Applied again: a replay.
    auto again = apply.applyPage(page, actor());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->applied, 0);
    EXPECT_EQ(again->unchanged, 5);
}

// The parts of a vitals record count as if stored one by one: a measurement already held is
// unchanged, a new one applied, the stored record keeps both pages' measurements.
TEST_F(SyncFixture, VitalsPartsOfOnePageCountOneByOne)
{
    const Patient p = addPatient(QStringLiteral("Amina Bibi"));
    const db::PulledClinical visit = closedVisit(p);
    const QString vitalsId = uuid();
    db::SyncApply apply(store->conn());
    db::PulledPage page1;
    page1.clinical = {visit, vitalsPart(visit, vitalsId, &VitalSigns::systolic, 120)};
    page1.cursor = QStringLiteral("v1.1");
    ASSERT_TRUE(apply.applyPage(page1, actor()).ok());

    db::PulledPage page2;
    page2.clinical = {vitalsPart(visit, vitalsId, &VitalSigns::systolic, 120), vitalsPart(visit, vitalsId, &VitalSigns::pulse, 72),
                      vitalsPart(visit, vitalsId, &VitalSigns::pulse, 72), vitalsPart(visit, vitalsId, &VitalSigns::weightKg, 54.5)};
    page2.cursor = QStringLiteral("v1.2");
    auto n = apply.applyPage(page2, actor());
    ASSERT_TRUE(n.ok()) << n.error().detail.toStdString();
    EXPECT_EQ(n->applied, 2);
    EXPECT_EQ(n->unchanged, 2);
    auto stored = db::VisitRepository(store->conn()).get(visit.visitId);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->vitals.has_value());
    EXPECT_EQ(stored->vitals->systolic, 120);
    EXPECT_EQ(stored->vitals->pulse, 72);
    EXPECT_EQ(stored->vitals->weightKg, 54.5);
    const auto versions = store->conn().queryInt(QStringLiteral("SELECT count(*) FROM server_versions WHERE resource_type = 'Observation'"));
    EXPECT_EQ(versions.value(), 5);
}
