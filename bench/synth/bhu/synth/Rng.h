#pragma once
// Deterministic random numbers for synthetic data: the same seed gives the same data on every
// platform (std:: distributions are implementation-defined, so we map the engine ourselves).
#include <QList>
#include <cstdint>
#include <random>

namespace bhu::synth {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_e(seed) {}
    std::uint64_t next() { return m_e(); }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }   // inclusive
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    std::mt19937_64 m_e;
};

} // namespace bhu::synth
