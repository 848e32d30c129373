// Geography reference data: places by parent and level, case-insensitive names, idempotent
// chain imports that commit with one audit entry or not at all.
#include "bhu/db/AuditLog.h"
#include "bhu/db/PlaceRepository.h"
#include "bhu/db/Store.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::db;

namespace {
PlaceChain chain(int row, const QStringList& names, const QString& villageUrdu = {})
{
    PlaceChain c;
    c.row = row;
    for (const QString& n : names) c.names.append(PlaceName{n, {}});
    if (!villageUrdu.isEmpty()) c.names.last().nameUrdu = villageUrdu;
    return c;
}

QStringList names(const QList<Place>& places)
{
    QStringList out;
    for (const Place& p : places) out << p.name;
    return out;
}
} // namespace

TEST(Places, LevelCodesRoundTrip)
{
    for (int i = 0; i < kPlaceLevels; ++i) {
        const auto l = static_cast<PlaceLevel>(i);
        EXPECT_EQ(placeLevelFromCode(placeLevelCode(l)), l);
    }
    EXPECT_FALSE(placeLevelFromCode(QStringLiteral("division")).has_value());
}

TEST(Places, InsertFindAndChildren)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    PlaceRepository repo(s->conn());
    const Actor who = s->actor(QStringLiteral("test"));
    const qint64 auditBefore = AuditLog(s->conn()).count().value();

    auto punjab = repo.insert(Place{{}, PlaceLevel::Province, QStringLiteral("Punjab"), QStringLiteral("پنجاب"), {}, QStringLiteral("t"), true}, who);
    ASSERT_TRUE(punjab.ok()) << punjab.error().message.toStdString();
    EXPECT_EQ(AuditLog(s->conn()).count().value(), auditBefore + 1);
    for (const char* d : {"Multan", "Faisalabad", "attock"}) {
        auto r = repo.insert(Place{{}, PlaceLevel::District, QString::fromUtf8(d), {}, punjab->id, QStringLiteral("t"), true}, who);
        ASSERT_TRUE(r.ok());
    }
    // Case-insensitive lookups within one parent.
    auto f = repo.find(punjab->id, PlaceLevel::District, QStringLiteral("FAISALABAD"));
    ASSERT_TRUE(f.ok());
    ASSERT_TRUE(f->has_value());
    EXPECT_EQ(f->value().name, u"Faisalabad");
    EXPECT_FALSE(repo.find(punjab->id, PlaceLevel::Tehsil, QStringLiteral("Faisalabad"))->has_value());
    EXPECT_FALSE(repo.find({}, PlaceLevel::District, QStringLiteral("Faisalabad"))->has_value());

    auto kids = repo.children(punjab->id);
    ASSERT_TRUE(kids.ok());
    EXPECT_EQ(names(kids.value()), (QStringList{QStringLiteral("attock"), QStringLiteral("Faisalabad"), QStringLiteral("Multan")}));
    EXPECT_EQ(repo.children({}).value().size(), 1);
    EXPECT_EQ(repo.children({}).value().first().nameUrdu, u"پنجاب");
    EXPECT_EQ(repo.findByName(QStringLiteral("پنجاب")).value().size(), 1);

    // The same name twice under one parent, and a second province called the same: Conflict.
    auto dup = repo.insert(Place{{}, PlaceLevel::District, QStringLiteral("multan"), {}, punjab->id, QStringLiteral("t"), true}, who);
    EXPECT_EQ(dup.code(), ErrorCode::Conflict);
    auto dupProvince = repo.insert(Place{{}, PlaceLevel::Province, QStringLiteral("PUNJAB"), {}, {}, QStringLiteral("t"), true}, who);
    EXPECT_EQ(dupProvince.code(), ErrorCode::Conflict);
    // A district needs a parent; a province has none.
    EXPECT_EQ(repo.insert(Place{{}, PlaceLevel::District, QStringLiteral("Orphan"), {}, {}, QStringLiteral("t"), true}, who).code(),
              ErrorCode::Invalid);
    EXPECT_EQ(repo.count().value(), 4);
    EXPECT_TRUE(s->verify().ok());
}

TEST(Places, ImportChainsCreatesTheMissingChainOnceWithOneAuditEntry)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    PlaceRepository repo(s->conn());
    const Actor who = s->actor(QStringLiteral("test"));
    const QList<PlaceChain> chains = {
        chain(2, {QStringLiteral("Punjab"), QStringLiteral("Faisalabad"), QStringLiteral("Jaranwala"), QStringLiteral("UC-27"),
                  QStringLiteral("Chak 204 RB")}),
        chain(3, {QStringLiteral("Punjab"), QStringLiteral("Faisalabad"), QStringLiteral("Jaranwala"), QStringLiteral("UC-27"),
                  QStringLiteral("Chak 207 RB")},
              QStringLiteral("چک 207")),
        chain(4, {QStringLiteral("punjab"), QStringLiteral("faisalabad"), QStringLiteral("Samundri")}),
    };
    const qint64 auditBefore = AuditLog(s->conn()).count().value();
    auto first = repo.importChains(chains, QStringLiteral("import:test"), who);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->chains, 3);
    EXPECT_EQ(first->created, 7);   // Punjab, Faisalabad, Jaranwala, UC-27, two villages, Samundri
    EXPECT_EQ(first->unchanged, 0);
    EXPECT_EQ(AuditLog(s->conn()).count().value(), auditBefore + 1);
    auto recent = AuditLog(s->conn()).recent(1);
    ASSERT_TRUE(recent.ok());
    EXPECT_EQ(recent->first().action, u"places.import");
    EXPECT_TRUE(recent->first().details.contains(u"\"created\":7"));

    auto again = repo.importChains(chains, QStringLiteral("import:test"), who);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(repo.count().value(), 7);
    EXPECT_EQ(repo.count(PlaceLevel::Village).value(), 2);

    // An existing place gets a missing Urdu name; a present one is kept.
    auto urdu = repo.importChains({chain(9, {QStringLiteral("Punjab"), QStringLiteral("Faisalabad"), QStringLiteral("Jaranwala"),
                                             QStringLiteral("UC-27"), QStringLiteral("Chak 204 RB")},
                                         QStringLiteral("چک 204"))},
                                  QStringLiteral("import:test2"), who);
    ASSERT_TRUE(urdu.ok());
    EXPECT_EQ(urdu->urduAdded, 1);
    auto village = repo.findByName(QStringLiteral("chak 204 rb"));
    ASSERT_EQ(village->size(), 1);
    EXPECT_EQ(village->first().nameUrdu, u"چک 204");
    EXPECT_EQ(village->first().level, PlaceLevel::Village);
    EXPECT_EQ(village->first().source, u"import:test");
}

TEST(Places, ABadChainRollsBackTheWholeImport)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    PlaceRepository repo(s->conn());
    const qint64 auditBefore = AuditLog(s->conn()).count().value();
    auto r = repo.importChains({chain(2, {QStringLiteral("Sindh"), QStringLiteral("Tharparkar")}),
                                chain(3, {QStringLiteral("Sindh"), QString(), QStringLiteral("Mithi")})},
                               QStringLiteral("import:bad"), s->actor(QStringLiteral("test")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"Row 3"));
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_EQ(AuditLog(s->conn()).count().value(), auditBefore);
}
