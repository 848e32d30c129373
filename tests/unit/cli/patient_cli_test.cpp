// `bhuctl patient add` / `patient search` and `bhuctl bench`: JSON lines that parse, best
// match first, field messages and exit codes 1 (invalid) and 3 (possible duplicates).
#include "cli_support.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace bhu;

namespace {
bhu::test::RunResult ctl(const bhu::test::TestDb& t, QStringList args)
{
    args << QStringLiteral("--db") << t.path;
    return bhu::test::run(QStringLiteral("bhuctl"), args);
}

bhu::test::RunResult add(const bhu::test::TestDb& t, const QStringList& more)
{
    return ctl(t, QStringList{QStringLiteral("patient"), QStringLiteral("add")} + more);
}
} // namespace

TEST(PatientCli, AddPrintsThePatientWithItsMrNumber)
{
    auto t = bhu::test::makeTestDb();
    auto r = add(t, {QStringLiteral("--name"), QStringLiteral("Muhammad Akram"), QStringLiteral("--guardian"), QStringLiteral("Ghulam Rasool"),
                     QStringLiteral("--relation"), QStringLiteral("s/o"), QStringLiteral("--sex"), QStringLiteral("male"),
                     QStringLiteral("--age"), QStringLiteral("45"), QStringLiteral("--cnic"), QStringLiteral("33101-1234567-1"),
                     QStringLiteral("--phone"), QStringLiteral("0300-1234567"), QStringLiteral("--village"), QStringLiteral("Chak 204 RB")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject p = bhu::test::jsonObject(r.out);
    EXPECT_EQ(p.value(u"name").toString(), u"Muhammad Akram");
    EXPECT_EQ(p.value(u"mr").toString().size(), 12);
    EXPECT_EQ(p.value(u"phone").toString(), u"+923001234567");
    EXPECT_EQ(p.value(u"relation").toString(), u"s/o");
    EXPECT_TRUE(p.value(u"birth_date_estimated").toBool());
    bool hasCnic = false;
    for (const QJsonValue v : p.value(u"identifiers").toArray())
        hasCnic = hasCnic || (v[u"system"].toString() == u"cnic" && v[u"value"].toString() == u"3310112345671");
    EXPECT_TRUE(hasCnic);
}

TEST(PatientCli, InvalidInputExitsOneWithFieldMessages)
{
    auto t = bhu::test::makeTestDb();
    auto r = add(t, {QStringLiteral("--name"), QStringLiteral("Bilal"), QStringLiteral("--sex"), QStringLiteral("male"), QStringLiteral("--age"),
                     QStringLiteral("30"), QStringLiteral("--cnic"), QStringLiteral("12345"), QStringLiteral("--phone"), QStringLiteral("042-35761234")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = bhu::test::jsonObject(r.out);
    EXPECT_FALSE(o.value(u"ok").toBool(true));
    QStringList fields;
    for (const QJsonValue v : o.value(u"errors").toArray()) fields << v[u"field"].toString();
    EXPECT_TRUE(fields.contains(u"cnic"));
    EXPECT_TRUE(fields.contains(u"phone"));
    EXPECT_TRUE(r.err.contains("cnic:"));
    EXPECT_EQ(add(t, {QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--sex"), QStringLiteral("maybe")}).exitCode, 2);
}

TEST(PatientCli, DuplicateCheckExitsThreeUnlessConfirmed)
{
    auto t = bhu::test::makeTestDb();
    const QStringList first = {QStringLiteral("--name"), QStringLiteral("Muhammad Akram"), QStringLiteral("--guardian"), QStringLiteral("Ghulam Rasool"),
                               QStringLiteral("--relation"), QStringLiteral("s/o"), QStringLiteral("--sex"), QStringLiteral("male"),
                               QStringLiteral("--age"), QStringLiteral("45")};
    auto a = add(t, first);
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    const QString firstId = bhu::test::jsonObject(a.out).value(u"id").toString();

    QStringList second = first;
    second[1] = QStringLiteral("Mohd Akram");
    second.last() = QStringLiteral("46");
    auto dup = add(t, second);
    EXPECT_EQ(dup.exitCode, 3) << dup.err.toStdString();
    const auto candidates = bhu::test::jsonLines(dup.out);
    ASSERT_FALSE(candidates.isEmpty());
    EXPECT_EQ(candidates.first().value(u"id").toString(), firstId);
    EXPECT_FALSE(candidates.first().value(u"reasons").toArray().isEmpty());

    auto confirmed = add(t, second + QStringList{QStringLiteral("--confirm-new")});
    EXPECT_EQ(confirmed.exitCode, 0) << confirmed.err.toStdString();
    EXPECT_NE(bhu::test::jsonObject(confirmed.out).value(u"id").toString(), firstId);
}

TEST(PatientCli, SearchPrintsJsonLinesBestFirst)
{
    auto t = bhu::test::makeTestDb();
    struct P {
        const char *name, *guardian, *rel, *sex, *age;
    };
    const P people[] = {{"Muhammad Akram", "Ghulam Rasool", "s/o", "male", "45"},
                        {"Akram Bibi", "Muhammad Akram", "w/o", "female", "40"},
                        {"Bilal Akram", "Muhammad Akram", "s/o", "male", "12"},
                        {"Zahid Hussain", "Allah Ditta", "s/o", "male", "52"}};
    for (const P& p : people) {
        auto r = add(t, {QStringLiteral("--name"), QString::fromUtf8(p.name), QStringLiteral("--guardian"), QString::fromUtf8(p.guardian),
                         QStringLiteral("--relation"), QString::fromUtf8(p.rel), QStringLiteral("--sex"), QString::fromUtf8(p.sex),
                         QStringLiteral("--age"), QString::fromUtf8(p.age), QStringLiteral("--confirm-new")});
        ASSERT_EQ(r.exitCode, 0) << p.name << ": " << r.err.toStdString();
    }
    auto r = ctl(t, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("muhammad"), QStringLiteral("akram")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto hits = bhu::test::jsonLines(r.out);
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.first().value(u"name").toString(), u"Muhammad Akram");
    double previous = 2;
    for (const QJsonObject& h : hits) {
        for (const char* key : {"id", "mr", "name", "relation", "guardian", "sex", "birth_year", "score"})
            EXPECT_TRUE(h.contains(QString::fromUtf8(key))) << key;
        const double score = h.value(u"score").toDouble();
        EXPECT_LE(score, previous) << "not best-first";
        previous = score;
    }
    EXPECT_EQ(hits.first().value(u"birth_year").toInt(), QDate::currentDate().addYears(-45).year());

    // Filters: sex and age.
    auto women = ctl(t, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("akram"), QStringLiteral("--sex"), QStringLiteral("female")});
    ASSERT_EQ(women.exitCode, 0);
    for (const QJsonObject& h : bhu::test::jsonLines(women.out)) EXPECT_EQ(h.value(u"sex").toString(), u"female");
    auto kids = ctl(t, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("akram"), QStringLiteral("--max-age"), QStringLiteral("17")});
    ASSERT_EQ(kids.exitCode, 0);
    const auto kidHits = bhu::test::jsonLines(kids.out);
    ASSERT_EQ(kidHits.size(), 1);
    EXPECT_EQ(kidHits.first().value(u"name").toString(), u"Bilal Akram");

    // By MR number, with dashes.
    const QString mr = hits.first().value(u"mr").toString();
    auto byMr = ctl(t, {QStringLiteral("patient"), QStringLiteral("search"), mr.left(4) + u'-' + mr.mid(4, 4) + u'-' + mr.mid(8)});
    ASSERT_EQ(byMr.exitCode, 0);
    const auto mrHits = bhu::test::jsonLines(byMr.out);
    ASSERT_FALSE(mrHits.isEmpty());
    EXPECT_EQ(mrHits.first().value(u"id").toString(), hits.first().value(u"id").toString());

    EXPECT_EQ(ctl(t, {QStringLiteral("patient"), QStringLiteral("search")}).exitCode, 2);
    EXPECT_EQ(ctl(t, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("many")}).exitCode, 2);
}

TEST(BenchCli, SearchAndRegisterReportPercentiles)
{
    auto t = bhu::test::makeTestDb();
    auto seed = ctl(t, {QStringLiteral("seed"), QStringLiteral("--patients"), QStringLiteral("1500")});
    ASSERT_EQ(seed.exitCode, 0) << seed.err.toStdString();

    auto s = ctl(t, {QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--queries"), QStringLiteral("120"), QStringLiteral("--seed"),
                     QStringLiteral("3")});
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
    const QJsonObject o = bhu::test::jsonObject(s.out);
    EXPECT_EQ(o.value(u"patients").toInt(), 1500);
    EXPECT_EQ(o.value(u"queries").toInt(), 120);
    for (const char* key : {"p50_ms", "p95_ms", "p99_ms", "max_ms"}) EXPECT_GT(o.value(QString::fromUtf8(key)).toDouble(), 0.0) << key;
    EXPECT_LE(o.value(u"p50_ms").toDouble(), o.value(u"p95_ms").toDouble());
    EXPECT_LE(o.value(u"p95_ms").toDouble(), o.value(u"max_ms").toDouble());
    const double hitRate = o.value(u"hit_rate").toDouble(-1);
    EXPECT_GE(hitRate, 0.5);   // exact MR / CNIC / full-name queries alone are well over half
    EXPECT_LE(hitRate, 1.0);
    const QJsonObject kinds = o.value(u"by_kind").toObject();
    for (const char* kind : {"full_name", "prefix", "misspelled", "name_guardian", "mr_dashes", "mr_digits", "cnic_dashes", "phone_03xx"})
        EXPECT_TRUE(kinds.contains(QString::fromUtf8(kind))) << kind;
    EXPECT_EQ(kinds.value(u"mr_digits").toObject().value(u"hit_rate").toDouble(), 1.0);
    EXPECT_EQ(kinds.value(u"mr_dashes").toObject().value(u"hit_rate").toDouble(), 1.0);

    // Deterministic: the same seed gives the same mix (and so the same hit rate).
    auto s2 = ctl(t, {QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--queries"), QStringLiteral("120"), QStringLiteral("--seed"),
                      QStringLiteral("3")});
    ASSERT_EQ(s2.exitCode, 0);
    EXPECT_EQ(bhu::test::jsonObject(s2.out).value(u"hit_rate").toDouble(), hitRate);

    auto reg = ctl(t, {QStringLiteral("bench"), QStringLiteral("register"), QStringLiteral("--n"), QStringLiteral("30")});
    ASSERT_EQ(reg.exitCode, 0) << reg.err.toStdString();
    const QJsonObject r = bhu::test::jsonObject(reg.out);
    EXPECT_GT(r.value(u"p95_ms").toDouble(), 0.0);
    EXPECT_GE(r.value(u"p95_ms").toDouble(), r.value(u"p50_ms").toDouble());
    EXPECT_EQ(r.value(u"patients").toInt(), 1500 + r.value(u"registered").toInt());
    EXPECT_TRUE(r.contains(u"duplicate_check"));
}
