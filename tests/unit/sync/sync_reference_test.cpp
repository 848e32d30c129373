// National reference lists in the change feed (docs/sync-protocol.md, "Reference data"): a
// Binary tagged with its list name is read by PullReader and stored by SyncApply only when its
// version is newer; a list that does not parse is refused (Needs attention) and the rest of the
// page applies.
#include "SyncFixture.h"

#include "bhu/db/NationalReferenceLists.h"
#include "bhu/db/SyncApply.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/Tombstones.h"
#include "bhu/domain/ReferenceLists.h"
#include "bhu/sync/PullReader.h"

#include <QJsonArray>
#include <QUuid>

using namespace bhu;
using namespace bhu::test;

namespace {
const QByteArray kMedicinesHeader = "code,name,strength,form,dose,frequency,duration_days\n";
QByteArray medicines(const QByteArray& extraRow)
{
    return kMedicinesHeader + "paracetamol-500-tab,Paracetamol,500 mg,tablet,1 tablet,TDS,3\n" + extraRow;
}

QJsonObject binaryEntry(const QString& list, qint64 version, const QByteArray& csv, const QString& id = {})
{
    const QString rid = id.isEmpty() ? referenceListId(list) : id;
    const QString url = QStringLiteral("Binary/") + rid;
    const QJsonObject meta{{QStringLiteral("versionId"), QString::number(version)},
                           {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                           {QStringLiteral("tag"), QJsonArray{QJsonObject{{QStringLiteral("system"), referenceListTagSystem()},
                                                                          {QStringLiteral("code"), list}}}}};
    return {{QStringLiteral("fullUrl"), url},
            {QStringLiteral("resource"), QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Binary")},
                                                     {QStringLiteral("id"), rid},
                                                     {QStringLiteral("meta"), meta},
                                                     {QStringLiteral("contentType"), QStringLiteral("text/csv")},
                                                     {QStringLiteral("data"), QString::fromLatin1(csv.toBase64())}}},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                                    {QStringLiteral("url"), url}}},
            {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")},
                                                     {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(version)}}}};
}

db::PulledPage pageOf(const QJsonArray& entries, const QString& cursor)
{
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("history")},
                             {QStringLiteral("entry"), entries}};
    auto page = sync::readChangesPage(bundle);
    EXPECT_TRUE(page.ok());
    db::PulledPage p = page.ok() ? page->page : db::PulledPage{};
    p.cursor = cursor;
    return p;
}
} // namespace

TEST_F(SyncFixture, NationalListIsStoredOnlyWhenItsVersionIsNewer)
{
    db::SyncApply apply(store->conn());
    const QByteArray v2 = medicines("zinc-20-tab,Zinc sulfate,20 mg,dispersible tablet,1 tablet,OD,10\n");
    const db::PulledPage page2 = pageOf({binaryEntry(QStringLiteral("medicines"), 2, v2)}, QStringLiteral("v1.2"));
    ASSERT_EQ(page2.referenceLists.size(), 1);
    EXPECT_EQ(page2.referenceLists.first().list, QStringLiteral("medicines"));
    EXPECT_EQ(page2.referenceLists.first().version, 2);

    auto first = apply.applyPage(page2, actor());
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->applied, 1);
    EXPECT_EQ(first->referenceLists, 1);
    auto held = db::NationalReferenceLists(store->conn()).get(QStringLiteral("medicines"));
    ASSERT_TRUE(held.ok() && held.value());
    EXPECT_EQ(held.value()->version, 2);
    EXPECT_EQ(held.value()->csv, v2);
    EXPECT_EQ(held.value()->rows, 2);
    EXPECT_EQ(held.value()->publishedAt, QStringLiteral("2026-11-20T09:30:00.000Z"));

    // The same version again, and an older one: nothing changes, nothing is audited again.
    for (qint64 v : {2, 1}) {
        auto again = apply.applyPage(pageOf({binaryEntry(QStringLiteral("medicines"), v, medicines({}))}, QStringLiteral("v1.3")), actor());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->applied, 0) << v;
        EXPECT_EQ(again->referenceLists, 0) << v;
        EXPECT_EQ(again->unchanged, 1) << v;
    }
    EXPECT_EQ(db::NationalReferenceLists(store->conn()).get(QStringLiteral("medicines")).value()->csv, v2);
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reference.national'")).value(), 1);

    // A newer one replaces it.
    auto v3 = apply.applyPage(pageOf({binaryEntry(QStringLiteral("medicines"), 3, medicines({}))}, QStringLiteral("v1.4")), actor());
    ASSERT_TRUE(v3.ok());
    EXPECT_EQ(v3->referenceLists, 1);
    EXPECT_EQ(db::NationalReferenceLists(store->conn()).get(QStringLiteral("medicines")).value()->version, 3);
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reference.national'")).value(), 2);
}

TEST_F(SyncFixture, MalformedNationalListIsRefusedAndTheRestOfThePageApplies)
{
    db::SyncApply apply(store->conn());
    const QString visitId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString url = QStringLiteral("Encounter/") + visitId;
    const QJsonObject tombstone{{QStringLiteral("fullUrl"), url},
                                {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                                        {QStringLiteral("url"), url}}},
                                {QStringLiteral("response"), QJsonObject{{QStringLiteral("etag"), QStringLiteral("W/\"2\"")}}}};
    const QByteArray bad = medicines("amoxicillin-250-cap,Amoxicillin,250 mg,capsule,1 capsule,THRICE,5\n");   // line 3
    const QByteArray complaints = "code,name_en,name_ur\nfever,Fever,بخار\n";
    const db::PulledPage page = pageOf({binaryEntry(QStringLiteral("medicines"), 4, bad), tombstone,
                                        binaryEntry(QStringLiteral("complaints"), 1, complaints)},
                                       QStringLiteral("v1.9"));
    auto n = apply.applyPage(page, actor());
    ASSERT_TRUE(n.ok()) << n.error().message.toStdString();
    EXPECT_EQ(n->invalid, 1);
    EXPECT_EQ(n->referenceLists, 1);
    EXPECT_FALSE(db::NationalReferenceLists(store->conn()).get(QStringLiteral("medicines")).value().has_value());
    EXPECT_EQ(db::NationalReferenceLists(store->conn()).get(QStringLiteral("complaints")).value()->csv, complaints);
    EXPECT_TRUE(db::Tombstones(store->conn()).isWithdrawn(QStringLiteral("Encounter"), visitId).value());
    EXPECT_EQ(db::SyncStateStore(store->conn()).cursor().value(), QStringLiteral("v1.9"));
    // Listed under Needs attention with the line of the file; the version is not recorded as held.
    EXPECT_EQ(store->conn()
                  .queryInt(QStringLiteral("SELECT count(*) FROM sync_issues WHERE kind = 'pull-invalid' AND resource_type = 'Binary'"
                                           " AND reason LIKE '%line 3%'"))
                  .value(),
              1);
    EXPECT_EQ(apply.serverVersion(QStringLiteral("Binary"), referenceListId(u"medicines")).value(), 0);
}

TEST_F(SyncFixture, ReferenceBinaryNamingNoKnownListOrDamagedIsNotApplied)
{
    const QString wrongId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject damaged = binaryEntry(QStringLiteral("icd10"), 1, "x");
    QJsonObject res = damaged.value(u"resource").toObject();
    res.insert(QStringLiteral("data"), QStringLiteral("%%% not base64 %%%"));
    damaged.insert(QStringLiteral("resource"), res);
    const db::PulledPage page = pageOf({binaryEntry(QStringLiteral("medicines"), 1, medicines({}), wrongId),
                                        binaryEntry(QStringLiteral("formulary"), 1, medicines({})), damaged},
                                       QStringLiteral("v1.3"));
    EXPECT_TRUE(page.referenceLists.isEmpty());
    EXPECT_EQ(page.invalid.size(), 3);
    auto n = db::SyncApply(store->conn()).applyPage(page, actor());
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->invalid, 3);
    EXPECT_EQ(store->conn().queryInt(QStringLiteral("SELECT count(*) FROM national_reference_lists")).value(), 0);
}
