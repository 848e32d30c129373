#include "bhu/db/PlaceRepository.h"

#include "bhu/db/AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace bhu::db {

namespace {
const QString kType = QStringLiteral("Place");
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::PlaceRepository", s); }
QString orNull(const QString& s) { return s.isEmpty() ? QString() : s; }

Place readPlace(const Statement* st)
{
    Place p;
    p.id = st->text(0);
    p.level = placeLevelFromCode(st->text(1)).value_or(PlaceLevel::Village);
    p.name = st->text(2);
    p.nameUrdu = st->text(3);
    p.parentId = st->text(4);
    p.source = st->text(5);
    p.active = st->int64(6) != 0;
    return p;
}

Result<QList<Place>> readAll(Statement* st)
{
    QList<Place> out;
    for (;;) {
        auto r = st->step();
        if (!r.ok()) {
            st->reset();
            return r.error();
        }
        if (!r.value()) break;
        out.append(readPlace(st));
    }
    st->reset();
    return out;
}
} // namespace

QString placeLevelCode(PlaceLevel l)
{
    switch (l) {
    case PlaceLevel::Province: return QStringLiteral("province");
    case PlaceLevel::District: return QStringLiteral("district");
    case PlaceLevel::Tehsil: return QStringLiteral("tehsil");
    case PlaceLevel::UnionCouncil: return QStringLiteral("union_council");
    case PlaceLevel::Village: return QStringLiteral("village");
    }
    return {};
}

std::optional<PlaceLevel> placeLevelFromCode(const QString& code)
{
    for (int i = 0; i < kPlaceLevels; ++i)
        if (placeLevelCode(static_cast<PlaceLevel>(i)) == code) return static_cast<PlaceLevel>(i);
    return std::nullopt;
}

Status PlaceRepository::insertWithin(Place& p)
{
    if (p.id.isEmpty()) p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto st = m_c.prepare("INSERT INTO places(id, level, name, name_ur, parent_id, source, active) VALUES (?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, p.id).bind(2, placeLevelCode(p.level)).bind(3, p.name).bind(4, orNull(p.nameUrdu));
    st.value()->bind(5, orNull(p.parentId)).bind(6, p.source).bind(7, p.active);
    Status s = st.value()->run();
    if (s.is(ErrorCode::Conflict))
        return Error::make(ErrorCode::Conflict, tr("%1 already exists there.").arg(p.name), s.error().detail);
    return s;
}

Result<Place> PlaceRepository::insert(Place p, const Actor& who)
{
    if (p.name.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("A place needs a name."));
    if ((p.level == PlaceLevel::Province) != p.parentId.isEmpty())
        return Error::make(ErrorCode::Invalid, tr("Only a province has no parent place."));
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    // The UNIQUE constraint does not cover provinces (NULL parent): check by name first.
    auto existing = find(p.parentId, p.level, p.name);
    if (!existing.ok()) return existing.error();
    if (existing->has_value()) return Error::make(ErrorCode::Conflict, tr("%1 already exists there.").arg(p.name));
    BHU_TRY(insertWithin(p));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("place.create"), kType, p.id, {}, placeLevelCode(p.level)));
    BHU_TRY(tx.commit());
    return p;
}

Result<Place> PlaceRepository::get(const QString& id)
{
    auto st = m_c.prepare("SELECT id, level, name, name_ur, parent_id, source, active FROM places WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    auto all = readAll(st.value());
    if (!all.ok()) return all.error();
    if (all->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such place."));
    return all->first();
}

Result<std::optional<Place>> PlaceRepository::find(const QString& parentId, PlaceLevel level, const QString& name)
{
    auto st = m_c.prepare("SELECT id, level, name, name_ur, parent_id, source, active FROM places "
                          "WHERE parent_id IS ?1 AND level = ?2 AND name = ?3 COLLATE NOCASE ORDER BY rowid LIMIT 1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, orNull(parentId)).bind(2, placeLevelCode(level)).bind(3, name);
    auto all = readAll(st.value());
    if (!all.ok()) return all.error();
    if (all->isEmpty()) return std::optional<Place>();
    return std::optional<Place>(all->first());
}

Result<QList<Place>> PlaceRepository::children(const QString& parentId, std::optional<PlaceLevel> level)
{
    auto st = m_c.prepare("SELECT id, level, name, name_ur, parent_id, source, active FROM places "
                          "WHERE parent_id IS ?1 AND (?2 IS NULL OR level = ?2) ORDER BY name COLLATE NOCASE, rowid");
    if (!st.ok()) return st.error();
    st.value()->bind(1, orNull(parentId));
    if (level) st.value()->bind(2, placeLevelCode(*level));
    else st.value()->bindNull(2);
    return readAll(st.value());
}

Result<QList<Place>> PlaceRepository::findByName(const QString& name)
{
    auto st = m_c.prepare("SELECT id, level, name, name_ur, parent_id, source, active FROM places "
                          "WHERE name = ?1 COLLATE NOCASE OR name_ur = ?1 "
                          "ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'tehsil' THEN 2 "
                          "WHEN 'union_council' THEN 3 ELSE 4 END, rowid");
    if (!st.ok()) return st.error();
    st.value()->bind(1, name);
    return readAll(st.value());
}

Result<qint64> PlaceRepository::count(std::optional<PlaceLevel> level)
{
    auto st = m_c.prepare("SELECT count(*) FROM places WHERE ?1 IS NULL OR level = ?1");
    if (!st.ok()) return st.error();
    if (level) st.value()->bind(1, placeLevelCode(*level));
    else st.value()->bindNull(1);
    auto r = st.value()->step();
    if (!r.ok()) return r.error();
    const qint64 n = r.value() ? st.value()->int64(0) : 0;
    st.value()->reset();
    return n;
}

Result<PlaceImportCounts> PlaceRepository::importChains(const QList<PlaceChain>& chains, const QString& source, const Actor& who)
{
    PlaceImportCounts counts;
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    for (const PlaceChain& chain : chains) {
        if (chain.names.isEmpty() || chain.names.size() > kPlaceLevels)
            return Error::make(ErrorCode::Invalid, tr("Row %1: a place needs 1 to 5 names, province first. Nothing was imported.").arg(chain.row));
        ++counts.chains;
        const int createdBefore = counts.created;
        QString parentId;
        for (int i = 0; i < chain.names.size(); ++i) {
            const PlaceName& n = chain.names.at(i);
            const auto level = static_cast<PlaceLevel>(i);
            if (n.name.trimmed().isEmpty())
                return Error::make(ErrorCode::Invalid,
                                   tr("Row %1: the %2 name is missing. Nothing was imported.").arg(chain.row).arg(placeLevelCode(level)));
            auto found = find(parentId, level, n.name);
            if (!found.ok()) return found.error();
            if (found->has_value()) {
                Place existing = found->value();
                ++counts.existing;
                if (existing.nameUrdu.isEmpty() && !n.nameUrdu.isEmpty()) {
                    auto up = m_c.prepare("UPDATE places SET name_ur = ? WHERE id = ? AND name_ur IS NULL");
                    if (!up.ok()) return up.error();
                    up.value()->bind(1, n.nameUrdu).bind(2, existing.id);
                    BHU_TRY(up.value()->run());
                    ++counts.urduAdded;
                }
                parentId = existing.id;
                continue;
            }
            Place p;
            p.level = level;
            p.name = n.name;
            p.nameUrdu = n.nameUrdu;
            p.parentId = parentId;
            p.source = source;
            BHU_TRY(insertWithin(p));
            ++counts.created;
            parentId = p.id;
        }
        if (counts.created == createdBefore) ++counts.unchanged;
    }
    // Counts only: reference data, but keep the audit trail free of content.
    const QJsonObject details{{QStringLiteral("rows"), counts.chains},
                              {QStringLiteral("created"), counts.created},
                              {QStringLiteral("urdu_added"), counts.urduAdded},
                              {QStringLiteral("source"), source}};
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("places.import"), kType, {}, {},
                                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))));
    BHU_TRY(tx.commit());
    return counts;
}

} // namespace bhu::db
