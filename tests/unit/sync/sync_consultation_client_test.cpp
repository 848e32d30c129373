// The specialist's registry calls (sync/ConsultationClient.h) against the fake registry: the
// inbox read with the FHIR mapping and the photo bytes fetched once and checked; the claim; and
// every failure (a status per path, a hang, an answer cut mid-body, a damaged photo, a malformed
// answer) is an error with a clear message and no partial result.
#include "SyncFixture.h"

#include "bhu/db/SyncStateStore.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/sync/ConsultationClient.h"
#include "bhu/sync/RegistryClient.h"

#include <QCryptographicHash>
#include <QTimer>

using namespace bhu;
using namespace bhu::test;

namespace {
class ConsultationClientTest : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        auto e = db::SyncStateStore(store->conn()).enrolment();
        ASSERT_TRUE(e.ok());
        enrolment = e.value();
        enrolment.registryUrl = FakeRegistry::base();
        request.id = QStringLiteral("3f1c2a4e-5b6d-4e8f-9a0b-1c2d3e4f5a6b");
        request.patientId = QStringLiteral("0b4f8c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e");
        request.visitId = QStringLiteral("7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7");
        request.facilityCode = QStringLiteral("BHU-0001");
        request.specialty = QStringLiteral("dermatology");
        request.urgency = ConsultationUrgency::Urgent;
        request.question = QStringLiteral("What is this rash, and how to treat it?");
        request.caseSummary = QStringLiteral("F 34y, rash 3 weeks");
        request.requestedBy = QStringLiteral("drsana");
        request.requestedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 2; ++i) {
            ConsultationPhoto p;
            p.id = QStringLiteral("a1b2c3d4-0000-4000-8000-00000000000%1").arg(i);
            p.consultationId = request.id;
            p.caption = QStringLiteral("lesion %1").arg(i);
            p.data = QByteArray(20000 + i * 1000, char('a' + i));
            p.size = p.data.size();
            p.sha256 = QCryptographicHash::hash(p.data, QCryptographicHash::Sha256).toHex();
            p.addedAt = request.requestedAt;
            photos.append(p);
            fake.binaries.insert(p.id, p.data);
            fake.completeBinaries.insert(p.id);
        }
        fake.consultGranted.insert(QStringLiteral("dermatology"));
        fake.consultInbox = inboxBundle();
    }

    QJsonObject entry(const QJsonObject& resource, const char* mode)
    {
        return QJsonObject{{QStringLiteral("resource"), resource},
                           {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QString::fromLatin1(mode)}}}};
    }
    QJsonObject inboxBundle()
    {
        QJsonArray entries{entry(fhir::consultationRequestToFhir(request), "match")};
        for (const ConsultationPhoto& p : photos) entries.append(entry(fhir::consultationPhotoToFhir(p, request.patientId), "include"));
        return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                           {QStringLiteral("type"), QStringLiteral("searchset")},
                           {QStringLiteral("entry"), entries}};
    }
    sync::ConsultationClient client()
    {
        sync::ConsultationClient c(&fake, 1500);
        c.setHeldPhoto([this](const QString& id) { return held.contains(id); });
        return c;
    }

    db::Enrolment enrolment;
    ConsultationRequest request;
    QList<ConsultationPhoto> photos;
    QSet<QString> held;
};
} // namespace

TEST_F(ConsultationClientTest, TheInboxBringsTheRequestAndThePhotoBytesItDoesNotHold)
{
    auto r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_EQ(r->size(), 1);
    const sync::InboxCase& c = r->first();
    EXPECT_EQ(c.request.id, request.id);
    EXPECT_EQ(c.request.urgency, ConsultationUrgency::Urgent);
    ASSERT_EQ(c.photos.size(), 2);
    EXPECT_EQ(c.photos[0].data, photos[0].data);
    EXPECT_EQ(c.photos[1].data, photos[1].data);
    EXPECT_EQ(fake.binaryReads.size(), 2);

    // A photo held already is not fetched again.
    held.insert(photos[0].id);
    fake.binaryReads.clear();
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(fake.binaryReads, QStringList{photos[1].id});
    EXPECT_TRUE(r->first().photos[0].data.isEmpty());
}

TEST_F(ConsultationClientTest, TheClaimWinsOrSaysAnotherSpecialistWasFaster)
{
    auto c = client().claim(enrolment, request.id, QStringLiteral("dr_khan"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->id, request.id);
    EXPECT_EQ(c->assignedTo, QStringLiteral("dr_khan"));
    EXPECT_EQ(c->assignedFacility, QStringLiteral("HOSP-0001"));
    EXPECT_TRUE(c->claimedAt.isValid());
    fake.claimedElsewhere.insert(request.id);
    c = client().claim(enrolment, request.id, QStringLiteral("dr_khan"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("Another specialist"))) << c.error().message.toStdString();
}

TEST_F(ConsultationClientTest, ARefusalPerPathIsAClearError)
{
    // Without the grant: the registry's refusal and what to do.
    fake.consultGranted.clear();
    auto r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    // A server error on the photo: the whole inbox fails, nothing partial.
    fake.consultGranted.insert(QStringLiteral("dermatology"));
    fake.setFault(Op::BinaryRead, Fault{Fault::Kind::Status, 503, 0, 1});
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(sync::RegistryClient::httpStatus(r.error()), 503);
    // 404 for a photo (not complete at the registry).
    fake.completeBinaries.remove(photos[1].id);
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    // The claim: 500.
    fake.setFault(Op::ConsultClaim, Fault{Fault::Kind::Status, 500, 0, 1});
    auto c = client().claim(enrolment, request.id, QStringLiteral("dr_khan"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(sync::RegistryClient::httpStatus(c.error()), 500);
}

TEST_F(ConsultationClientTest, AHangTimesOutAndACutAnswerIsRejected)
{
    fake.setFault(Op::ConsultInbox, Fault{Fault::Kind::Hang, 0, 0, 1});
    auto r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(sync::RegistryClient::isTransient(r.error())) << r.error().detail.toStdString();
    fake.setFault(Op::ConsultInbox, Fault{Fault::Kind::CutBody, 0, 0, 1});
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    fake.setFault(Op::BinaryRead, Fault{Fault::Kind::CutBody, 0, 0, 1});
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    // Afterwards it works again.
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    EXPECT_TRUE(r.ok());
}

TEST_F(ConsultationClientTest, APhotoWhoseBytesDoNotMatchItsHashIsRejected)
{
    fake.binaries[photos[1].id][100] = 'X';
    auto r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("damaged"))) << r.error().message.toStdString();
}

TEST_F(ConsultationClientTest, AMalformedAnswerIsRejected)
{
    fake.consultInbox = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")}};
    auto r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    // A request without its required parts.
    QJsonObject bad = inboxBundle();
    QJsonArray entries = bad.value(u"entry").toArray();
    QJsonObject first = entries.at(0).toObject();
    QJsonObject res = first.value(u"resource").toObject();
    res.remove(QStringLiteral("subject"));
    first.insert(QStringLiteral("resource"), res);
    entries.replace(0, first);
    bad.insert(QStringLiteral("entry"), entries);
    fake.consultInbox = bad;
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    // Broken JSON.
    fake.consultInbox = inboxBundle();
    fake.setFault(Op::ConsultInbox, Fault{Fault::Kind::MalformedJson, 0, 0, 1});
    r = client().fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(r.error().message.isEmpty());
}

TEST_F(ConsultationClientTest, CancelAbortsTheRequestInFlight)
{
    fake.setFault(Op::ConsultInbox, Fault{Fault::Kind::Hang, 0, 0, 1});
    auto cancel = std::make_shared<std::atomic_bool>(false);
    sync::ConsultationClient c(&fake, 60000);
    c.setCancelFlag(cancel);
    QTimer::singleShot(50, [cancel] { *cancel = true; });
    auto r = c.fetchInbox(enrolment, QStringLiteral("dermatology"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
}
