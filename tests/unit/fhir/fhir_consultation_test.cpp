// Teleconsultation FHIR (docs/telemedicine.md): every communicationrequest_* and communication_*
// golden input read back from its committed expected file gives the input again (the registry
// sends these files' shape back to the BHU), and broken resources are refused with a detail.
#include "GoldenFile.h"

#include "bhu/domain/ConsultationJson.h"
#include "bhu/fhir/FhirConsultation.h"

#include <cctype>

using namespace bhu;
using namespace bhu::fhir;
using namespace bhu::test;

namespace {
QJsonObject input(const std::string& name) { return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".input.json")).object(); }
QJsonObject expected(const std::string& name)
{
    return readJsonFixture(QString::fromStdString(name) + QStringLiteral(".expected.json")).object();
}
} // namespace

class FhirCommunicationRequestRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirCommunicationRequestRoundTrip, ExpectedFhirReadsBackToTheInput)
{
    const QString name = QString::fromStdString(GetParam());
    auto r = consultationRequestFromFhir(expected(GetParam()), configFor(name));
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    ConsultationRequest want = consultationRequestFromJson(input(GetParam()));
    // Local-only: the BHU's own bookkeeping of when it was claimed/answered is not on the wire.
    want.claimedAt = {};
    want.answeredAt = {};
    EXPECT_EQ(consultationRequestToJson(r.value()), consultationRequestToJson(want));
}
INSTANTIATE_TEST_SUITE_P(Fixtures, FhirCommunicationRequestRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("communicationrequest"))),
                         testName);

class FhirCommunicationRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FhirCommunicationRoundTrip, ExpectedFhirReadsBackToTheInput)
{
    const QString name = QString::fromStdString(GetParam());
    auto r = communicationFromFhir(expected(GetParam()), configFor(name));
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    const QJsonObject in = input(GetParam());
    if (in.contains(u"mime_type")) {
        ASSERT_TRUE(r->isPhoto);
        EXPECT_EQ(consultationPhotoToJson(r->photo, r->patientId), in);
    } else {
        ASSERT_FALSE(r->isPhoto);
        EXPECT_EQ(consultationMessageToJson(r->message), in);
    }
}
INSTANTIATE_TEST_SUITE_P(Fixtures, FhirCommunicationRoundTrip, ::testing::ValuesIn(inputs(QStringLiteral("communication"))), testName);

TEST(FhirConsultation, BrokenResourcesAreRefusedWithADetail)
{
    QJsonObject noSubject = expected("communicationrequest_urgent_dermatology");
    noSubject.remove(QStringLiteral("subject"));
    EXPECT_EQ(consultationRequestFromFhir(noSubject).error().detail, QStringLiteral("fhir.communicationrequest.subject"));
    QJsonObject noQuestion = expected("communicationrequest_urgent_dermatology");
    noQuestion.remove(QStringLiteral("payload"));
    EXPECT_EQ(consultationRequestFromFhir(noQuestion).error().detail, QStringLiteral("fhir.communicationrequest.payload"));
    QJsonObject orphan = expected("communication_answer_coded");
    orphan.remove(QStringLiteral("basedOn"));
    EXPECT_EQ(communicationFromFhir(orphan).error().detail, QStringLiteral("fhir.communication.based_on"));
    QJsonObject wrong = expected("communication_answer_coded");
    wrong.insert(QStringLiteral("resourceType"), QStringLiteral("Observation"));
    EXPECT_TRUE(communicationFromFhir(wrong).is(ErrorCode::Invalid));
}

TEST(FhirConsultation, TheTeleconsultationIsAVirtualEncounterPartOfTheVisit)
{
    const ConsultationRequest r = consultationRequestFromJson(input("communicationrequest_urgent_dermatology"));
    const ConsultationMessage a = consultationMessageFromJson(input("communication_answer_coded"));
    const QJsonObject e = consultationEncounterToFhir(r, a);
    EXPECT_EQ(e.value(u"resourceType").toString(), QStringLiteral("Encounter"));
    EXPECT_EQ(e.value(u"class").toObject().value(u"code").toString(), QStringLiteral("VR"));
    EXPECT_EQ(e.value(u"partOf").toObject().value(u"reference").toString(), QStringLiteral("Encounter/") + r.visitId);
    EXPECT_EQ(e.value(u"status").toString(), QStringLiteral("finished"));
}
