#pragma once
// Reference lists published by the operator (`bhu-registry reference publish|list`; registry
// migration 11; docs/sync-protocol.md, "Reference data"). Each publication is a new version of
// the list's FHIR Binary (contentType text/csv, id: bhu::referenceListId(name)) and one change
// with no patient and no facility, so every facility's feed carries it.
#include "bhu/registry/Db.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace bhu::registry {

struct PublishedList {
    QString name, id;
    int version = 0;
    int rows = 0;
    QString publishedAt;   // ISO 8601, UTC
    QString publishedBy;
    bool unchanged = false;   // publish: the latest version already has exactly this CSV (nothing stored)
};

// Checks the CSV with the clinic's parser (bhu::checkReferenceList) before anything is stored:
// Invalid naming the line, and nothing written. The same CSV as the latest version stores
// nothing (unchanged = true, that version returned).
Result<PublishedList> publishReferenceList(Db& db, const QString& name, const QByteArray& csv, const QString& publishedBy);

// The latest version of every published list, in name order.
Result<std::vector<PublishedList>> latestReferenceLists(Db& db);

} // namespace bhu::registry
