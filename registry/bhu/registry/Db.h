#pragma once
// PostgreSQL access for the registry: a small pool of libpqxx connections (one is leased per
// request, so at most `maxConnections` work at once) and `transact`, which runs a function in
// one transaction and turns every exception into a bhu::Error — no exception leaves storage.
#include "bhu/domain/Result.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <typeinfo>
#include <string>
#include <type_traits>
#include <vector>

#include <pqxx/pqxx>

namespace bhu::registry {

// UTF-8 conversions between Qt and libpqxx.
inline std::string s8(const QString& s) { return s.toStdString(); }
inline QString q8(const std::string& s) { return QString::fromStdString(s); }

class Db {
public:
    Db(std::string conninfo, int maxConnections);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    // Opens one connection to check the server is reachable.
    Status check();

    // Runs f(pqxx::work&) in one transaction and commits; f returns a value (not void).
    // A libpqxx/PostgreSQL exception rolls back and becomes ErrorCode::Failed (its detail
    // holds the SQLSTATE only: server messages may quote row values, i.e. patient data).
    template <typename F>
    auto transact(F&& f) -> Result<std::invoke_result_t<F, pqxx::work&>>
    {
        using T = std::invoke_result_t<F, pqxx::work&>;
        std::unique_ptr<pqxx::connection> c;
        try {
            c = acquire();
            std::optional<T> out;
            {
                pqxx::work w(*c);
                out.emplace(f(w));
                w.commit();
            }
            release(std::move(c));
            return std::move(*out);
        } catch (const pqxx::sql_error& e) {
            release(std::move(c));
            return dbError(QStringLiteral("sqlstate ") + q8(e.sqlstate()));
        } catch (const pqxx::broken_connection&) {
            if (c) {   // dropped, not returned to the pool
                c.reset();
                dropSlot();
            }
            return dbError(QStringLiteral("connection lost"));
        } catch (const std::exception& e) {
            release(std::move(c));
            return dbError(QStringLiteral("exception ") + QString::fromLatin1(typeid(e).name()));
        }
    }

private:
    std::unique_ptr<pqxx::connection> acquire();
    void release(std::unique_ptr<pqxx::connection> c);   // null: nothing to return
    void dropSlot();
    static Error dbError(const QString& detail);

    std::string m_conninfo;
    int m_max;
    int m_open = 0;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

} // namespace bhu::registry
