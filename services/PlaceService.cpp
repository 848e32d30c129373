#include "bhu/services/PlaceService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bhu::services {

using db::Place;
using db::PlaceChain;
using db::PlaceLevel;
using db::PlaceName;
using db::PlaceRepository;

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PlaceService", s); }

constexpr int kMaxNameLength = 100;

// Lower case, letters and digits only: "Khyber-Pakhtunkhwa" = "khyber pakhtunkhwa".
QString fold(const QString& s)
{
    QString out;
    for (QChar c : s.toCaseFolded())
        if (c.isLetterOrNumber()) out += c;
    return out;
}

// "Union Council", "union-council", "UC" → "union_council"; "village (urdu)" → "village_ur".
QString headerKey(const QString& h)
{
    QString k = h.trimmed().toLower();
    k.replace(QStringLiteral("(urdu)"), QStringLiteral("_ur"));
    k.replace(QStringLiteral("urdu"), QStringLiteral("_ur"));
    QString out;
    for (QChar c : k) {
        if (c.isLetterOrNumber()) out += c;
        else if (!out.endsWith(u'_')) out += u'_';
    }
    while (out.endsWith(u'_')) out.chop(1);
    while (out.contains(QStringLiteral("__"))) out.replace(QStringLiteral("__"), QStringLiteral("_"));
    static const QList<std::pair<QString, QString>> synonyms = {
        {QStringLiteral("taluka"), QStringLiteral("tehsil")},      {QStringLiteral("taluka_ur"), QStringLiteral("tehsil_ur")},
        {QStringLiteral("town"), QStringLiteral("tehsil")},        {QStringLiteral("uc"), QStringLiteral("union_council")},
        {QStringLiteral("uc_ur"), QStringLiteral("union_council_ur")}, {QStringLiteral("unioncouncil"), QStringLiteral("union_council")},
        {QStringLiteral("mohalla"), QStringLiteral("village")},    {QStringLiteral("mohalla_ur"), QStringLiteral("village_ur")},
        {QStringLiteral("state"), QStringLiteral("province")},
    };
    for (const auto& [from, to] : synonyms)
        if (out == from) return to;
    return out;
}

const QStringList& levelKeys()
{
    static const QStringList keys = {QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("tehsil"),
                                     QStringLiteral("union_council"), QStringLiteral("village")};
    return keys;
}

QString levelName(int i)
{
    switch (i) {
    case 0: return tr("province");
    case 1: return tr("district");
    case 2: return tr("tehsil");
    case 3: return tr("union council");
    default: return tr("village");
    }
}
} // namespace

const QString PlaceService::kBuiltinSource = QStringLiteral("builtin-2026-11");

QJsonObject PlaceImportSummary::toJson() const
{
    QJsonArray bad;
    for (const RowIssue& i : issues) bad.append(QJsonObject{{QStringLiteral("row"), i.row}, {QStringLiteral("error"), i.message}});
    return QJsonObject{{QStringLiteral("rows"), rows},         {QStringLiteral("created"), created},
                       {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("urdu_added"), urduAdded}, {QStringLiteral("errors"), bad}};
}

const QList<BuiltinPlace>& PlaceService::builtinProvinces()
{
    // Four provinces, the federal capital and the two administered regions (domain.md, Addresses).
    static const QList<BuiltinPlace> list = {
        {QStringLiteral("Punjab"), QStringLiteral("پنجاب"), {QStringLiteral("Panjab")}},
        {QStringLiteral("Sindh"), QStringLiteral("سندھ"), {QStringLiteral("Sind")}},
        {QStringLiteral("Khyber Pakhtunkhwa"), QStringLiteral("خیبر پختونخوا"),
         {QStringLiteral("KP"), QStringLiteral("KPK"), QStringLiteral("NWFP"), QStringLiteral("Khyber Pakhtoonkhwa"),
          QStringLiteral("Khyber Pakhtunkhawa"), QStringLiteral("North-West Frontier Province")}},
        {QStringLiteral("Balochistan"), QStringLiteral("بلوچستان"), {QStringLiteral("Baluchistan"), QStringLiteral("Balochsitan")}},
        {QStringLiteral("Islamabad Capital Territory"), QStringLiteral("اسلام آباد وفاقی دارالحکومت"),
         {QStringLiteral("ICT"), QStringLiteral("Islamabad"), QStringLiteral("Federal Capital")}},
        {QStringLiteral("Gilgit-Baltistan"), QStringLiteral("گلگت بلتستان"),
         {QStringLiteral("GB"), QStringLiteral("Northern Areas")}},
        {QStringLiteral("Azad Jammu and Kashmir"), QStringLiteral("آزاد جموں و کشمیر"),
         {QStringLiteral("AJK"), QStringLiteral("AJ&K"), QStringLiteral("Azad Kashmir"), QStringLiteral("Azad Jammu & Kashmir"),
          QStringLiteral("آزاد کشمیر")}},
    };
    return list;
}

QString PlaceService::canonicalProvince(const QString& typed)
{
    const QString f = fold(typed);
    if (f.isEmpty()) return {};
    for (const BuiltinPlace& b : builtinProvinces()) {
        if (fold(b.name) == f || fold(b.nameUrdu) == f) return b.name;
        for (const QString& a : b.aliases)
            if (fold(a) == f) return b.name;
    }
    return {};
}

Status PlaceService::ensureBuiltin()
{
    PlaceRepository repo(m_s.store().conn());
    auto provinces = repo.children({}, PlaceLevel::Province);
    if (!provinces.ok()) return provinces.error();
    if (provinces->size() >= builtinProvinces().size()) return {};
    QList<PlaceChain> chains;
    int row = 0;
    for (const BuiltinPlace& b : builtinProvinces()) chains.append(PlaceChain{++row, {PlaceName{b.name, b.nameUrdu}}});
    auto r = repo.importChains(chains, kBuiltinSource, m_s.actor());
    if (!r.ok()) return r.error();
    return {};
}

Result<PlaceImportSummary> PlaceService::importBuiltin()
{
    BHU_TRY(m_s.require(Permission::ImportData));
    QList<PlaceChain> chains;
    int row = 0;
    for (const BuiltinPlace& b : builtinProvinces()) chains.append(PlaceChain{++row, {PlaceName{b.name, b.nameUrdu}}});
    auto r = PlaceRepository(m_s.store().conn()).importChains(chains, kBuiltinSource, m_s.actor());
    if (!r.ok()) return r.error();
    PlaceImportSummary s;
    s.rows = static_cast<int>(chains.size());
    s.created = r->created;
    s.unchanged = r->unchanged;
    s.urduAdded = r->urduAdded;
    return s;
}

Result<PlaceImportSummary> PlaceService::importCsv(const QByteArray& csv, const QString& sourceName)
{
    BHU_TRY(m_s.require(Permission::ImportData));
    auto table = parseCsv(csv);
    if (!table.ok()) return table.error();
    PlaceImportSummary summary;
    if (table->records.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The file has no rows."));

    // Column of each level's name and Urdu name; positional unless the first row is a header.
    int nameCol[db::kPlaceLevels] = {0, 1, 2, 3, 4};
    int urduCol[db::kPlaceLevels] = {-1, -1, -1, -1, 5};
    qsizetype first = 0;
    const CsvRecord& head = table->records.first();
    bool isHeader = false;
    for (const QString& f : head.fields)
        if (headerKey(f) == u"province") isHeader = true;
    if (isHeader) {
        first = 1;
        for (int l = 0; l < db::kPlaceLevels; ++l) nameCol[l] = urduCol[l] = -1;
        for (int c = 0; c < head.fields.size(); ++c) {
            const QString k = headerKey(head.fields.at(c));
            for (int l = 0; l < db::kPlaceLevels; ++l) {
                if (k == levelKeys().at(l)) nameCol[l] = c;
                if (k == levelKeys().at(l) + QStringLiteral("_ur")) urduCol[l] = c;
            }
        }
    }

    QList<PlaceChain> chains;
    for (qsizetype r = first; r < table->records.size(); ++r) {
        const CsvRecord& rec = table->records.at(r);
        ++summary.rows;
        auto cell = [&](int col) { return col >= 0 && col < rec.fields.size() ? rec.fields.at(col).simplified() : QString(); };
        PlaceChain chain;
        chain.row = rec.row;
        QString problem;
        int last = -1;
        for (int l = 0; l < db::kPlaceLevels; ++l)
            if (!cell(nameCol[l]).isEmpty()) last = l;
        if (last < 0) problem = tr("The row has no place names.");
        for (int l = 0; l <= last && problem.isEmpty(); ++l) {
            QString name = cell(nameCol[l]);
            if (name.isEmpty()) {
                problem = tr("The %1 is empty but a %2 is given: fill in every level from the province down.")
                              .arg(levelName(l), levelName(last));
                break;
            }
            if (name.size() > kMaxNameLength) {
                problem = tr("The %1 name is longer than %2 characters.").arg(levelName(l)).arg(kMaxNameLength);
                break;
            }
            if (l == 0) {
                const QString canonical = canonicalProvince(name);
                if (canonical.isEmpty()) {
                    QStringList known;
                    for (const BuiltinPlace& b : builtinProvinces()) known << b.name;
                    problem = tr("Unknown province \"%1\". Use one of: %2.").arg(name, known.join(QStringLiteral(", ")));
                    break;
                }
                name = canonical;
            }
            chain.names.append(PlaceName{name, cell(urduCol[l])});
        }
        if (!problem.isEmpty()) {
            ++summary.rejected;
            summary.issues.append(RowIssue{rec.row, problem});
            continue;
        }
        chains.append(chain);
    }

    BHU_TRY(ensureBuiltin());
    auto counts = PlaceRepository(m_s.store().conn()).importChains(chains, QStringLiteral("import:") + sourceName, m_s.actor());
    if (!counts.ok()) return counts.error();
    summary.created = counts->created;
    summary.unchanged = counts->unchanged;
    summary.urduAdded = counts->urduAdded;
    return summary;
}

Result<QList<Place>> PlaceService::children(const QString& parentId, std::optional<PlaceLevel> level)
{
    BHU_TRY(ensureBuiltin());
    return PlaceRepository(m_s.store().conn()).children(parentId, level);
}

Result<Place> PlaceService::get(const QString& id) { return PlaceRepository(m_s.store().conn()).get(id); }

Result<QList<Place>> PlaceService::resolve(const QString& nameOrPath)
{
    BHU_TRY(ensureBuiltin());
    PlaceRepository repo(m_s.store().conn());
    const QStringList parts = nameOrPath.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty()) return QList<Place>();
    if (parts.size() == 1) {
        const QString name = parts.first().simplified();
        const QString province = canonicalProvince(name);
        return repo.findByName(province.isEmpty() ? name : province);
    }
    if (parts.size() > db::kPlaceLevels) return QList<Place>();
    QString parentId;
    Place found;
    for (int l = 0; l < parts.size(); ++l) {
        QString name = parts.at(l).simplified();
        if (l == 0 && !canonicalProvince(name).isEmpty()) name = canonicalProvince(name);
        auto f = repo.find(parentId, static_cast<PlaceLevel>(l), name);
        if (!f.ok()) return f.error();
        if (!f->has_value()) return QList<Place>();
        found = f->value();
        parentId = found.id;
    }
    return QList<Place>{found};
}

} // namespace bhu::services
