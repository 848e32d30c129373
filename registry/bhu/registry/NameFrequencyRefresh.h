#pragma once
// Keeps the matcher's name frequencies current while the registry serves (docs/matching.md,
// "Name frequencies"): a thread of `bhu-registry serve` recounts them every `hours` (setting
// `name-frequency-hours`, default 24), so nobody has to remember a nightly job. The count is one
// transaction (refreshNameFrequencies); $match keeps reading the previous counts until it
// commits. A failed count is logged (no patient data) and tried again at the next interval.
#include "bhu/registry/Db.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace bhu::registry {

class NameFrequencyRefresh {
public:
    // Every `interval` (zero or less: never). `serve` passes name-frequency-hours.
    NameFrequencyRefresh(Db& db, std::chrono::seconds interval);
    ~NameFrequencyRefresh();   // stops and joins the thread
    NameFrequencyRefresh(const NameFrequencyRefresh&) = delete;
    NameFrequencyRefresh& operator=(const NameFrequencyRefresh&) = delete;

private:
    void loop();

    Db& m_db;
    const std::chrono::seconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace bhu::registry
