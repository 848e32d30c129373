#pragma once
// Facility settings kept inside the encrypted database (the meta table): backup folder,
// schedule, idle-lock time. Each change is audited.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

namespace bhu::db {

class Settings {
public:
    explicit Settings(Connection& c) : m_c(c) {}
    Result<QString> value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value, const Actor& who);   // audited "setting.change"
    Status setValueQuietly(const QString& key, const QString& value);              // bookkeeping (last backup time)

private:
    Connection& m_c;
};

} // namespace bhu::db
