// bhu-bench-match: quality and speed of the registry's matcher on the synthetic evaluation set
// (bhu::synth::MatchSetGenerator; docs/matching.md, docs/performance.md "Matching").
//   bhu-bench-match [--records N] [--seed S] [--threads T] [--auto W] [--review W] [--write-csv FILE] [--csv FILE] [--explain K]
//                   [--names wide|narrow] [--no-name-frequencies]
// --names narrow: the first generator's 40 male / 30 female names drawn uniformly (default wide:
// WideNamePool, Zipf-skewed); --no-name-frequencies: flat name weights (for comparison).
// Generates N records (or reads FILE with a truth_id column), runs the same path as
// `bhu-registry match` (readMatchCsv + matchBatch) and prints one JSON object: pairwise
// precision of auto-links, recall of auto-link ∪ review, review pairs per 1,000 records, timing.
// --explain K prints K false auto-links, K missed pairs and K review pairs with their field
// weights to stderr (for tuning).
#include "bhu/match/BatchMatcher.h"
#include "bhu/match/BlockingKeys.h"
#include "bhu/match/MatchCsv.h"
#include "bhu/synth/MatchSetGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cstdio>

using namespace bhu;

namespace {

QString arg(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void explainPair(const char* what, const match::MatchRecord& a, const match::MatchRecord& b)
{
    const match::MatchResult r = match::compare(a, b, match::defaultWeights(), true);
    std::fprintf(stderr, "%s %s %s weight=%.2f:", what, qPrintable(a.id), qPrintable(b.id), r.weight);
    for (const match::FieldScore& f : r.fields) std::fprintf(stderr, " %s=%s(%.1f)", f.field, f.level, f.weight);
    std::fprintf(stderr, "\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int n = arg(args, QStringLiteral("--records"), QStringLiteral("10000")).toInt();
    const auto seed = arg(args, QStringLiteral("--seed"), QStringLiteral("7")).toULongLong();
    const int explain = arg(args, QStringLiteral("--explain"), QStringLiteral("0")).toInt();
    const QDate today(2026, 1, 1);

    QByteArray csv;
    if (const QString in = arg(args, QStringLiteral("--csv")); !in.isEmpty()) {
        QFile f(in);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(in));
            return 1;
        }
        csv = f.readAll();
    } else {
        synth::MatchSetOptions genOptions;
        genOptions.wideNamePool = arg(args, QStringLiteral("--names"), QStringLiteral("wide")) != u"narrow";
        synth::MatchSetGenerator gen(seed, today, genOptions);
        csv = synth::matchSetCsv(gen.generate(n));
    }
    if (const QString out = arg(args, QStringLiteral("--write-csv")); !out.isEmpty()) {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    auto read = match::readMatchCsv(csv, today);
    if (!read.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
        return 1;
    }
    const qint64 readMs = timer.elapsed();
    const match::CsvRecords& data = read.value();
    const qsizetype truthCol = data.extraColumns.indexOf(QStringLiteral("truth_id"));
    if (truthCol < 0) {
        std::fprintf(stderr, "the CSV has no truth_id column\n");
        return 1;
    }
    match::BatchOptions options;
    options.threads = arg(args, QStringLiteral("--threads"), QStringLiteral("2")).toInt();
    options.nameFrequencies = !args.contains(QStringLiteral("--no-name-frequencies"));
    // Threshold overrides for tuning (the defaults are MatchWeights').
    if (const QString t = arg(args, QStringLiteral("--auto")); !t.isEmpty()) options.weights.autoLinkThreshold = t.toDouble();
    if (const QString t = arg(args, QStringLiteral("--review")); !t.isEmpty()) options.weights.reviewThreshold = t.toDouble();
    const match::BatchResult result = match::matchBatch(data.records, options);
    const qint64 matchMs = timer.elapsed() - readMs;

    const auto& recs = data.records;
    auto truth = [&](int i) { return data.extra[static_cast<std::size_t>(i)].at(truthCol); };
    QHash<QString, int> clusterSize;
    for (int i = 0; i < static_cast<int>(recs.size()); ++i) ++clusterSize[truth(i)];
    long long truePairs = 0;
    for (int s : std::as_const(clusterSize)) truePairs += static_cast<long long>(s) * (s - 1) / 2;

    long long autoTp = 0, reviewTp = 0;
    int shownFp = 0, shownReview = 0;
    QSet<quint64> found;
    auto key = [](int a, int b) { return (static_cast<quint64>(a) << 32) | static_cast<quint32>(b); };
    for (const auto& p : result.autoLinks) {
        if (truth(p.a) == truth(p.b)) {
            ++autoTp;
            found.insert(key(p.a, p.b));
        } else if (shownFp++ < explain) {
            explainPair("FALSE-AUTO", recs[static_cast<std::size_t>(p.a)], recs[static_cast<std::size_t>(p.b)]);
        }
    }
    for (const auto& p : result.reviews) {
        const bool same = truth(p.a) == truth(p.b);
        if (same) {
            ++reviewTp;
            found.insert(key(p.a, p.b));
        }
        if (shownReview++ < 2 * explain)
            explainPair(same ? "REVIEW-MATCH" : "REVIEW-NONMATCH", recs[static_cast<std::size_t>(p.a)], recs[static_cast<std::size_t>(p.b)]);
    }
    if (explain > 0) {
        QHash<QString, QList<int>> members;
        for (int i = 0; i < static_cast<int>(recs.size()); ++i) members[truth(i)] << i;
        int shown = 0;
        for (const QList<int>& m : std::as_const(members)) {
            for (qsizetype x = 0; x < m.size() && shown < explain; ++x)
                for (qsizetype y = x + 1; y < m.size() && shown < explain; ++y) {
                    const int a = std::min(m[x], m[y]), b = std::max(m[x], m[y]);
                    if (found.contains(key(a, b))) continue;
                    ++shown;
                    explainPair("MISSED", recs[static_cast<std::size_t>(a)], recs[static_cast<std::size_t>(b)]);
                }
            if (shown >= explain) break;
        }
    }
    const double precision = result.autoLinks.empty() ? 1.0 : double(autoTp) / double(result.autoLinks.size());
    const double recall = truePairs == 0 ? 1.0 : double(autoTp + reviewTp) / double(truePairs);
    const double autoRecall = truePairs == 0 ? 1.0 : double(autoTp) / double(truePairs);
    const double reviewPer1000 = 1000.0 * double(result.reviews.size()) / double(recs.size());
    std::printf("{\"records\":%zu,\"true_pairs\":%lld,\"auto_link_pairs\":%zu,\"auto_link_precision\":%.4f,"
                "\"auto_link_recall\":%.4f,\"review_pairs\":%zu,\"review_true_pairs\":%lld,\"recall_auto_or_review\":%.4f,"
                "\"review_per_1000\":%.2f,\"comparisons\":%lld,\"skipped_blocks\":%d,\"read_ms\":%lld,\"match_ms\":%lld}\n",
                recs.size(), truePairs, result.autoLinks.size(), precision, autoRecall, result.reviews.size(), reviewTp, recall,
                reviewPer1000, result.comparisons, result.skippedBlocks, static_cast<long long>(readMs), static_cast<long long>(matchMs));
    return 0;
}
