#pragma once
// Auto-lock when idle: the UI reports user activity (keys, mouse) and asks isIdle() from a
// timer; the clock is injectable so tests need not wait. 0 seconds: never lock.
#include "bhu/domain/Clock.h"

namespace bhu::services {

class IdleMonitor {
public:
    IdleMonitor(const Clock& clock, int timeoutSecs) : m_clock(clock), m_timeout(timeoutSecs), m_last(clock.nowUtc()) {}
    void activity() { m_last = m_clock.nowUtc(); }
    bool isIdle() const { return m_timeout > 0 && m_last.secsTo(m_clock.nowUtc()) >= m_timeout; }
    int timeoutSecs() const { return m_timeout; }
    void setTimeoutSecs(int s) { m_timeout = s; }
    static constexpr int kDefaultTimeoutSecs = 5 * 60;

private:
    const Clock& m_clock;
    int m_timeout;
    QDateTime m_last;
};

} // namespace bhu::services
