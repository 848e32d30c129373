#include "SyncFixture.h"

#include "bhu/domain/MrNumber.h"
#include "bhu/fhir/FhirPatient.h"

#include <QUuid>

namespace bhu::test {

void SyncFixture::SetUp()
{
    testDb = makeTestDb();
    store = openTestDb(testDb);
    ASSERT_TRUE(store);
    options.random = [] { return 0.5; };   // jitter factor exactly 1
    options.clock = &clock;
    options.timeoutMs = 3000;
    engine = std::make_unique<sync::SyncEngine>(*store, &fake, options);
    auto e = engine->enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QStringLiteral("test desk"), {}});
    ASSERT_TRUE(e.ok()) << e.error().message.toStdString();
}

Patient SyncFixture::addPatient(const QString& name)
{
    Patient p;
    p.name = name;
    p.sex = Sex::Female;
    p.birthDate = QDate(1990, 5, 17);
    p.relation = Relation::WifeOf;
    p.guardianName = QStringLiteral("Muhammad Aslam");
    p.phone = QStringLiteral("+923001234567");
    p.facilityCode = store->facility().code;
    p.address.village = QStringLiteral("Chak 45");
    auto r = db::PatientRepository(store->conn()).create(p, actor());
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    return r.ok() ? r.value() : p;
}

VisitRecord SyncFixture::addClosedVisit(const Patient& p)
{
    VisitRecord r;
    r.visit.patientId = p.id;
    r.visit.facilityCode = store->facility().code;
    r.visit.status = VisitStatus::Closed;
    r.visit.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    r.visit.closedAt = QDateTime::currentDateTimeUtc();
    r.visit.signedBy = QStringLiteral("doctor");
    r.visit.chiefComplaint = QStringLiteral("fever");
    VitalSigns v;
    v.systolic = 120;
    v.diastolic = 80;
    v.weightKg = 61;
    r.vitals = v;
    Diagnosis d;
    d.icd10 = QStringLiteral("J18.9");
    d.display = QStringLiteral("Pneumonia, unspecified");
    r.diagnoses.append(d);
    QList<VisitRecord> list{r};
    auto s = db::VisitRepository(store->conn()).createClosedMany(list, actor());
    EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    return list.first();
}

db::OutboxCounts SyncFixture::counts()
{
    auto c = db::Outbox(store->conn()).counts();
    EXPECT_TRUE(c.ok());
    return c.ok() ? c.value() : db::OutboxCounts{};
}

QJsonObject SyncFixture::otherFacilityPatient(const QString& name)
{
    Patient p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    p.sex = Sex::Male;
    p.birthDate = QDate(1980, 1, 2);
    p.facilityCode = QStringLiteral("BHU-0002");
    p.identifiers.append(Identifier{IdSystem::Mr, MrNumber::fromPayload(555 + m_otherCount++).value().digits()});
    return fhir::patientToFhir(p);
}

} // namespace bhu::test
