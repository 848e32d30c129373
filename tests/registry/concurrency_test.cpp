// Sequence numbers under concurrent pushes: the feed holds every change exactly once, in
// strictly increasing sequence order.
#include "RegistryFixture.h"

#include <QSet>
#include <thread>

namespace bhu::test {

using Concurrency = RegistryTest;

TEST_F(Concurrency, EightThreadsPushingGiveAFeedWithEveryChangeOnceInOrder)
{
    const Device a = enroll(QStringLiteral("FA"), 1);
    constexpr int kThreads = 8, kBundles = 6;
    std::vector<QStringList> sent(kThreads);
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    // Patients made up front: makePatient is not what is under test.
    std::vector<std::vector<Patient>> patients(kThreads);
    for (int t = 0; t < kThreads; ++t)
        for (int b = 0; b < kBundles; ++b) patients[t].push_back(makePatient(a.facilityCode, QStringLiteral("P")));
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int b = 0; b < kBundles; ++b) {
                const Patient& p = patients[t][b];
                const QString enc = newId();
                const Resp r = postJson("/fhir", transaction({entry(patientResource(p, 1)), entry(encounterResource(enc, p.id))}), a.credential);
                if (r.status != 200 || entryStatus(r, 1) != u"201 Created") ++failures;
                sent[t] << QStringLiteral("Patient/") + p.id << QStringLiteral("Encounter/") + enc;
            }
        });
    }
    // A reader pulls all along with its cursor, as a clinic would: with seq order == commit
    // order it never skips a change that commits late.
    QStringList urls;
    QList<qint64> seqs;
    std::atomic<bool> writersDone{false};
    std::thread reader([&] {
        QString cursor;
        for (int guard = 0; guard < 100000; ++guard) {
            const bool finalPass = writersDone.load();
            const Resp r = get("/fhir/$changes?_count=7&cursor=" + cursor.toStdString(), a.credential);
            if (r.status != 200) {
                ++failures;
                return;
            }
            for (const QJsonValue& v : r.json.value(u"entry").toArray()) {
                const QJsonObject e = v.toObject();
                urls << e.value(u"fullUrl").toString();
                for (const QJsonValue& x : e.value(u"resource").toObject().value(u"meta").toObject().value(u"extension").toArray())
                    if (x.toObject().value(u"url").toString().endsWith(QStringLiteral("/server-sequence")))
                        seqs << x.toObject().value(u"valueInteger").toInteger();
            }
            cursor = r.json.value(u"meta").toObject().value(u"extension").toArray().at(0).toObject().value(u"valueString").toString();
            if (finalPass && r.json.value(u"link").toArray().isEmpty()) return;
        }
    });
    for (auto& th : threads) th.join();
    writersDone = true;
    reader.join();
    ASSERT_EQ(failures.load(), 0);

    QSet<QString> expected;
    for (const QStringList& s : sent)
        for (const QString& u : s) expected.insert(u);
    EXPECT_EQ(urls.size(), kThreads * kBundles * 2);
    const QSet<QString> got(urls.begin(), urls.end());
    EXPECT_EQ((expected - got).size(), 0) << "changes the reader skipped";
    EXPECT_EQ((got - expected).size(), 0) << "changes nobody sent";
    ASSERT_EQ(seqs.size(), urls.size());
    for (qsizetype i = 1; i < seqs.size(); ++i) ASSERT_LT(seqs[i - 1], seqs[i]);
    // Within each bundle the Patient precedes its Encounter (one transaction, entry order).
    for (const QStringList& s : sent)
        for (qsizetype i = 0; i + 1 < s.size(); i += 2) EXPECT_LT(urls.indexOf(s[i]), urls.indexOf(s[i + 1]));
}

} // namespace bhu::test
