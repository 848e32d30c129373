// Catchments after unmerge (docs/matching.md, "Catchments after unmerge"): a merge widens the
// catchment of every facility holding either record; undoing it narrows them again. A facility
// that received the other record only because of the merge hears of the unmerge and then stops
// receiving that record's changes; a facility that wrote a record of it meanwhile (or looked it
// up) keeps it.
#include "RegistryFixture.h"
#include "bhu/test/TestSupport.h"

#include <QUrl>

namespace bhu::test {

namespace {
class CatchmentAfterUnmerge : public RegistryTest {
protected:
    RunResult registry(const QStringList& args)
    {
        return run(QStringLiteral("bhu-registry"), QStringList(args) << QStringLiteral("--db") << conninfo);
    }
    // Versions of `id` in the facility's feed (from the start).
    QList<QJsonObject> feedVersionsOf(const Device& d, const QString& id)
    {
        const Resp r = get("/fhir/$changes?_count=1000", d.credential);
        EXPECT_EQ(r.status, 200) << r.body;
        QList<QJsonObject> out;
        for (const QJsonValue& e : r.json.value(u"entry").toArray())
            if (e[u"resource"][u"id"].toString() == id) out << e[u"resource"].toObject();
        return out;
    }
    long long held(const Device& d, const QString& patientId)
    {
        return count("SELECT count(*) FROM catchment k JOIN facilities f ON f.id = k.facility_id WHERE f.code = '" +
                     d.facilityCode.toStdString() + "' AND k.patient_id = '" + patientId.toStdString() + "'");
    }
    Device a, b;
    Patient pa, pb;
};
} // namespace

TEST_F(CatchmentAfterUnmerge, OnlyFacilitiesThatGotTheRecordFromTheMergeStopReceivingIt)
{
    a = enroll(QStringLiteral("FA"), 1);
    b = enroll(QStringLiteral("FB"), 2);
    pa = makePatient(a.facilityCode, QStringLiteral("Ayesha Bibi"));
    pb = makePatient(b.facilityCode, QStringLiteral("Aisha"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pa, 1))}), a.credential).status, 200);
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pb, 1))}), b.credential).status, 200);

    // The merge: A now holds B's record and B holds A's.
    ASSERT_EQ(registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 0);
    EXPECT_EQ(held(a, pb.id), 1);
    EXPECT_EQ(held(b, pa.id), 1);
    EXPECT_EQ(count("SELECT count(*) FROM catchment WHERE reason = 'merge' AND merge_id IS NOT NULL"), 2);
    // While merged, B records a visit under the survivor (A's record): B's own record of it now.
    const Resp visit = postJson("/fhir", transaction({entry(encounterResource(newId(), pa.id))}), b.credential);
    ASSERT_EQ(entryStatus(visit, 0), QStringLiteral("201 Created")) << visit.body;

    const RunResult u = registry({QStringLiteral("unmerge"), QStringLiteral("--merged"), pb.mrNumber()});
    ASSERT_EQ(u.exitCode, 0) << u.err.toStdString();
    // A got B's record only from the merge: out of A's catchment. B keeps A's record (its visit).
    EXPECT_EQ(held(a, pb.id), 0);
    EXPECT_EQ(held(b, pa.id), 1);
    EXPECT_EQ(held(a, pa.id), 1);
    EXPECT_EQ(held(b, pb.id), 1);
    // A still hears of the unmerge: B's record without the link is the last version A receives.
    const QList<QJsonObject> beforeEdit = feedVersionsOf(a, pb.id);
    ASSERT_FALSE(beforeEdit.isEmpty());
    EXPECT_TRUE(beforeEdit.last().value(u"link").toArray().isEmpty());

    // Later changes of B's record reach B only; later changes of A's record still reach B.
    pb.phone = QStringLiteral("+923331112222");
    ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(pb, 2), 1)}), b.credential), 0).left(3), QStringLiteral("200"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(encounterResource(newId(), pb.id))}), b.credential).status, 200);
    EXPECT_EQ(feedVersionsOf(a, pb.id).size(), beforeEdit.size());
    const qsizetype paAtB = feedVersionsOf(b, pa.id).size();
    pa.phone = QStringLiteral("+923001112222");
    ASSERT_EQ(entryStatus(postJson("/fhir", transaction({entry(patientResource(pa, 2), 2)}), a.credential), 0).left(3), QStringLiteral("200"));
    EXPECT_EQ(feedVersionsOf(b, pa.id).size(), paAtB + 1);

    // A looks B's record up again (break the glass): back in A's catchment, its changes flow again.
    const Resp found = get("/fhir/Patient?identifier=" + QUrl::toPercentEncoding(kMrSystem + u'|' + pb.mrNumber()).toStdString(), a.credential);
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(held(a, pb.id), 1);
    EXPECT_GT(feedVersionsOf(a, pb.id).size(), beforeEdit.size());
}

TEST_F(CatchmentAfterUnmerge, AFacilityThatHeldBothBeforeTheMergeKeepsBoth)
{
    a = enroll(QStringLiteral("FA"), 1);
    b = enroll(QStringLiteral("FB"), 2);
    pa = makePatient(a.facilityCode, QStringLiteral("Ayesha Bibi"));
    pb = makePatient(b.facilityCode, QStringLiteral("Aisha"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pa, 1))}), a.credential).status, 200);
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(pb, 1))}), b.credential).status, 200);
    // A looked B's record up before anyone merged anything.
    ASSERT_EQ(get("/fhir/Patient?identifier=" + QUrl::toPercentEncoding(kMrSystem + u'|' + pb.mrNumber()).toStdString(), a.credential).status, 200);
    ASSERT_EQ(registry({QStringLiteral("merge"), QStringLiteral("--survivor"), pa.mrNumber(), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 0);
    ASSERT_EQ(registry({QStringLiteral("unmerge"), QStringLiteral("--merged"), pb.mrNumber()}).exitCode, 0);
    EXPECT_EQ(held(a, pb.id), 1);   // its own lookup: not the merge's doing
    EXPECT_EQ(held(b, pa.id), 0);   // B had A's record from the merge only
}

} // namespace bhu::test
