#include "bhu/registry/NameFrequencyRefresh.h"

#include "bhu/registry/MatchIndex.h"

#include <cstdio>

namespace bhu::registry {

NameFrequencyRefresh::NameFrequencyRefresh(Db& db, std::chrono::seconds interval) : m_db(db), m_interval(interval)
{
    if (m_interval.count() > 0) m_thread = std::thread([this] { loop(); });
}

NameFrequencyRefresh::~NameFrequencyRefresh()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void NameFrequencyRefresh::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // `bhu-registry migrate` counted them at start-up; the first recount is one interval later.
        if (m_wake.wait_for(lock, m_interval, [this] { return m_stop; })) return;
        lock.unlock();
        const auto counted = refreshNameFrequencies(m_db);
        if (counted.ok())
            std::fprintf(stderr, "bhu-registry: name frequencies recounted over %lld patient(s)\n", static_cast<long long>(counted.value()));
        else
            std::fprintf(stderr, "bhu-registry: name frequencies not recounted: %s\n", qPrintable(counted.error().detail));
        lock.lock();
    }
}

} // namespace bhu::registry
