// The master patient index's merge model: admin merge / unmerge, old MR numbers resolving to the
// survivor, the change feed reaching both facilities, the review queue and its permission, and
// auto-link on the deterministic case (same CNIC).
#include "RegistryFixture.h"
#include "bhu/test/TestSupport.h"

#include <QUrl>

namespace bhu::test {

namespace {
using Mpi = RegistryTest;

QJsonArray links(const QJsonObject& patient) { return patient.value(u"link").toArray(); }

QString linkTarget(const QJsonObject& patient, const QString& type)
{
    for (const QJsonValue& l : links(patient))
        if (l[u"type"].toString() == type) return l[u"other"][u"reference"].toString().section(u'/', 1);
    return {};
}

QStringList feedIds(const QJsonArray& entries, const QString& type)
{
    QStringList out;
    for (const QJsonValue& e : entries)
        if (e[u"resource"][u"resourceType"].toString() == type) out << e[u"resource"][u"id"].toString();
    return out;
}

QJsonObject lastVersionOf(const QJsonArray& entries, const QString& id)
{
    QJsonObject out;
    for (const QJsonValue& e : entries)
        if (e[u"resource"][u"id"].toString() == id) out = e[u"resource"].toObject();
    return out;
}

QJsonObject param(const char* name, const char* key, const QJsonValue& v)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}, {QString::fromLatin1(key), v}};
}
QJsonObject parameters(const QJsonArray& list)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), list}};
}
} // namespace

class MpiFixture : public RegistryTest {
protected:
    RunResult registry(const QStringList& args)
    {
        return run(QStringLiteral("bhu-registry"), QStringList(args) << QStringLiteral("--db") << conninfo);
    }
    Resp search(const Device& d, const QString& system, const QString& value)
    {
        return get("/fhir/Patient?identifier=" + QUrl::toPercentEncoding(system + u'|' + value).toStdString(), d.credential);
    }
    QJsonArray changesOf(const Device& d)
    {
        const Resp r = get("/fhir/$changes?_count=1000", d.credential);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json.value(u"entry").toArray();
    }
    // Two facilities each register "the same woman" with a visit.
    void registerPair()
    {
        a = enroll(QStringLiteral("FA"), 1);
        b = enroll(QStringLiteral("FB"), 2);
        pa = makePatient(a.facilityCode, QStringLiteral("Ayesha Bibi"));
        pb = makePatient(b.facilityCode, QStringLiteral("Aisha"));
        encA = newId();
        encB = newId();
        ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pa, 1)), entry(encounterResource(encA, pa.id))}), a.credential).status, 200);
        ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pb, 1)), entry(encounterResource(encB, pb.id))}), b.credential).status, 200);
    }
    Device a, b;
    Patient pa, pb;
    QString encA, encB;
};

TEST_F(MpiFixture, AdminMergeLinksBothFeedsAndOldNumbersResolve)
{
    registerPair();
    const RunResult m = registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), pb.mrNumber()});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM mpi_audit WHERE action = 'merge' AND actor LIKE 'admin:%'"), 1);

    // Facility A now receives B's patient (linked) and B's visit; B receives A's patient.
    const QJsonArray feedA = changesOf(a), feedB = changesOf(b);
    EXPECT_TRUE(feedIds(feedA, QStringLiteral("Encounter")).contains(encB));
    EXPECT_TRUE(feedIds(feedB, QStringLiteral("Encounter")).contains(encA));
    EXPECT_EQ(linkTarget(lastVersionOf(feedA, pb.id), QStringLiteral("replaced-by")), pa.id);
    EXPECT_EQ(linkTarget(lastVersionOf(feedB, pb.id), QStringLiteral("replaced-by")), pa.id);
    EXPECT_EQ(linkTarget(lastVersionOf(feedB, pa.id), QStringLiteral("replaces")), pb.id);
    // The survivor comes before the merged record in the feed.
    EXPECT_LT(feedIds(feedB, QStringLiteral("Patient")).lastIndexOf(pa.id), feedIds(feedB, QStringLiteral("Patient")).lastIndexOf(pb.id));

    // A third facility looks up the old number and gets the survivor, with both visits.
    const Device c = enroll(QStringLiteral("FC"), 3);
    const Resp found = search(c, kMrSystem, pb.mrNumber());
    ASSERT_EQ(found.json.value(u"total").toInt(), 1) << found.body;
    EXPECT_EQ(found.json.value(u"entry").toArray().at(0)[u"resource"][u"id"].toString(), pa.id);
    const Resp all = get("/fhir/Patient/" + pa.id.toStdString() + "/$everything", c.credential);
    ASSERT_EQ(all.status, 200);
    EXPECT_EQ(feedIds(all.json.value(u"entry").toArray(), QStringLiteral("Encounter")).size(), 2);

    // A second merge of the same record is refused; an unknown number is "not found".
    EXPECT_EQ(registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 1);
    EXPECT_EQ(registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), QStringLiteral("999999999999")}).exitCode, 3);

    // A later push of the merged record by its clinic keeps the link (the registry owns links).
    pb.phone = QStringLiteral("+923331112222");
    const Resp edit = postJson("/fhir", transaction({entry(patientResource(pb, 2), 1)}), b.credential);
    ASSERT_EQ(edit.status, 200);
    EXPECT_EQ(linkTarget(entryResource(edit, 0), QStringLiteral("replaced-by")), pa.id) << edit.body;
}

TEST_F(MpiFixture, UnmergeReversesAndReachesBothFeeds)
{
    registerPair();
    ASSERT_EQ(registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 0);
    const RunResult u = registry({QStringLiteral("unmerge"), QStringLiteral("--merged"), pb.mrNumber()});
    ASSERT_EQ(u.exitCode, 0) << u.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL"), 0);
    for (const Device& d : {a, b}) {
        const QJsonArray f = changesOf(d);
        EXPECT_TRUE(links(lastVersionOf(f, pb.id)).isEmpty());
        EXPECT_TRUE(links(lastVersionOf(f, pa.id)).isEmpty());
    }
    const Resp found = search(a, kMrSystem, pb.mrNumber());
    EXPECT_EQ(found.json.value(u"entry").toArray().at(0)[u"resource"][u"id"].toString(), pb.id);
    EXPECT_EQ(registry({QStringLiteral("unmerge"), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 1);   // nothing to undo
}

TEST_F(MpiFixture, ReviewQueueNeedsTheGrantAndDecisionsMergeAndReverse)
{
    registerPair();
    const std::string lo = std::min(pa.id, pb.id).toStdString(), hi = std::max(pa.id, pb.id).toStdString();
    exec("INSERT INTO review_queue (patient_a, patient_b, score, agrees, differs) VALUES ('" + lo + "', '" + hi +
         "', 0.82, '[\"birthDate\",\"phone\"]', '[\"name\"]')");
    EXPECT_EQ(get("/fhir/$review-queue", a.credential).status, 403);
    ASSERT_EQ(registry({QStringLiteral("device"), QStringLiteral("allow-review"), QStringLiteral("--device"), a.id}).exitCode, 0);

    const Resp list = get("/fhir/$review-queue?status=open", a.credential);
    ASSERT_EQ(list.status, 200) << list.body;
    const QJsonArray params = list.json.value(u"parameter").toArray();
    ASSERT_EQ(params.at(0)[u"valueInteger"].toInt(), 1);
    const QJsonArray parts = params.at(1)[u"part"].toArray();
    int resources = 0;
    qint64 pairId = 0;
    for (const QJsonValue& p : parts) {
        resources += p[u"resource"].isObject();
        if (p[u"name"].toString() == u"id") pairId = p[u"valueInteger"].toInteger();
    }
    EXPECT_EQ(resources, 2);
    ASSERT_GT(pairId, 0);
    EXPECT_EQ(get("/fhir/$review-queue/" + std::to_string(pairId), a.credential).status, 200);

    auto decide = [&](const char* decision) {
        return postJson("/fhir/$review-decide",
                        parameters({param("pair", "valueInteger", pairId), param("decision", "valueCode", QString::fromLatin1(decision)),
                                    param("user", "valueString", QStringLiteral("supervisor1"))}),
                        a.credential);
    };
    EXPECT_EQ(postJson("/fhir/$review-decide", parameters({param("pair", "valueInteger", pairId)}), a.credential).status, 400);
    ASSERT_EQ(decide("same").status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL AND source = 'review'"), 1);
    // The patient registered first survives.
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE survivor_id = '" + pa.id.toStdString() + "'"), 1);
    ASSERT_EQ(decide("different").status, 200);   // reversible: the merge is undone
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM review_queue WHERE status = 'different' AND decided_by = 'supervisor1'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM mpi_audit WHERE actor = 'supervisor1'"), 4);   // merge, review.same, unmerge, review.different

    // Unmerge over the API needs the grant too.
    ASSERT_EQ(decide("same").status, 200);
    const QJsonObject body = parameters({param("patient", "valueString", pb.id), param("user", "valueString", QStringLiteral("supervisor1"))});
    EXPECT_EQ(postJson("/fhir/$unmerge", body, b.credential).status, 403);
    EXPECT_EQ(postJson("/fhir/$unmerge", body, a.credential).status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL"), 0);
}

class MpiAutoLink : public MpiFixture {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--auto-link"), QStringLiteral("identifiers")};
    }
};

TEST_F(MpiAutoLink, SameCnicAtTwoFacilitiesIsMergedAutomatically)
{
    a = enroll(QStringLiteral("FA"), 1);
    b = enroll(QStringLiteral("FB"), 2);
    pa = makePatient(a.facilityCode, QStringLiteral("Ayesha Bibi"));
    pb = makePatient(b.facilityCode, QStringLiteral("Aisha W/O Aslam"));
    pa.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")});
    pb.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")});
    Patient other = makePatient(b.facilityCode, QStringLiteral("Ayesha Bibi"));   // same name, no CNIC: left alone
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pa, 1))}), a.credential).status, 200);
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pb, 1)), entry(patientResource(other, 1))}), b.credential).status, 200);
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE unmerged_at IS NULL AND source = 'auto' AND survivor_id = '" +
                    pa.id.toStdString() + "' AND merged_id = '" + pb.id.toStdString() + "'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM review_queue WHERE status = 'same' AND decided_by = 'auto'"), 1);
}

} // namespace bhu::test
