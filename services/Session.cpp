#include "bhu/services/Session.h"

#include "bhu/db/AuditLog.h"

namespace bhu::services {

Session::Session(std::unique_ptr<db::Store> store, QString source) : m_store(std::move(store)), m_source(std::move(source)) {}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::unlock(const QString& dbPath, const QString& user, const QString& password,
                                                 const QString& source)
{
    auto store = db::Store::open(dbPath, user, password);
    if (!store.ok()) return store.error();
    auto s = std::make_unique<Session>(std::move(store.value()), source);
    BHU_TRY(db::AuditLog(s->store().conn()).record(s->actor(), QStringLiteral("login")));
    return s;
}

} // namespace bhu::services
