#pragma once
// Retry delay after a failed push: 1 s · 2^(attempts-1), capped at 15 min, ±25 % jitter
// (docs/sync-protocol.md). `random01` in [0, 1) is injected so tests are deterministic.
#include <QtGlobal>
#include <algorithm>

namespace bhu::db {

inline qint64 backoffMs(int attempts, double random01)
{
    constexpr qint64 kBase = 1000, kCap = 15 * 60 * 1000;
    const int n = std::clamp(attempts - 1, 0, 20);
    const qint64 plain = std::min(kCap, kBase << n);
    const double jitter = 0.75 + 0.5 * std::clamp(random01, 0.0, 1.0);
    return static_cast<qint64>(static_cast<double>(plain) * jitter);
}

} // namespace bhu::db
