#pragma once
// FHIR → what the store applies: one page of the $changes feed (a history Bundle) and the
// resources returned with push outcomes. A resource that cannot be read becomes a
// PulledInvalid (recorded under Needs attention); a page that is not a history Bundle is an
// error and nothing of it is applied.
#include "bhu/db/SyncTypes.h"
#include "bhu/domain/Result.h"
#include "bhu/fhir/FhirConfig.h"

#include <QJsonObject>

namespace bhu::sync {

struct FeedPage {
    db::PulledPage page;   // page.cursor: the cursor to store after applying it
    bool hasNext = false;
    int entries = 0;
    int deferred = 0;      // resource types the clinic does not apply (yet): counted, not stored
};

// The page's cursor and whether a next page exists, without reading the entries: the clinic
// asks for the next page with it before it reads and applies this one.
struct FeedLinks {
    QString cursor;
    bool hasNext = false;
};
Result<FeedLinks> readFeedLinks(const QJsonObject& bundle, const fhir::FhirConfig& cfg = {});

Result<FeedPage> readChangesPage(const QJsonObject& bundle, const fhir::FhirConfig& cfg = {});

// One Patient resource with its server version (meta.versionId, else `etagVersion`) and the
// registry's merge-conflict extensions.
Result<db::PulledPatient> readPatient(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg = {});

// A national reference list (a Binary tagged with referenceListTagSystem(); docs/sync-protocol.md,
// "Reference data"): its list name must match its id; the CSV itself is checked when applied.
Result<db::PulledReferenceList> readReferenceList(const QJsonObject& resource, qint64 etagVersion);

// `W/"3"` → 3; 0 when absent or unreadable.
qint64 versionFromEtag(const QString& etag);

} // namespace bhu::sync
