// Pull: the change feed pages by cursor, in sequence order, within the facility's catchment.
#include "RegistryFixture.h"

#include <QSet>

namespace bhu::test {

namespace {
struct Page {
    QStringList urls;
    QList<qint64> seqs;
    QString cursor, next;
    int status = 0;
};

Page readPage(const Resp& r)
{
    Page p;
    p.status = r.status;
    for (const QJsonValue& v : r.json.value(u"entry").toArray()) {
        const QJsonObject e = v.toObject();
        p.urls << e.value(u"fullUrl").toString();
        for (const QJsonValue& x : e.value(u"resource").toObject().value(u"meta").toObject().value(u"extension").toArray())
            if (x.toObject().value(u"url").toString().endsWith(QStringLiteral("/server-sequence")))
                p.seqs << x.toObject().value(u"valueInteger").toInteger();
    }
    p.cursor = r.json.value(u"meta").toObject().value(u"extension").toArray().at(0).toObject().value(u"valueString").toString();
    for (const QJsonValue& l : r.json.value(u"link").toArray())
        if (l.toObject().value(u"relation").toString() == u"next") p.next = l.toObject().value(u"url").toString();
    return p;
}
} // namespace

class Feed : public RegistryTest {
protected:
    // Every change for the device, following next links with pages of `size`.
    QList<Page> pullAll(const Device& d, int size)
    {
        QList<Page> pages;
        QString cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const Page p = readPage(get("/fhir/$changes?cursor=" + cursor.toStdString() + "&_count=" + std::to_string(size), d.credential));
            EXPECT_EQ(p.status, 200);
            pages << p;
            if (p.next.isEmpty() || p.status != 200) break;
            EXPECT_TRUE(p.next.contains(p.cursor)) << p.next.toStdString();
            cursor = p.cursor;
        }
        return pages;
    }
};

TEST_F(Feed, PagesFollowTheCursorInSequenceOrder)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        const Patient p = makePatient(a.facilityCode, QStringLiteral("Patient %1").arg(i));
        const QString enc = newId();
        ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id))}), a.credential).status, 200);
        expected << QStringLiteral("Patient/") + p.id << QStringLiteral("Encounter/") + enc;
    }
    const QList<Page> pages = pullAll(a, 3);
    ASSERT_EQ(pages.size(), 4);   // 3 + 3 + 3 + 1
    QStringList urls;
    QList<qint64> seqs;
    for (const Page& p : pages) {
        urls += p.urls;
        seqs += p.seqs;
    }
    EXPECT_EQ(urls, expected);
    ASSERT_EQ(seqs.size(), 10);
    for (qsizetype i = 1; i < seqs.size(); ++i) EXPECT_LT(seqs[i - 1], seqs[i]);
    EXPECT_TRUE(pages.last().next.isEmpty());
    EXPECT_EQ(pages.last().cursor, QStringLiteral("v1.%1").arg(seqs.last()));
    // From the last cursor: nothing more, same cursor.
    const Page after = readPage(get("/fhir/$changes?cursor=" + pages.last().cursor.toStdString(), a.credential));
    EXPECT_TRUE(after.urls.isEmpty());
    EXPECT_EQ(after.cursor, pages.last().cursor);
}

TEST_F(Feed, BadOrFutureCursorIs410)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Resp bad = get("/fhir/$changes?cursor=garbage", a.credential);
    EXPECT_EQ(bad.status, 410);
    EXPECT_EQ(issueCode(bad), QStringLiteral("expired"));
    EXPECT_EQ(get("/fhir/$changes?cursor=v1.999999", a.credential).status, 410);
    EXPECT_EQ(get("/fhir/$changes?cursor=v1.0", a.credential).status, 200);
}

TEST_F(Feed, AnotherFacilitySeesAPatientOnlyAfterLookingItUp)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    p.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")});
    const QString enc = newId();
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id))}), a.credential).status, 200);
    const Patient own = makePatient(b.facilityCode, QStringLiteral("Bushra"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(own, 1))}), b.credential).status, 200);

    Page before = readPage(get("/fhir/$changes", b.credential));
    EXPECT_EQ(before.urls, QStringList{QStringLiteral("Patient/") + own.id});
    EXPECT_EQ(get("/fhir/Patient/" + p.id.toStdString(), b.credential).status, 403);

    const Resp found = get("/fhir/Patient?identifier=" + kCnicSystem.toStdString() + "|3520212345671", b.credential);
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(found.json.value(u"total").toInt(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM lookups"), 1);

    const Page after = readPage(get("/fhir/$changes?cursor=" + before.cursor.toStdString(), b.credential));
    EXPECT_EQ(after.urls, (QStringList{QStringLiteral("Patient/") + p.id, QStringLiteral("Encounter/") + enc}));
    EXPECT_EQ(get("/fhir/Patient/" + p.id.toStdString(), b.credential).status, 200);
    // A's feed is unchanged by B's lookup.
    EXPECT_EQ(readPage(get("/fhir/$changes", a.credential)).urls.size(), 2);
}

// Tombstones: DELETE Type/id in a push Bundle stores a tombstone version (every earlier version
// stays), answers the same again, and reaches the facilities holding the patient as a DELETE
// entry without a resource; a facility without the patient may not withdraw it.
TEST_F(Feed, AWithdrawnRecordReachesTheOtherFacilityAsADeleteEntry)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Device b = enroll(QStringLiteral("FB"), 2);
    const Device c = enroll(QStringLiteral("FC"), 3);
    Patient p = makePatient(a.facilityCode, QStringLiteral("Amina Bibi"));
    p.identifiers.append(Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")});
    const QString enc = newId();
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id))}), a.credential).status, 200);
    ASSERT_EQ(get("/fhir/Patient?identifier=" + kCnicSystem.toStdString() + "|3520212345671", b.credential).status, 200);
    const Page before = pullAll(b, 10).last();

    const QString url = QStringLiteral("Encounter/") + enc;
    const QJsonObject del{{QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")}, {QStringLiteral("url"), url}}}};
    EXPECT_EQ(entryStatus(postJson("/fhir", transaction({del}), c.credential), 0), QStringLiteral("403 Forbidden"));
    const Resp first = postJson("/fhir", transaction({del}), a.credential);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(entryStatus(first, 0), QStringLiteral("200 OK"));
    EXPECT_EQ(first.json[u"entry"][0][u"response"][u"etag"].toString(), QStringLiteral("W/\"2\""));
    const Resp again = postJson("/fhir", transaction({del}), a.credential);   // idempotent
    EXPECT_EQ(again.json[u"entry"][0][u"response"][u"etag"].toString(), QStringLiteral("W/\"2\""));
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions WHERE type = 'Encounter'"), 2);   // append-only
    EXPECT_EQ(count("SELECT count(*) FROM resources WHERE type = 'Encounter' AND deleted"), 1);
    // The record itself again: the sender's replay gets its first answer and stores nothing;
    // from anyone else it is refused (clinical records are append-only; tombstones win).
    EXPECT_EQ(entryStatus(postJson("/fhir", transaction({entry(encounterResource(enc, p.id))}), a.credential), 0),
              QStringLiteral("201 Created"));
    EXPECT_EQ(entryStatus(postJson("/fhir", transaction({entry(encounterResource(enc, p.id))}), b.credential), 0),
              QStringLiteral("409 Conflict"));
    EXPECT_EQ(count("SELECT count(*) FROM resources WHERE type = 'Encounter' AND deleted"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions WHERE type = 'Encounter'"), 2);

    const Resp page = get("/fhir/$changes?cursor=" + before.cursor.toStdString(), b.credential);
    ASSERT_EQ(page.status, 200);
    const QJsonArray entries = page.json.value(u"entry").toArray();
    ASSERT_EQ(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    EXPECT_EQ(e[u"request"][u"method"].toString(), QStringLiteral("DELETE"));
    EXPECT_EQ(e[u"request"][u"url"].toString(), url);
    EXPECT_FALSE(e.contains(u"resource"));
    EXPECT_EQ(e[u"response"][u"etag"].toString(), QStringLiteral("W/\"2\""));
    // A record the registry never held: nothing to withdraw, nothing stored.
    const QJsonObject unknown{{QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                                     {QStringLiteral("url"), QString(QStringLiteral("Encounter/") + newId())}}}};
    EXPECT_EQ(entryStatus(postJson("/fhir", transaction({unknown}), a.credential), 0), QStringLiteral("200 OK"));
    EXPECT_EQ(count("SELECT count(*) FROM resource_versions WHERE type = 'Encounter'"), 2);
}

// Old cursors: with --cursor-retention-days, a cursor whose change was received longer ago is
// answered 410 (the clinic pulls again from an empty cursor); a recent one still pages.
class FeedRetention : public Feed {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--cursor-retention-days"), QStringLiteral("30")};
    }
};

TEST_F(FeedRetention, CursorOlderThanTheRetentionIs410AndAnEmptyCursorStillPullsAll)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    const Patient p = makePatient(a.facilityCode, QStringLiteral("Old Patient"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(p, 1))}), a.credential).status, 200);
    const QString oldCursor = pullAll(a, 10).last().cursor;
    ASSERT_FALSE(oldCursor.isEmpty());
    // A recent cursor pages as before.
    EXPECT_EQ(get("/fhir/$changes?cursor=" + oldCursor.toStdString(), a.credential).status, 200);

    exec("UPDATE changes SET received_at = now() - interval '31 days'");
    const Patient q = makePatient(a.facilityCode, QStringLiteral("New Patient"));
    ASSERT_EQ(postJson("/fhir", transaction({entry(patientResource(q, 1))}), a.credential).status, 200);
    const Resp expired = get("/fhir/$changes?cursor=" + oldCursor.toStdString(), a.credential);
    EXPECT_EQ(expired.status, 410);
    EXPECT_EQ(expired.json.value(u"resourceType").toString(), QStringLiteral("OperationOutcome"));
    // The full resync: everything, the old change included (the registry keeps it).
    const QList<Page> all = pullAll(a, 10);
    QStringList urls;
    for (const Page& pg : all) urls += pg.urls;
    EXPECT_EQ(urls, (QStringList{QStringLiteral("Patient/") + p.id, QStringLiteral("Patient/") + q.id}));
    // The cursor the resync ends with is recent again.
    EXPECT_EQ(get("/fhir/$changes?cursor=" + all.last().cursor.toStdString(), a.credential).status, 200);
}

} // namespace bhu::test
