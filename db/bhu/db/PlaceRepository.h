#pragma once
// Geography reference data: province → district → tehsil → union council → village
// (migration 0002, table `places`). Names are matched case-insensitively (ASCII) within one
// parent, so "punjab" finds "Punjab"; Urdu names are matched exactly. Every write commits with
// its audit entry in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QList>
#include <QString>
#include <optional>

namespace bhu::db {

enum class PlaceLevel { Province = 0, District = 1, Tehsil = 2, UnionCouncil = 3, Village = 4 };
constexpr int kPlaceLevels = 5;

QString placeLevelCode(PlaceLevel l);   // "province", "district", "tehsil", "union_council", "village"
std::optional<PlaceLevel> placeLevelFromCode(const QString& code);

struct Place {
    QString id;
    PlaceLevel level = PlaceLevel::Province;
    QString name;
    QString nameUrdu;
    QString parentId;   // empty for a province
    QString source;     // e.g. "builtin-2026-11", "import:ucs.csv"
    bool active = true;
};

// One name of a chain (a CSV row): the place at chain position i has level PlaceLevel(i).
struct PlaceName {
    QString name;
    QString nameUrdu;   // optional; fills an existing place's missing Urdu name
};

// One import row: names from the province down, contiguous, 1 to 5 long.
struct PlaceChain {
    int row = 0;                // the caller's row number (for messages)
    QList<PlaceName> names;
};

struct PlaceImportCounts {
    int chains = 0;
    int created = 0;            // places inserted
    int existing = 0;           // chain links that were already there
    int unchanged = 0;          // chains that created nothing (already imported)
    int urduAdded = 0;          // existing places that got their missing Urdu name
};

class PlaceRepository {
public:
    explicit PlaceRepository(Connection& c) : m_c(c) {}

    // Inserts one place (id generated when empty) in its own transaction with an audit entry.
    // Conflict if the parent already has a place of that level and name.
    Result<Place> insert(Place p, const Actor& who);

    Result<Place> get(const QString& id);
    // The place of `level` called `name` under `parentId` (empty: top level), if any.
    Result<std::optional<Place>> find(const QString& parentId, PlaceLevel level, const QString& name);
    // Children of parentId (empty: the provinces), optionally of one level only, by name.
    Result<QList<Place>> children(const QString& parentId, std::optional<PlaceLevel> level = std::nullopt);
    // Every place called `name` (case-insensitive, Latin or Urdu), any level.
    Result<QList<Place>> findByName(const QString& name);
    Result<qint64> count(std::optional<PlaceLevel> level = std::nullopt);

    // Creates whatever is missing of each chain, all in one transaction with one audit entry
    // ("places.import", counts only). Re-running the same chains creates nothing.
    Result<PlaceImportCounts> importChains(const QList<PlaceChain>& chains, const QString& source, const Actor& who);

private:
    Status insertWithin(Place& p);
    Connection& m_c;
};

} // namespace bhu::db
