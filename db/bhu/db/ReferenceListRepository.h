#pragma once
// A facility's own versions of reference lists (today: the medicines its store stocks), kept as
// the CSV text in the encrypted database (table meta, key "reference.<list>") so that they
// travel with backups. Every write commits with its audit entry in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QByteArray>
#include <optional>

namespace bhu::db {

class ReferenceListRepository {
public:
    explicit ReferenceListRepository(Connection& c) : m_c(c) {}
    // The facility's CSV for the list, or nullopt when the shipped list is in use.
    Result<std::optional<QByteArray>> get(const QString& list);
    Status put(const Actor& who, const QString& list, const QByteArray& csv, int rows);
    // Back to the shipped list.
    Status reset(const Actor& who, const QString& list);

private:
    Connection& m_c;
};

} // namespace bhu::db
