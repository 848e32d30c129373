// Reference lists published by the operator (`bhu-registry reference publish|list`): checked
// with the clinic's parser before anything is stored, each publication a new version of the
// list's Binary, and one change in every facility's feed (docs/sync-protocol.md, "Reference data").
#include "RegistryFixture.h"

#include "bhu/domain/ReferenceLists.h"
#include "bhu/test/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace bhu::test {

namespace {
const QByteArray kHeader = "code,name,strength,form,dose,frequency,duration_days\n";
const QByteArray kParacetamol = "paracetamol-500-tab,Paracetamol,500 mg,tablet,1 tablet,TDS,3\n";
const QByteArray kZinc = "zinc-20-tab,Zinc sulfate,20 mg,dispersible tablet,1 tablet,OD,10\n";

struct FeedBinary {
    QString id, tag, contentType, etag;
    QByteArray csv;
};

QList<FeedBinary> binariesIn(const Resp& r)
{
    QList<FeedBinary> out;
    for (const QJsonValue& v : r.json.value(u"entry").toArray()) {
        const QJsonObject res = v[u"resource"].toObject();
        if (res.value(u"resourceType").toString() != u"Binary") continue;
        out.append({res.value(u"id").toString(), res[u"meta"][u"tag"][0][u"code"].toString(), res.value(u"contentType").toString(),
                    v[u"response"][u"etag"].toString(), QByteArray::fromBase64(res.value(u"data").toString().toLatin1())});
    }
    return out;
}
} // namespace

class ReferencePublish : public RegistryTest {
protected:
    RunResult publish(const QString& list, const QByteArray& csv)
    {
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        return run(QStringLiteral("bhu-registry"), {QStringLiteral("reference"), QStringLiteral("publish"), QStringLiteral("--db"), conninfo,
                                                    QStringLiteral("--list"), list, QStringLiteral("--file"), path});
    }
    QTemporaryDir dir;
};

TEST_F(ReferencePublish, EachPublicationIsANewVersionInEveryFacilitysFeed)
{
    const Device a = enroll(QStringLiteral("RF-A"), 1);
    const Device b = enroll(QStringLiteral("RF-B"), 2);
    const RunResult first = publish(QStringLiteral("medicines"), kHeader + kParacetamol);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains("published medicines version 1 (1 rows)")) << first.out.toStdString();
    // The same content again stores nothing.
    const RunResult same = publish(QStringLiteral("medicines"), kHeader + kParacetamol);
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    EXPECT_TRUE(same.out.startsWith("unchanged")) << same.out.toStdString();
    const QByteArray v2 = kHeader + kParacetamol + kZinc;
    const RunResult second = publish(QStringLiteral("medicines"), v2);
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.contains("version 2 (2 rows)")) << second.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM reference_lists"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM changes WHERE type = 'Binary' AND patient_id IS NULL AND facility_id IS NULL"), 2);

    // Both facilities (no patient in common, nothing in their catchments) receive both versions.
    const QString id = referenceListId(u"medicines");
    for (const Device& d : {a, b}) {
        const Resp r = get("/fhir/$changes", d.credential);
        ASSERT_EQ(r.status, 200) << r.body;
        const QList<FeedBinary> got = binariesIn(r);
        ASSERT_EQ(got.size(), 2) << r.body;
        EXPECT_EQ(got.at(0).etag, QStringLiteral("W/\"1\""));
        EXPECT_EQ(got.at(1).etag, QStringLiteral("W/\"2\""));
        EXPECT_EQ(got.at(1).id, id);
        EXPECT_EQ(got.at(1).tag, QStringLiteral("medicines"));
        EXPECT_EQ(got.at(1).contentType, QStringLiteral("text/csv"));
        EXPECT_EQ(got.at(1).csv, v2);
    }
    // A cursor past them: not sent again.
    const Resp first2 = get("/fhir/$changes", a.credential);
    const QString cursor = first2.json[u"meta"][u"extension"][0][u"valueString"].toString();
    const Resp again = get("/fhir/$changes?cursor=" + cursor.toStdString(), a.credential);
    ASSERT_EQ(again.status, 200);
    EXPECT_TRUE(binariesIn(again).isEmpty()) << again.body;

    const RunResult list = run(QStringLiteral("bhu-registry"), {QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--db"), conninfo});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains("medicines")) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains("version 2")) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains("2 rows")) << list.out.toStdString();
    // Versions are append-only.
    EXPECT_ANY_THROW(exec("UPDATE reference_lists SET rows = 0"));
}

TEST_F(ReferencePublish, ABadFileIsRefusedNamingTheLineAndNothingIsStored)
{
    enroll(QStringLiteral("RF-C"), 3);
    const RunResult bad = publish(QStringLiteral("medicines"), kHeader + kParacetamol + "amoxicillin-250-cap,Amoxicillin,250 mg,capsule,1,THRICE,5\n");
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains("line 3")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("Nothing was published")) << bad.err.toStdString();
    const RunResult epi = publish(QStringLiteral("epi-schedule"), "series,antigen,dose,min_age,min_interval,age_limit,name_ur\nchild,BCG,0,soon,,1y,\n");
    EXPECT_EQ(epi.exitCode, 1);
    EXPECT_TRUE(epi.err.contains("line 2")) << epi.err.toStdString();
    const RunResult empty = publish(QStringLiteral("complaints"), "code,name_en,name_ur\n");
    EXPECT_EQ(empty.exitCode, 1);
    const RunResult unknown = publish(QStringLiteral("facilities"), kHeader + kParacetamol);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("not a reference list")) << unknown.err.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM reference_lists"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM changes"), 0);
}

} // namespace bhu::test
