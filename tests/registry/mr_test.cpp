// MR numbers: blocks from one server sequence, idempotent by request id; a provisionally
// numbered patient gets a national number and keeps the provisional one.
#include "RegistryFixture.h"

#include "bhu/domain/MrNumber.h"

namespace bhu::test {

namespace {
QJsonObject countParams(int n)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                       {QStringLiteral("parameter"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("count")}, {QStringLiteral("valueInteger"), n}}}}};
}
struct Block {
    QString id;
    qint64 first = -1;
    int count = 0;
};
Block readBlock(const Resp& r)
{
    Block b;
    for (const QJsonValue& v : r.json.value(u"parameter").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name").toString() == u"blockId") b.id = p.value(u"valueString").toString();
        if (p.value(u"name").toString() == u"firstPayload") b.first = p.value(u"valueString").toString().toLongLong();
        if (p.value(u"name").toString() == u"count") b.count = p.value(u"valueInteger").toInt();
    }
    return b;
}
} // namespace

using Mr = RegistryTest;

TEST_F(Mr, BlocksAreDisjointAcrossFacilitiesAndIdempotentByRequestId)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Resp r1 = postJson("/fhir/$mr-block", countParams(500), a.credential, {{"X-Request-ID", "req-a-1"}});
    ASSERT_EQ(r1.status, 200) << r1.body;
    const Block a1 = readBlock(r1);
    EXPECT_EQ(a1.count, 500);
    EXPECT_EQ(r1.json.value(u"parameter").toArray().at(1).toObject().value(u"valueString").toString().size(), 11);

    const Resp again = postJson("/fhir/$mr-block", countParams(500), a.credential, {{"X-Request-ID", "req-a-1"}});
    EXPECT_EQ(again.json, r1.json);
    const Block b1 = readBlock(postJson("/fhir/$mr-block", countParams(1000), b.credential, {{"X-Request-ID", "req-a-1"}}));
    const Block a2 = readBlock(postJson("/fhir/$mr-block", countParams(200), a.credential, {{"X-Request-ID", "req-a-2"}}));
    ASSERT_GE(b1.first, 0);
    ASSERT_GE(a2.first, 0);
    const QList<Block> all{a1, b1, a2};
    for (qsizetype i = 0; i < all.size(); ++i)
        for (qsizetype j = i + 1; j < all.size(); ++j)
            EXPECT_TRUE(all[i].first + all[i].count <= all[j].first || all[j].first + all[j].count <= all[i].first) << i << " " << j;
    EXPECT_EQ(count("SELECT count(*) FROM mr_blocks"), 3);
}

TEST_F(Mr, BadCountIs400)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Resp r = postJson("/fhir/$mr-block", countParams(0), a.credential);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(issueCode(r), QStringLiteral("invalid"));
}

TEST_F(Mr, AProvisionalPatientGetsANationalNumberAndKeepsTheProvisional)
{
    const Device a = enroll(QStringLiteral("FA"), 7);
    Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    const QString provisional = MrNumber::provisional(7, 1).value().digits();
    p.identifiers = {Identifier{IdSystem::MrProvisional, provisional}};
    const Block before = readBlock(postJson("/fhir/$mr-block", countParams(10), a.credential));

    const Resp r = postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential);
    ASSERT_EQ(entryStatus(r, 0), QStringLiteral("201 Created")) << r.body;
    const QJsonObject stored = entryResource(r, 0);   // returned because the registry changed it
    const QString national = identifierValue(stored, kMrSystem);
    ASSERT_FALSE(national.isEmpty()) << r.body;
    EXPECT_EQ(identifierValue(stored, kMrProvisionalSystem), provisional);
    auto mr = MrNumber::parse(national);
    ASSERT_TRUE(mr.ok());
    EXPECT_FALSE(mr.value().isProvisional());
    EXPECT_GE(mr.value().payload(), before.first + before.count);   // not inside an issued block

    // Both numbers find the patient.
    for (const QString& q : QStringList{kMrSystem + u'|' + national, kMrProvisionalSystem + u'|' + provisional}) {
        const Resp s = get("/fhir/Patient?identifier=" + q.toStdString(), a.credential);
        EXPECT_EQ(s.json.value(u"total").toInt(), 1) << q.toStdString();
    }
    // A patient with a national number is returned without a resource (nothing changed).
    const Resp plain = postJson("/fhir", transaction({entry(patientResource(makePatient(a.facilityCode, QStringLiteral("X")), 1))}), a.credential);
    EXPECT_TRUE(entryResource(plain, 0).isEmpty());
}

} // namespace bhu::test
