// Geography reference data through PlaceService and `bhuctl places`: built-in provinces with
// Urdu names, a facility's CSV (tests/fixtures/places.csv) imported idempotently, bad rows
// reported with their row numbers, listing by parent name or path.
#include "bhu/services/PlaceService.h"
#include "cli_support.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
QStringList namesOf(const QList<db::Place>& places)
{
    QStringList out;
    for (const auto& p : places) out << p.name;
    return out;
}
} // namespace

TEST(PlaceService, BuiltinProvincesLoadOnFirstUseWithUrduNames)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::adminSession(t);
    ASSERT_TRUE(s);
    PlaceService places(*s);
    auto provinces = places.children({});
    ASSERT_TRUE(provinces.ok()) << provinces.error().message.toStdString();
    ASSERT_EQ(provinces->size(), 7);
    EXPECT_EQ(namesOf(provinces.value()),
              (QStringList{QStringLiteral("Azad Jammu and Kashmir"), QStringLiteral("Balochistan"), QStringLiteral("Gilgit-Baltistan"),
                           QStringLiteral("Islamabad Capital Territory"), QStringLiteral("Khyber Pakhtunkhwa"), QStringLiteral("Punjab"),
                           QStringLiteral("Sindh")}));
    for (const auto& p : provinces.value()) {
        EXPECT_FALSE(p.nameUrdu.isEmpty()) << p.name.toStdString();
        EXPECT_EQ(p.source, PlaceService::kBuiltinSource);
    }
    auto again = places.importBuiltin();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->unchanged, 7);

    EXPECT_EQ(PlaceService::canonicalProvince(QStringLiteral("kpk")), u"Khyber Pakhtunkhwa");
    EXPECT_EQ(PlaceService::canonicalProvince(QStringLiteral("AJ&K")), u"Azad Jammu and Kashmir");
    EXPECT_EQ(PlaceService::canonicalProvince(QStringLiteral("پنجاب")), u"Punjab");
    EXPECT_EQ(PlaceService::canonicalProvince(QStringLiteral("gilgit baltistan")), u"Gilgit-Baltistan");
    EXPECT_TRUE(PlaceService::canonicalProvince(QStringLiteral("Punjaab")).isEmpty());
}

TEST(PlaceService, CsvImportIsIdempotentAndReportsBadRows)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::adminSession(t);
    ASSERT_TRUE(s);
    PlaceService places(*s);
    const QByteArray csv = bhu::test::readAll(bhu::test::fixture(QStringLiteral("places.csv")));
    ASSERT_FALSE(csv.isEmpty());

    auto first = places.importCsv(csv, QStringLiteral("places.csv"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->rows, 13);
    EXPECT_EQ(first->created, 23);
    EXPECT_EQ(first->rejected, 2);
    EXPECT_EQ(first->unchanged, 2);   // a repeated village (other case), a tehsil-only row
    ASSERT_EQ(first->issues.size(), 2);
    EXPECT_EQ(first->issues.at(0).row, 10);
    EXPECT_TRUE(first->issues.at(0).message.contains(u"tehsil"));
    EXPECT_EQ(first->issues.at(1).row, 13);
    EXPECT_TRUE(first->issues.at(1).message.contains(u"Punjaab"));

    auto second = places.importCsv(csv, QStringLiteral("places.csv"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->created, 0);
    EXPECT_EQ(second->unchanged, 11);
    EXPECT_EQ(second->rejected, 2);

    // "KPK" went under Khyber Pakhtunkhwa; villages carry their Urdu names.
    auto kp = places.resolve(QStringLiteral("Khyber Pakhtunkhwa/Peshawar/Peshawar/UC-5 Hazar Khwani"));
    ASSERT_TRUE(kp.ok());
    ASSERT_EQ(kp->size(), 1);
    auto villages = places.children(kp->first().id);
    ASSERT_TRUE(villages.ok());
    ASSERT_EQ(villages->size(), 1);
    EXPECT_EQ(villages->first().name, u"Hazar Khwani");
    EXPECT_EQ(villages->first().nameUrdu, u"ہزار خوانی");
    EXPECT_EQ(villages->first().level, db::PlaceLevel::Village);

    auto uc = places.resolve(QStringLiteral("punjab/faisalabad/samundri/uc-31 makkuana"));
    ASSERT_EQ(uc->size(), 1);
    EXPECT_EQ(namesOf(places.children(uc->first().id).value()), (QStringList{QStringLiteral("Jhok Bodo"), QStringLiteral("Makkuana")}));
    EXPECT_TRUE(places.resolve(QStringLiteral("Punjab/Lahore")).value().isEmpty());
}

TEST(PlacesCli, ImportTwiceThenList)
{
    auto t = bhu::test::makeTestDb();
    const QStringList db = {QStringLiteral("--db"), t.path};
    auto builtin = bhu::test::run(QStringLiteral("bhuctl"), QStringList{QStringLiteral("places"), QStringLiteral("import"), QStringLiteral("--builtin")} + db);
    ASSERT_EQ(builtin.exitCode, 0) << builtin.err.toStdString();
    EXPECT_EQ(bhu::test::jsonObject(builtin.out).value(u"created").toInt(), 7);

    const QStringList importArgs = QStringList{QStringLiteral("places"), QStringLiteral("import"), QStringLiteral("--csv"),
                                               bhu::test::fixture(QStringLiteral("places.csv"))} + db;
    auto first = bhu::test::run(QStringLiteral("bhuctl"), importArgs);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(bhu::test::jsonObject(first.out).value(u"created").toInt(), 23);
    EXPECT_TRUE(first.err.contains("row 10:")) << first.err.toStdString();
    auto second = bhu::test::run(QStringLiteral("bhuctl"), importArgs);
    ASSERT_EQ(second.exitCode, 0);
    const QJsonObject o = bhu::test::jsonObject(second.out);
    EXPECT_EQ(o.value(u"created").toInt(), 0);
    EXPECT_EQ(o.value(u"rejected").toInt(), 2);

    auto list = bhu::test::run(QStringLiteral("bhuctl"), QStringList{QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--parent"),
                                                                     QStringLiteral("Jaranwala")} + db);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const auto lines = bhu::test::jsonLines(list.out);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).value(u"name").toString(), u"UC-12 Khurrianwala");
    EXPECT_EQ(lines.at(0).value(u"level").toString(), u"union_council");
    EXPECT_EQ(lines.at(0).value(u"parent").toString(), u"Jaranwala");

    auto provinces = bhu::test::run(QStringLiteral("bhuctl"), QStringList{QStringLiteral("places"), QStringLiteral("list")} + db);
    ASSERT_EQ(provinces.exitCode, 0);
    EXPECT_EQ(bhu::test::jsonLines(provinces.out).size(), 7);

    auto unknown = bhu::test::run(QStringLiteral("bhuctl"), QStringList{QStringLiteral("places"), QStringLiteral("list"), QStringLiteral("--parent"),
                                                                        QStringLiteral("Atlantis")} + db);
    EXPECT_EQ(unknown.exitCode, 1);
    auto usage = bhu::test::run(QStringLiteral("bhuctl"), QStringList{QStringLiteral("places"), QStringLiteral("import")} + db);
    EXPECT_EQ(usage.exitCode, 2);
}
