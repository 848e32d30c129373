// The set-based push (one Bundle = a few statements) and the feed's sync sessions: a pull that
// names its run's session does not get back what that run pushed; every other pull does.
#include "RegistryFixture.h"

namespace bhu::test {

namespace {
const QString kSessionUrl = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/sync-session");

QJsonObject inSession(QJsonObject bundle, const QString& session)
{
    bundle.insert(QStringLiteral("meta"),
                  QJsonObject{{QStringLiteral("extension"),
                               QJsonArray{QJsonObject{{QStringLiteral("url"), kSessionUrl}, {QStringLiteral("valueString"), session}}}}});
    return bundle;
}

QStringList urlsOf(const Resp& r)
{
    QStringList out;
    for (const QJsonValue& v : r.json.value(u"entry").toArray()) out << v.toObject().value(u"fullUrl").toString();
    return out;
}

QString cursorOf(const Resp& r)
{
    return r.json.value(u"meta").toObject().value(u"extension").toArray().at(0).toObject().value(u"valueString").toString();
}
} // namespace

using SessionFeed = RegistryTest;
using BatchPush = RegistryTest;

TEST_F(SessionFeed, APullNamingItsSessionSkipsWhatThatSessionPushed)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const QString session = newId();
    const Patient mine = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId();
    ASSERT_EQ(postJson("/fhir", inSession(transaction({entry(patientResource(mine, 1)), entry(encounterResource(enc, mine.id))}), session),
                       a.credential).status, 200);
    // The same device's push of an earlier run (another session) and one that named none.
    const Patient earlier = makePatient(a.facilityCode, QStringLiteral("Bushra"));
    ASSERT_EQ(postJson("/fhir", inSession(transaction({entry(patientResource(earlier, 1))}), newId()), a.credential).status, 200);
    const Patient plain = makePatient(a.facilityCode, QStringLiteral("Chanda"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(plain, 1))}), a.credential).status, 200);
    const long long last = count("SELECT max(seq) FROM changes");

    const Resp own = get("/fhir/$changes?_count=2&session=" + session.toStdString(), a.credential);
    ASSERT_EQ(own.status, 200) << own.body;
    EXPECT_EQ(urlsOf(own), (QStringList{QStringLiteral("Patient/") + earlier.id, QStringLiteral("Patient/") + plain.id}));
    EXPECT_TRUE(own.json.value(u"link").toArray().isEmpty());
    EXPECT_EQ(cursorOf(own), QStringLiteral("v1.%1").arg(last));   // past the skipped changes too

    // A restored database or a later run pulls with another session (or none): everything.
    const QStringList all{QStringLiteral("Patient/") + mine.id, QStringLiteral("Encounter/") + enc, QStringLiteral("Patient/") + earlier.id,
                          QStringLiteral("Patient/") + plain.id};
    EXPECT_EQ(urlsOf(get("/fhir/$changes", a.credential)), all);
    EXPECT_EQ(urlsOf(get("/fhir/$changes?session=" + newId().toStdString(), a.credential)), all);
    // A re-enrolled device (a new device id) or a second computer of the facility gets
    // everything, even naming the first device's session.
    const Device again = enroll(QStringLiteral("FA"), 0);
    ASSERT_NE(again.id, a.id);
    EXPECT_EQ(urlsOf(get("/fhir/$changes?session=" + session.toStdString(), again.credential)), all);
}

TEST_F(SessionFeed, ASessionThatIsNoUuidIs400)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Resp r = get("/fhir/$changes?session=garbage", a.credential);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(issueCode(r), QStringLiteral("invalid"));
}

TEST_F(BatchPush, TwoVersionsOfAPatientInOneBundleAndAReplayStoreNothingTwice)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    const QString enc = newId(), cond = newId();
    const QJsonObject v1 = patientResource(p, 1);
    p.phone = QStringLiteral("+923001234567");
    const QJsonObject v2 = patientResource(p, 2);
    const QJsonObject bundle = inSession(transaction({entry(v1), entry(encounterResource(enc, p.id)), entry(v2),
                                                      entry(conditionResource(cond, p.id, enc, QStringLiteral("Malaria"))),
                                                      entry(conditionResource(cond, p.id, enc, QStringLiteral("Malaria")))}),
                                         newId());
    const Resp first = postJson("/fhir", bundle, d.credential);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(entryStatus(first, 0), QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(first, 1), QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(first, 2), QStringLiteral("200 OK"));   // version 2, seen against version 1 of this Bundle
    EXPECT_EQ(entryStatus(first, 3), QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(first, 4), QStringLiteral("201 Created"));   // the same entry twice answers the same
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 3);
    EXPECT_EQ(count("SELECT server_version FROM resources WHERE type = 'Patient'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM resources WHERE type = 'Patient' AND content->>'telecom' IS NOT NULL"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM changes"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM catchment"), 1);
    // Sequence numbers follow the entries: Patient 1, Encounter, Patient 2, Condition.
    EXPECT_EQ(count("SELECT count(*) FROM (SELECT type, version, row_number() OVER (ORDER BY seq) AS n FROM changes) c"
                    " WHERE (n, type, version) IN ((1, 'Patient', 1), (2, 'Encounter', 1), (3, 'Patient', 2), (4, 'Condition', 1))"),
              4);

    const Resp replay = postJson("/fhir", bundle, d.credential);
    ASSERT_EQ(replay.status, 200);
    EXPECT_EQ(replay.json, first.json);
    // Replayed with one new entry: only that one is stored.
    QJsonArray more = bundle.value(u"entry").toArray();
    more.append(entry(conditionResource(newId(), p.id, enc, QStringLiteral("Anaemia"))));
    QJsonObject bigger = bundle;
    bigger.insert(QStringLiteral("entry"), more);
    const Resp third = postJson("/fhir", bigger, d.credential);
    ASSERT_EQ(third.status, 200) << third.body;
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(third.json.value(u"entry").toArray().at(i), first.json.value(u"entry").toArray().at(i)) << i;
    EXPECT_EQ(entryStatus(third, 5), QStringLiteral("201 Created"));
    EXPECT_EQ(count("SELECT count(*) FROM resources"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions"), 5);
    EXPECT_EQ(count("SELECT count(*) FROM changes"), 5);
    EXPECT_EQ(count("SELECT count(DISTINCT seq) FROM changes"), 5);
}

} // namespace bhu::test
