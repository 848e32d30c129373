// Demographics merge field by field against the base named by ifMatch.
#include "RegistryFixture.h"

#include "bhu/fhir/FhirPatient.h"

namespace bhu::test {

class Merge : public RegistryTest {
protected:
    void SetUp() override
    {
        RegistryTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        a = enroll(QStringLiteral("FA"), 1);
        b = enroll(QStringLiteral("FB"), 2);
        p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
        ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential), 0), QStringLiteral("201 Created"));
        // B looks the patient up, so it may edit it.
        ASSERT_EQ(get("/fhir/Patient?identifier=" + kMrSystem.toStdString() + "|" + p.mrNumber().toStdString(), b.credential).status, 200);
    }
    Patient current()
    {
        const Resp r = get("/fhir/Patient/" + p.id.toStdString(), a.credential);
        EXPECT_EQ(r.status, 200);
        auto q = fhir::patientFromFhir(r.json);
        EXPECT_TRUE(q.ok());
        return q.ok() ? q.value() : Patient{};
    }
    Device a, b;
    Patient p;
};

TEST_F(Merge, EditsOfDifferentFieldsAreBothKept)
{
    Patient ea = p;
    ea.phone = QStringLiteral("+923219876543");
    Patient eb = p;
    eb.address.village = QStringLiteral("Chak 46");
    const Resp ra = postJson("/fhir", transaction({entry(patientResource(ea, 2), 1)}), a.credential);
    EXPECT_EQ(entryStatus(ra, 0), QStringLiteral("200 OK"));
    const Resp rb = postJson("/fhir", transaction({entry(patientResource(eb, 2), 1)}), b.credential);
    EXPECT_EQ(entryStatus(rb, 0), QStringLiteral("200 OK"));
    // B's answer carries the merged resource (it differs from what B sent).
    EXPECT_EQ(entryResource(rb, 0).value(u"telecom").toArray().at(0).toObject().value(u"value").toString(), QStringLiteral("+923219876543"));

    const Patient now = current();
    EXPECT_EQ(now.phone, QStringLiteral("+923219876543"));
    EXPECT_EQ(now.address.village, QStringLiteral("Chak 46"));
    EXPECT_EQ(count("SELECT count(*) FROM merge_conflicts"), 0);
    EXPECT_EQ(count("SELECT server_version FROM resources WHERE type = 'Patient'"), 3);
}

TEST_F(Merge, SameFieldChangedOnBothSidesLaterWinsAndTheLoserIsRecorded)
{
    Patient ea = p;
    ea.phone = QStringLiteral("+923111111111");
    Patient eb = p;
    eb.phone = QStringLiteral("+923222222222");
    ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(ea, 2), 1)}), a.credential), 0), QStringLiteral("200 OK"));
    const Resp rb = postJson("/fhir", transaction({entry(patientResource(eb, 2), 1)}), b.credential);
    ASSERT_EQ(entryStatus(rb, 0), QStringLiteral("200 OK"));
    EXPECT_EQ(current().phone, QStringLiteral("+923222222222"));
    EXPECT_EQ(count("SELECT count(*) FROM merge_conflicts WHERE field = 'phone' AND losing_value = '+923111111111'"), 1);

    // The conflict travels with the new version: in the response and in A's feed.
    const QString ext = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/merge-conflict");
    auto hasConflict = [&](const QJsonObject& patient) {
        for (const QJsonValue& v : patient.value(u"extension").toArray()) {
            if (v.toObject().value(u"url").toString() != ext) continue;
            const QJsonArray parts = v.toObject().value(u"extension").toArray();
            return parts.at(0).toObject().value(u"valueString").toString() == u"phone" &&
                   parts.at(1).toObject().value(u"valueString").toString() == u"+923111111111" &&
                   parts.at(2).toObject().value(u"valueString").toString() == a.facilityCode;
        }
        return false;
    };
    EXPECT_TRUE(hasConflict(entryResource(rb, 0)));
    const Resp feed = get("/fhir/$changes", a.credential);
    const QJsonArray entries = feed.json.value(u"entry").toArray();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_TRUE(hasConflict(entries.at(2).toObject().value(u"resource").toObject()));
    EXPECT_FALSE(hasConflict(entries.at(1).toObject().value(u"resource").toObject()));
}

TEST_F(Merge, IdentifiersAreOnlyAdded)
{
    Patient eb = p;
    eb.identifiers = {Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")}};   // B dropped the MR number
    ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(eb, 2), 1)}), b.credential), 0), QStringLiteral("200 OK"));
    const Patient now = current();
    EXPECT_EQ(now.identifier(IdSystem::Mr), p.mrNumber());
    EXPECT_EQ(now.identifier(IdSystem::Cnic), QStringLiteral("3520212345671"));
}

} // namespace bhu::test
