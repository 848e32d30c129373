// `bhu-registry match`: reads the records (bhu::match::readMatchCsv), runs the batch matcher and
// writes record_id_a,record_id_b pairs it would auto-link and those it would send to review.
// Prints one JSON line of counts and timing on stdout. No database.
#include "CmdMatch.h"

#include "bhu/domain/Csv.h"
#include "bhu/match/BatchMatcher.h"
#include "bhu/match/MatchCsv.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace bhu::registry {

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(message));
    return 1;
}

bool writePairs(const QString& path, const std::vector<match::MatchRecord>& records, const std::vector<match::BatchPair>& pairs)
{
    QList<QStringList> rows;
    rows.reserve(static_cast<qsizetype>(pairs.size()) + 1);
    rows.append({QStringLiteral("record_id_a"), QStringLiteral("record_id_b")});
    for (const match::BatchPair& p : pairs)
        rows.append({records[static_cast<std::size_t>(p.a)].id, records[static_cast<std::size_t>(p.b)].id});
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(csvFile(rows));
    return f.commit();
}
} // namespace

int cmdMatch(const QMap<QString, QString>& options)
{
    const QString in = options.value(QStringLiteral("--csv"));
    const QString outPairs = options.value(QStringLiteral("--out-pairs"));
    const QString outReview = options.value(QStringLiteral("--out-review"));
    if (in.isEmpty() || outPairs.isEmpty() || outReview.isEmpty())
        return fail(QStringLiteral("match needs --csv IN.csv --out-pairs PAIRS.csv --out-review REVIEW.csv"));
    QDate today = QDate::currentDate();
    if (options.contains(QStringLiteral("--today"))) {
        today = QDate::fromString(options.value(QStringLiteral("--today")), Qt::ISODate);
        if (!today.isValid()) return fail(QStringLiteral("--today must be YYYY-MM-DD"));
    }
    match::BatchOptions batch;
    if (options.contains(QStringLiteral("--threads"))) {
        bool ok = false;
        batch.threads = options.value(QStringLiteral("--threads")).toInt(&ok);
        if (!ok || batch.threads < 1) return fail(QStringLiteral("--threads takes a positive integer"));
    }

    QElapsedTimer timer;
    timer.start();
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) return fail(QStringLiteral("cannot read %1: %2").arg(in, file.errorString()));
    auto records = match::readMatchCsv(file.readAll(), today);
    if (!records.ok()) return fail(in + QStringLiteral(": ") + records.error().message);
    const qint64 readMs = timer.elapsed();
    const std::vector<match::MatchRecord>& recs = records.value().records;
    const match::BatchResult result = match::matchBatch(recs, batch);
    const qint64 matchMs = timer.elapsed() - readMs;
    if (!writePairs(outPairs, recs, result.autoLinks)) return fail(QStringLiteral("cannot write ") + outPairs);
    if (!writePairs(outReview, recs, result.reviews)) return fail(QStringLiteral("cannot write ") + outReview);
    std::printf("{\"records\":%zu,\"comparisons\":%lld,\"skipped_blocks\":%d,\"auto_link_pairs\":%zu,\"review_pairs\":%zu,"
                "\"read_ms\":%lld,\"match_ms\":%lld,\"total_ms\":%lld}\n",
                recs.size(), result.comparisons, result.skippedBlocks, result.autoLinks.size(), result.reviews.size(),
                static_cast<long long>(readMs), static_cast<long long>(matchMs), static_cast<long long>(timer.elapsed()));
    return 0;
}

} // namespace bhu::registry
