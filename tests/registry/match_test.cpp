// POST Patient/$match against the real registry: candidates from the blocking index
// (match_keys, kept current by push), FHIR grades and scores, onlyCertainMatches, count, auth,
// and the backfill `bhu-registry migrate` runs for patients stored without keys.
#include "RegistryFixture.h"

#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/NameFrequencyRefresh.h"
#include "bhu/test/TestSupport.h"

#include <chrono>
#include <thread>

namespace bhu::test {

namespace {
using Match = RegistryTest;

QJsonObject matchParameters(const Patient& p, int count = 0, bool onlyCertain = false)
{
    QJsonObject resource = fhir::patientToFhir(p);
    resource.remove(QStringLiteral("id"));
    QJsonArray params{QJsonObject{{QStringLiteral("name"), QStringLiteral("resource")}, {QStringLiteral("resource"), resource}}};
    if (count > 0) params.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("count")}, {QStringLiteral("valueInteger"), count}});
    if (onlyCertain)
        params.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("onlyCertainMatches")}, {QStringLiteral("valueBoolean"), true}});
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), params}};
}

QString gradeOf(const QJsonObject& entry)
{
    const QJsonObject search = entry.value(u"search").toObject();
    for (const QJsonValue& e : search.value(u"extension").toArray())
        if (e.toObject().value(u"url").toString() == u"http://hl7.org/fhir/StructureDefinition/match-grade")
            return e.toObject().value(u"valueCode").toString();
    return {};
}

// Ayesha, D/O Ghulam Rasool, registered at facility A with her CNIC; her brother Imran.
struct Stored {
    Patient ayesha, imran;
};
Stored storeFamily(RegistryTest& t, const Device& d, const std::function<Resp(const QJsonObject&)>& push)
{
    Stored s;
    s.ayesha = makePatient(d.facilityCode, QStringLiteral("Ayesha Bibi"));
    s.ayesha.relation = Relation::DaughterOf;
    s.ayesha.guardianName = QStringLiteral("Ghulam Rasool");
    s.ayesha.birthDate = QDate(1996, 3, 12);
    s.ayesha.setIdentifier(IdSystem::Cnic, QStringLiteral("3310112345672"));
    s.imran = makePatient(d.facilityCode, QStringLiteral("Imran"));
    s.imran.sex = Sex::Male;
    s.imran.relation = Relation::SonOf;
    s.imran.guardianName = QStringLiteral("Ghulam Rasool");
    s.imran.birthDate = QDate(1998, 5, 1);
    const Resp r = push(transaction({entry(patientResource(s.ayesha, 1)), entry(patientResource(s.imran, 1))}));
    EXPECT_EQ(r.status, 200) << r.body;
    (void)t;
    return s;
}
} // namespace

TEST_F(Match, MarriedNameFindsTheMaidenRecordAsProbableAndTheCnicAsCertain)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Stored s = storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    EXPECT_GT(count("SELECT count(*) FROM match_keys WHERE patient_id = '" + s.ayesha.id.toStdString() + "'"), 0);

    // Facility B: "Aisha W/O Muhammad Aslam", about 30, same union council and village.
    Patient query = makePatient(b.facilityCode, QStringLiteral("Aisha"));
    query.identifiers.clear();
    query.relation = Relation::WifeOf;
    query.guardianName = QStringLiteral("Muhammad Aslam");
    query.phone.clear();
    query.birthDate = QDate(1995, 1, 1);
    query.birthDateEstimated = true;
    const Resp r = postJson("/fhir/Patient/$match", matchParameters(query), b.credential);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json.value(u"type").toString(), QStringLiteral("searchset"));
    const QJsonArray entries = r.json.value(u"entry").toArray();
    ASSERT_GE(entries.size(), 1) << r.body;
    const QJsonObject first = entries.at(0).toObject();
    EXPECT_EQ(first.value(u"fullUrl").toString(), QStringLiteral("Patient/") + s.ayesha.id);
    EXPECT_EQ(gradeOf(first), QStringLiteral("probable"));
    const double score = first.value(u"search").toObject().value(u"score").toDouble();
    EXPECT_GT(score, 0.5);
    EXPECT_LT(score, 1.0);
    for (const QJsonValue& e : entries) EXPECT_NE(e.toObject().value(u"fullUrl").toString(), QStringLiteral("Patient/") + s.imran.id);
    EXPECT_GE(count("SELECT count(*) FROM lookups WHERE kind = 'match'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM catchment WHERE patient_id = '" + s.ayesha.id.toStdString() + "'"), 1);   // A only

    // Only certain matches: none by demographics; the CNIC makes it certain with score 1.
    const Resp none = postJson("/fhir/Patient/$match", matchParameters(query, 5, true), b.credential);
    ASSERT_EQ(none.status, 200) << none.body;
    EXPECT_EQ(none.json.value(u"entry").toArray().size(), 0);
    query.setIdentifier(IdSystem::Cnic, QStringLiteral("33101-1234567-2"));
    const Resp certain = postJson("/fhir/Patient/$match", matchParameters(query, 5, true), b.credential);
    ASSERT_EQ(certain.status, 200) << certain.body;
    ASSERT_EQ(certain.json.value(u"entry").toArray().size(), 1) << certain.body;
    const QJsonObject c = certain.json.value(u"entry").toArray().at(0).toObject();
    EXPECT_EQ(gradeOf(c), QStringLiteral("certain"));
    EXPECT_DOUBLE_EQ(c.value(u"search").toObject().value(u"score").toDouble(), 1.0);
}

TEST_F(Match, EditedPatientsAreReindexed)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    Stored s = storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    const std::string where = "patient_id = '" + s.imran.id.toStdString() + "'";
    EXPECT_GT(count("SELECT count(*) FROM match_keys WHERE " + where + " AND key LIKE 'nu:imrn:%'"), 0);
    s.imran.name = QStringLiteral("Usman");
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(s.imran, 2), 1)}), a.credential).status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM match_keys WHERE " + where + " AND key LIKE 'nu:imrn:%'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM match_keys WHERE " + where + " AND key LIKE 'nu:usmn:%'"), 0);
}

TEST_F(Match, PatientsMergedIntoAnotherAreNotCandidates)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    Stored s = storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    Patient query = s.ayesha;
    query.id.clear();
    const auto ids = [&] {
        QStringList out;
        const Resp r = postJson("/fhir/Patient/$match", matchParameters(query), a.credential);
        EXPECT_EQ(r.status, 200) << r.body;
        for (const QJsonValue& e : r.json.value(u"entry").toArray()) out << e.toObject().value(u"fullUrl").toString();
        return out;
    };
    ASSERT_TRUE(ids().contains(QStringLiteral("Patient/") + s.ayesha.id));
    // Merged by the registry (links pushed by a clinic are ignored: the registry owns them).
    const RunResult merged = run(QStringLiteral("bhu-registry"), {QStringLiteral("merge"), QStringLiteral("--survivor"), s.imran.mrNumber(),
                                                                  QStringLiteral("--merged"), s.ayesha.mrNumber(), QStringLiteral("--db"), conninfo});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_FALSE(ids().contains(QStringLiteral("Patient/") + s.ayesha.id));
}

TEST_F(Match, RefusesBadParametersAndUnauthenticatedCalls)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Patient p = makePatient(a.facilityCode, QStringLiteral("Aisha"));
    EXPECT_EQ(postJson("/fhir/Patient/$match", matchParameters(p), QStringLiteral("not-a-credential")).status, 401);
    EXPECT_EQ(postJson("/fhir/Patient/$match", matchParameters(p, 500), a.credential).status, 400);
    EXPECT_EQ(postJson("/fhir/Patient/$match", QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}}, a.credential).status,
              400);
    EXPECT_EQ(postJson("/fhir/Patient/$match", patientResource(p, 1), a.credential).status, 400);
}

TEST_F(Match, MigrateIndexesPatientsStoredWithoutKeys)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    const long long keys = count("SELECT count(*) FROM match_keys");
    ASSERT_GT(keys, 0);
    exec("DELETE FROM match_keys");
    const RunResult r = run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo}, QString());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("indexed 2 patient(s)")) << r.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM match_keys"), keys);
}

// `serve` recounts the name frequencies on its own (registry/NameFrequencyRefresh; the
// interval is name-frequency-hours, here one second): nobody has to remember a nightly job.
TEST_F(Match, TheRefreshThreadRecountsNameFrequenciesOnItsOwn)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    ASSERT_EQ(count("SELECT count(*) FROM name_frequency"), 0);
    {
        registry::Db db(conninfo.toStdString(), 1);
        registry::NameFrequencyRefresh refresh(db, std::chrono::seconds(1));
        for (int i = 0; i < 300 && count("SELECT count(*) FROM name_frequency_totals") == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }   // stops and joins the thread
    EXPECT_EQ(count("SELECT patients FROM name_frequency_totals WHERE sex = 'all'"), 2);
    EXPECT_GT(count("SELECT count(*) FROM name_frequency"), 0);
}

TEST_F(Match, MigrateCountsNameFrequenciesAndMatchWeighsARareNameMore)
{
    // Value-specific name weights (docs/matching.md, "Name frequencies"): three women called
    // Fatima and Ayesha (a rare name here) in one union council; Imran is the only man.
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Stored s = storeFamily(*this, a, [&](const QJsonObject& bundle) { return postJson("/fhir", bundle, a.credential); });
    QJsonArray fatimas;
    for (int i = 0; i < 3; ++i) {
        Patient f = makePatient(a.facilityCode, QStringLiteral("Fatima"));
        f.guardianName = QStringLiteral("Ghulam Nabi %1").arg(QChar(u'A' + i));
        fatimas.append(entry(patientResource(f, 1)));
    }
    ASSERT_EQ(postJson("/fhir", transaction(fatimas), a.credential).status, 200);

    Patient query = makePatient(b.facilityCode, QStringLiteral("Aisha"));
    query.identifiers.clear();
    query.relation = Relation::WifeOf;
    query.guardianName = QStringLiteral("Muhammad Aslam");
    query.phone.clear();
    query.birthDate = QDate(1995, 1, 1);
    query.birthDateEstimated = true;
    auto scoreOfAyesha = [&] {
        const Resp r = postJson("/fhir/Patient/$match", matchParameters(query), b.credential);
        EXPECT_EQ(r.status, 200) << r.body;
        for (const QJsonValue& e : r.json.value(u"entry").toArray())
            if (e.toObject().value(u"fullUrl").toString() == QStringLiteral("Patient/") + s.ayesha.id)
                return e.toObject().value(u"search").toObject().value(u"score").toDouble();
        return -1.0;
    };
    // Before the first count: flat weights.
    EXPECT_EQ(count("SELECT count(*) FROM name_frequency"), 0);
    const double flat = scoreOfAyesha();
    ASSERT_GT(flat, 0.0);

    const RunResult r = run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo}, QString());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("name frequencies of 5 patient(s)")) << r.out.toStdString();
    EXPECT_EQ(count("SELECT patients FROM name_frequency_totals WHERE sex = 'all'"), 5);
    EXPECT_EQ(count("SELECT patients FROM name_frequency_totals WHERE sex = 'female'"), 4);
    EXPECT_EQ(count("SELECT patients FROM name_frequency_totals WHERE sex = 'male'"), 1);
    EXPECT_EQ(count("SELECT max(patients) FROM name_frequency WHERE sex = 'female'"), 3);   // Fatima
    EXPECT_EQ(count("SELECT count(*) FROM name_frequency WHERE sex = 'female' AND patients = 1"), 1);   // Ayesha

    // Ayesha is rare among these women: agreeing on her name now weighs more.
    EXPECT_GT(scoreOfAyesha(), flat + 0.01);
}

} // namespace bhu::test
