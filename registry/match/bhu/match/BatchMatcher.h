#pragma once
// The matcher over a whole list of records in memory (`bhu-registry match --csv`): blocking
// keys of every record are hashed into one sorted index; each block's pairs are compared once
// (a pair sharing several keys is compared in its first shared block only); blocks are spread
// over worker threads. Blocks larger than maxBlockSize are skipped (a key shared by that many
// records — a clinic's phone typed for everyone — says nothing; the other keys still block).
#include "bhu/match/Matcher.h"

#include <vector>

namespace bhu::match {

struct BatchOptions {
    int threads = 2;
    int maxBlockSize = 2000;
    MatchWeights weights = defaultWeights();
    // Value-specific name weights from the input's own name frequencies (NameFrequencies).
    bool nameFrequencies = true;
};

struct BatchPair {
    int a = 0, b = 0;   // indexes into the input, a < b
    double weight = 0;
};

struct BatchResult {
    std::vector<BatchPair> autoLinks;   // sorted by (a, b)
    std::vector<BatchPair> reviews;     // sorted by (a, b)
    long long comparisons = 0;
    int skippedBlocks = 0;
};

BatchResult matchBatch(const std::vector<MatchRecord>& records, const BatchOptions& options = {});

} // namespace bhu::match
