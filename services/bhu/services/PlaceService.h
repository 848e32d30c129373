#pragma once
// Geography reference data for addresses: the built-in provinces and regions of Pakistan, and
// a facility's own districts, tehsils, union councils and villages imported from CSV.
// Listing needs no permission; importing needs Permission::ImportData.
#include "bhu/db/PlaceRepository.h"
#include "bhu/services/ImportCsv.h"
#include "bhu/services/Session.h"

#include <QJsonObject>

namespace bhu::services {

struct BuiltinPlace {
    QString name;        // English, as on official lists
    QString nameUrdu;
    QStringList aliases; // other spellings people type: "KPK", "NWFP", "AJK", "ICT", …
};

struct PlaceImportSummary {
    int rows = 0;        // data rows read
    int created = 0;     // places created
    int unchanged = 0;   // rows whose whole chain was already there
    int rejected = 0;    // bad rows (see issues), not imported
    int urduAdded = 0;   // existing places that got their missing Urdu name
    QList<RowIssue> issues;
    QJsonObject toJson() const;
};

class PlaceService {
public:
    // Source tag of the built-in list (places.source).
    static const QString kBuiltinSource;

    explicit PlaceService(Session& s) : m_s(s) {}

    // The seven provinces and regions, with Urdu names.
    static const QList<BuiltinPlace>& builtinProvinces();
    // The canonical province name for a typed one ("kpk" → "Khyber Pakhtunkhwa"); empty if unknown.
    static QString canonicalProvince(const QString& typed);

    // Adds whichever built-in provinces are missing (idempotent). Needs ImportData.
    Result<PlaceImportSummary> importBuiltin();
    // Imports a CSV with columns province,district,tehsil,union_council,village[,village_ur]
    // (header optional; with a header, columns may come in any order and every level may have
    // an *_ur column). Each row creates the missing chain; bad rows are reported with their
    // row number and skipped; the good rows commit in one transaction. Needs ImportData.
    // The built-in provinces are added first if missing.
    Result<PlaceImportSummary> importCsv(const QByteArray& csv, const QString& sourceName);

    // Children of a place (parentId empty: the provinces), by name. Loads the built-in
    // provinces on first use.
    Result<QList<db::Place>> children(const QString& parentId, std::optional<db::PlaceLevel> level = std::nullopt);
    // Places matching a name or a path "Punjab/Faisalabad/Jaranwala" (case-insensitive).
    Result<QList<db::Place>> resolve(const QString& nameOrPath);
    Result<db::Place> get(const QString& id);

private:
    Status ensureBuiltin();
    Session& m_s;
};

} // namespace bhu::services
