#include "bhu/registry/Db.h"

#include <algorithm>
#include <cstdio>

namespace bhu::registry {

Db::Db(std::string conninfo, int maxConnections) : m_conninfo(std::move(conninfo)), m_max(std::max(1, maxConnections)) {}

Db::~Db() = default;

Status Db::check()
{
    auto r = transact([](pqxx::work& w) { return w.exec1("SELECT 1")[0].as<int>(); });
    if (!r.ok()) return r.error();
    return Status::success();
}

std::unique_ptr<pqxx::connection> Db::acquire()
{
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_idle.empty() || m_open < m_max; });
        if (!m_idle.empty()) {
            auto c = std::move(m_idle.back());
            m_idle.pop_back();
            return c;
        }
        ++m_open;   // reserve a slot, connect outside the lock
    }
    try {
        return std::make_unique<pqxx::connection>(m_conninfo);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_cv.notify_one();
        throw;
    }
}

void Db::release(std::unique_ptr<pqxx::connection> c)
{
    if (!c) return;
    std::lock_guard lock(m_mutex);
    if (c->is_open()) m_idle.push_back(std::move(c));
    else --m_open;
    m_cv.notify_one();
}

void Db::dropSlot()
{
    std::lock_guard lock(m_mutex);
    --m_open;
    m_cv.notify_one();
}

Error Db::dbError(const QString& detail)
{
    std::fprintf(stderr, "db error: %s\n", qPrintable(detail));
    return Error::make(ErrorCode::Failed, QStringLiteral("The registry database failed; try again later."),
                       QStringLiteral("db: ") + detail);
}

} // namespace bhu::registry
