// The front desk's registry check before a new registration (docs/matching.md, "At the front
// desk"), against the in-memory FakeRegistry: Patient/$match answers become candidates of other
// facilities; a registry that never answers or cannot be reached costs at most the timeout and
// shows nothing; a clinic that is not enrolled asks nothing; "same person" fetches the chosen
// record by its MR number with the recorded reason.
#include "FakeRegistry.h"

#include "bhu/db/PatientRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/services/RegistryLookupService.h"
#include "bhu/services/Session.h"
#include "bhu/sync/RegistryMatch.h"
#include "bhu/sync/SyncEngine.h"
#include "bhu/test/TestSupport.h"

#include <QJsonArray>
#include <QUuid>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::test;

namespace {

class front_desk_match : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = makeTestDb(QStringLiteral("BHU-0043"));
        auto s = services::Session::unlock(db.path, kAdmin, kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        session = std::move(s.value());
    }
    void enrol()
    {
        sync::SyncOptions o;
        o.timeoutMs = 3000;
        sync::SyncEngine engine(session->store(), &fake, o);
        auto e = engine.enroll(sync::EnrolRequest{FakeRegistry::base(), fake.addEnrolmentToken(), QStringLiteral("front desk"), {}});
        ASSERT_TRUE(e.ok()) << e.error().message.toStdString();
    }
    // The registry's fetch over the fake, as PatientForm wires sync::RegistryMatch.
    services::RegistryMatchFetch overFake(int timeoutMs)
    {
        return [this, timeoutMs](const db::Enrolment& e, const Patient& draft) -> Result<QList<services::RegistryMatchHit>> {
            ++asked;
            auto r = sync::RegistryMatch(&fake, timeoutMs).find(e, draft);
            if (!r.ok()) {
                lastError = r.error();
                return r.error();
            }
            QList<services::RegistryMatchHit> out;
            for (const auto& m : r.value()) out.append(services::RegistryMatchHit{m.patient, m.score, m.grade});
            return out;
        };
    }
    static Patient draft()
    {
        Patient p;
        p.name = QStringLiteral("Aisha");
        p.relation = Relation::WifeOf;
        p.guardianName = QStringLiteral("Muhammad Aslam");
        p.sex = Sex::Female;
        p.birthDate = QDate(1994, 1, 1);
        p.birthDateEstimated = true;
        p.address.village = QStringLiteral("Chak 45");
        return p;
    }
    static Patient atOtherFacility(const QString& name, int payload)
    {
        Patient p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = name;
        p.relation = Relation::DaughterOf;
        p.guardianName = QStringLiteral("Ghulam Rasool");
        p.sex = Sex::Female;
        p.birthDate = QDate(1994, 3, 2);
        p.facilityCode = QStringLiteral("BHU-0099");
        p.identifiers.append(Identifier{IdSystem::Mr, MrNumber::fromPayload(payload).value().digits()});
        return p;
    }
    static QJsonObject entry(const Patient& p, double score, const QString& grade)
    {
        const QJsonObject ext{{QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/StructureDefinition/match-grade")},
                              {QStringLiteral("valueCode"), grade}};
        return QJsonObject{{QStringLiteral("resource"), fhir::patientToFhir(p)},
                           {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")},
                                                                  {QStringLiteral("score"), score},
                                                                  {QStringLiteral("extension"), QJsonArray{ext}}}}};
    }
    qint64 audited(const QString& action)
    {
        return session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)).value();
    }

    TestDb db;
    std::unique_ptr<services::Session> session;
    FakeRegistry fake;
    int asked = 0;
    Error lastError;
};

} // namespace

TEST_F(front_desk_match, AnswersBecomeCandidatesOfOtherFacilitiesOnly)
{
    enrol();
    const Patient ayesha = atOtherFacility(QStringLiteral("Ayesha Bibi"), 4101);
    // A patient this clinic already stores (fetched earlier): the local check shows her.
    Patient known = atOtherFacility(QStringLiteral("Aysha"), 4102);
    {
        auto stored = db::PatientRepository(session->store().conn()).create(known, session->actor());
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        known = stored.value();
    }
    fake.matchEntries = QJsonArray{entry(ayesha, 0.87, QStringLiteral("probable")), entry(known, 0.6, QStringLiteral("possible"))};

    const QList<DuplicateCandidate> found = services::RegistryLookupService(*session).registryMatches(draft(), overFake(3000));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(fake.calls(Op::Match), 1);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().hit.patientId, ayesha.id);
    EXPECT_EQ(found.first().hit.mr, ayesha.mrNumber());
    EXPECT_DOUBLE_EQ(found.first().score, 0.87);
    EXPECT_FALSE(found.first().sameCnic);
    EXPECT_TRUE(found.first().reasons.join(u' ').contains(QStringLiteral("probable"))) << found.first().reasons.join(u' ').toStdString();
    EXPECT_TRUE(found.first().reasons.join(u' ').contains(QStringLiteral("BHU-0099")));
    // The draft went up as a Parameters `resource` without an id, with a count.
    const QJsonArray params = fake.lastMatchRequest.value(u"parameter").toArray();
    ASSERT_EQ(fake.lastMatchRequest.value(u"resourceType").toString(), QStringLiteral("Parameters"));
    ASSERT_GE(params.size(), 2);
    const QJsonObject resource = params.at(0)[u"resource"].toObject();
    EXPECT_EQ(resource.value(u"resourceType").toString(), QStringLiteral("Patient"));
    EXPECT_FALSE(resource.contains(u"id"));
    EXPECT_EQ(params.at(1)[u"valueInteger"].toInt(), sync::RegistryMatch::kDefaultCount);
    // The question is audited, without the draft's details.
    EXPECT_EQ(audited(QStringLiteral("registry.match")), 1);
}

TEST_F(front_desk_match, ARegistryThatNeverAnswersCostsOnlyTheTimeoutAndShowsNothing)
{
    enrol();
    fake.matchEntries = QJsonArray{entry(atOtherFacility(QStringLiteral("Ayesha Bibi"), 4103), 0.9, QStringLiteral("probable"))};
    // Hang: the fake never answers, so the call can only come back through the timeout.
    fake.setFault(Op::Match, Fault{Fault::Kind::Hang, 0, 0, -1});
    const QList<DuplicateCandidate> found = services::RegistryLookupService(*session).registryMatches(draft(), overFake(200));
    EXPECT_TRUE(found.isEmpty());
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(lastError.detail.contains(u"net:timeout")) << lastError.detail.toStdString();
}

TEST_F(front_desk_match, AnUnreachableRegistryShowsNothing)
{
    // Enrolled, but the registry cannot be reached (nothing listens on port 9): a real network
    // access manager, connection refused.
    db::Enrolment e;
    e.registryUrl = QStringLiteral("http://127.0.0.1:9/fhir");
    e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.credential = QStringLiteral("test-credential");
    e.facilityCode = QStringLiteral("BHU-0043");
    ASSERT_TRUE(db::SyncStateStore(session->store().conn()).saveEnrolment(e, session->actor()).ok());
    int calls = 0;
    const QList<DuplicateCandidate> found = services::RegistryLookupService(*session).registryMatches(
        draft(), [&](const db::Enrolment& en, const Patient& p) -> Result<QList<services::RegistryMatchHit>> {
            ++calls;
            auto r = sync::RegistryMatch(nullptr, 2000).find(en, p);
            EXPECT_FALSE(r.ok());
            if (!r.ok()) return r.error();
            return QList<services::RegistryMatchHit>{};
        });
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(found.isEmpty());
}

TEST_F(front_desk_match, AClinicNotEnrolledAsksNothing)
{
    int calls = 0;
    const QList<DuplicateCandidate> found = services::RegistryLookupService(*session).registryMatches(
        draft(), [&](const db::Enrolment&, const Patient&) -> Result<QList<services::RegistryMatchHit>> {
            ++calls;
            return QList<services::RegistryMatchHit>{};
        });
    EXPECT_TRUE(found.isEmpty());
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(audited(QStringLiteral("registry.match")), 0);
}

TEST_F(front_desk_match, AUserWhoMayNotLookUpTheRegistryAsksNothing)
{
    enrol();
    fake.matchEntries = QJsonArray{entry(atOtherFacility(QStringLiteral("Ayesha Bibi"), 4105), 0.9, QStringLiteral("probable"))};
    addUser(db, QStringLiteral("lhw1"), Role::Lhw, kPassword);
    auto lhw = services::Session::unlock(db.path, QStringLiteral("lhw1"), kPassword, QStringLiteral("test"));
    ASSERT_TRUE(lhw.ok()) << lhw.error().message.toStdString();
    const QList<DuplicateCandidate> found = services::RegistryLookupService(*lhw.value()).registryMatches(draft(), overFake(3000));
    EXPECT_TRUE(found.isEmpty());
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(fake.calls(Op::Match), 0);
}

TEST_F(front_desk_match, SamePersonFetchesTheChosenRecordByItsMrWithTheReason)
{
    enrol();
    const Patient ayesha = atOtherFacility(QStringLiteral("Ayesha Bibi"), 4104);
    fake.matchEntries = QJsonArray{entry(ayesha, 0.87, QStringLiteral("probable"))};
    services::RegistryLookupService service(*session);
    const QList<DuplicateCandidate> found = service.registryMatches(draft(), overFake(3000));
    ASSERT_EQ(found.size(), 1);
    QString askedSystem, askedDigits, askedReason;
    auto id = service.adoptMatch(found.first(), [&](const db::Enrolment&, const QString& system, const QString& digits, const QString&,
                                                    const QString& reason, const services::CancelFlag&) -> Result<db::PulledPage> {
        askedSystem = system;
        askedDigits = digits;
        askedReason = reason;
        db::PulledPage page;
        db::PulledPatient p;
        p.patient = ayesha;
        p.patient.version = 1;
        p.patient.createdAt = p.patient.updatedAt = QDateTime::currentDateTimeUtc();
        p.serverVersion = 1;
        page.patients.append(p);
        return page;
    });
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(id.value(), ayesha.id);
    EXPECT_EQ(askedSystem, IdSystem::Mr);
    EXPECT_EQ(askedDigits, ayesha.mrNumber());
    EXPECT_EQ(askedReason, services::RegistryLookupService::adoptReason());
    EXPECT_TRUE(db::PatientRepository(session->store().conn()).get(ayesha.id).ok());
    EXPECT_EQ(audited(QStringLiteral("registry.lookup")), 1);
    EXPECT_EQ(audited(QStringLiteral("registry.lookup.fetched")), 1);
}
