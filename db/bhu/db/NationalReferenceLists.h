#pragma once
// Reference lists received from the registry (clinic migration 9; docs/sync-protocol.md,
// "Reference data"): the latest national version of each list. Written by SyncApply inside the
// pulled page's transaction; read by services::ReferenceService to build ReferenceData::current().
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/db/SyncTypes.h"

#include <QByteArray>
#include <optional>

namespace bhu::db {

struct NationalList {
    QString list;
    qint64 version = 0;
    QByteArray csv;
    int rows = 0;
    QString publishedAt, receivedAt;   // ISO 8601 UTC
};

class NationalReferenceLists {
public:
    explicit NationalReferenceLists(Connection& c) : m_c(c) {}
    // Stores the list when its version is newer than the one held (false: an older or equal
    // version, nothing changed), with an audit entry "reference.national" (list, version, rows).
    // Opens no transaction: the caller's (the page's) holds it. The CSV must have been checked.
    Result<bool> store(const PulledReferenceList& l, int rows, const Actor& who);
    Result<std::optional<NationalList>> get(const QString& list);

private:
    Connection& m_c;
};

} // namespace bhu::db
