#include "bhu/match/BatchMatcher.h"

#include "bhu/match/BlockingKeys.h"
#include "bhu/match/NameFrequencies.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>

namespace bhu::match {

namespace {

struct Posting {
    std::uint64_t key;
    int record;
    bool operator<(const Posting& o) const { return key != o.key ? key < o.key : record < o.record; }
};

struct Block {
    std::size_t begin, end;
};

std::uint64_t hashKey(const QString& k)
{
    // Two 32-bit-seeded hashes make a 64-bit one: collisions only cost extra comparisons.
    const auto h1 = static_cast<std::uint64_t>(qHash(k, 0x9e3779b9u));
    const auto h2 = static_cast<std::uint64_t>(qHash(k, 0x85ebca6bu));
    return (h1 << 32) ^ h2;
}

// The smallest key both sorted lists hold, or 0 when none (0 is never a real first key here
// because the caller only asks about records that share at least one key).
std::uint64_t firstShared(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y)
{
    std::size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) return x[i];
        if (x[i] < y[j]) ++i;
        else ++j;
    }
    return 0;
}

} // namespace

BatchResult matchBatch(const std::vector<MatchRecord>& input, const BatchOptions& options)
{
    // Rated copies: the name frequencies of the input itself (a register is its own population).
    std::vector<MatchRecord> rated;
    if (options.nameFrequencies) {
        const NameFrequencies freq = NameFrequencies::fromRecords(input);
        rated = input;
        for (MatchRecord& r : rated) freq.apply(r, options.weights);
    }
    const std::vector<MatchRecord>& records = options.nameFrequencies ? rated : input;
    BatchResult result;
    const int n = static_cast<int>(records.size());
    std::vector<Posting> postings;
    postings.reserve(records.size() * 10);
    for (int i = 0; i < n; ++i)
        for (const QString& k : blockingKeys(records[static_cast<std::size_t>(i)])) postings.push_back(Posting{hashKey(k), i});
    std::sort(postings.begin(), postings.end());
    postings.erase(std::unique(postings.begin(), postings.end(),
                               [](const Posting& a, const Posting& b) { return a.key == b.key && a.record == b.record; }),
                   postings.end());

    // Blocks worth comparing, and each record's keys of those blocks (sorted) for the
    // "first shared block" rule.
    std::vector<Block> blocks;
    std::vector<std::vector<std::uint64_t>> activeKeys(records.size());
    for (std::size_t i = 0; i < postings.size();) {
        std::size_t j = i;
        while (j < postings.size() && postings[j].key == postings[i].key) ++j;
        const std::size_t size = j - i;
        if (size > static_cast<std::size_t>(options.maxBlockSize)) {
            ++result.skippedBlocks;
        } else if (size >= 2) {
            blocks.push_back(Block{i, j});
            for (std::size_t k = i; k < j; ++k) activeKeys[static_cast<std::size_t>(postings[k].record)].push_back(postings[i].key);
        }
        i = j;
    }
    // Largest blocks first, so threads finish together.
    std::sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.end - a.begin > b.end - b.begin; });

    struct Out {
        std::vector<BatchPair> autoLinks, reviews;
        long long comparisons = 0;
    };
    const int threads = std::max(1, options.threads);
    std::vector<Out> outs(static_cast<std::size_t>(threads));
    std::atomic<std::size_t> next{0};
    auto work = [&](Out& out) {
        for (std::size_t bi; (bi = next.fetch_add(1)) < blocks.size();) {
            const Block& blk = blocks[bi];
            const std::uint64_t key = postings[blk.begin].key;
            for (std::size_t x = blk.begin; x < blk.end; ++x) {
                const int a = postings[x].record;
                const auto& ka = activeKeys[static_cast<std::size_t>(a)];
                for (std::size_t y = x + 1; y < blk.end; ++y) {
                    const int b = postings[y].record;
                    if (firstShared(ka, activeKeys[static_cast<std::size_t>(b)]) != key) continue;
                    ++out.comparisons;
                    const MatchResult m = compare(records[static_cast<std::size_t>(a)], records[static_cast<std::size_t>(b)], options.weights);
                    if (m.decision == Decision::AutoLink) out.autoLinks.push_back(BatchPair{std::min(a, b), std::max(a, b), m.weight});
                    else if (m.decision == Decision::Review) out.reviews.push_back(BatchPair{std::min(a, b), std::max(a, b), m.weight});
                }
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work, std::ref(outs[static_cast<std::size_t>(t)]));
    work(outs[0]);
    for (std::thread& t : pool) t.join();

    for (Out& o : outs) {
        result.autoLinks.insert(result.autoLinks.end(), o.autoLinks.begin(), o.autoLinks.end());
        result.reviews.insert(result.reviews.end(), o.reviews.begin(), o.reviews.end());
        result.comparisons += o.comparisons;
    }
    auto byPair = [](const BatchPair& x, const BatchPair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; };
    std::sort(result.autoLinks.begin(), result.autoLinks.end(), byPair);
    std::sort(result.reviews.begin(), result.reviews.end(), byPair);
    return result;
}

} // namespace bhu::match
