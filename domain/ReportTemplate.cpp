#include "bhu/domain/ReportTemplate.h"

#include "bhu/domain/ReportCommunity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ReportTemplate", s); }
const QString kResourceDir = QStringLiteral(":/bhu/reports/");

Error bad(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::Invalid, tr("Report template: %1: %2").arg(where, what));
}

Status onlyKeys(const QJsonObject& o, const QStringList& keys, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key())) return bad(where, tr("unknown key \"%1\" (expected one of: %2).").arg(it.key(), keys.join(u", ")));
    return {};
}

// {"en": "...", "ur": "..."}; English required when `required`.
Result<LocalText> localText(const QJsonValue& v, const QString& where, const QString& key, bool required)
{
    if (v.isUndefined() && !required) return LocalText{};
    if (!v.isObject()) return bad(where, tr("\"%1\" must be an object {\"en\": …, \"ur\": …}.").arg(key));
    const QJsonObject o = v.toObject();
    BHU_TRY(onlyKeys(o, {QStringLiteral("en"), QStringLiteral("ur")}, where));
    LocalText t{o.value(u"en").toString(), o.value(u"ur").toString()};
    if (required && t.en.trimmed().isEmpty()) return bad(where, tr("\"%1\" needs an English text (\"en\").").arg(key));
    return t;
}

Result<ReportFilter> filterOf(const QJsonObject& o, const QString& where)
{
    const QJsonValue v = o.value(u"filter");
    if (v.isUndefined()) return ReportFilter{};
    if (!v.isObject()) return bad(where, tr("\"filter\" must be an object."));
    return ReportFilter::fromJson(v.toObject(), where);
}

std::optional<CellValue> cellValue(const QString& s)
{
    static const QMap<QString, CellValue> kinds{
        {QStringLiteral("count"), CellValue::Count},
        {QStringLiteral("patients"), CellValue::Patients},
        {QStringLiteral("perWorkingDay"), CellValue::PerWorkingDay},
        {QStringLiteral("workingDays"), CellValue::WorkingDays},
        {QStringLiteral("facilityName"), CellValue::FacilityName},
        {QStringLiteral("facilityCode"), CellValue::FacilityCode},
        {QStringLiteral("period"), CellValue::Period},
    };
    auto it = kinds.constFind(s);
    if (it == kinds.cend()) return std::nullopt;
    return it.value();
}

bool goodId(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return shape.match(id).hasMatch();
}

Result<TemplateRow> parseRow(const QJsonObject& o, const QString& sectionWhere, int index)
{
    const QString id = o.value(u"id").toString();
    const QString where = id.isEmpty() ? tr("%1, row %2").arg(sectionWhere).arg(index + 1) : tr("%1, row \"%2\"").arg(sectionWhere, id);
    BHU_TRY(onlyKeys(o, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("filter"), QStringLiteral("value"),
                         QStringLiteral("available"), QStringLiteral("community")},
                     where));
    if (!goodId(id)) return bad(where, tr("every row needs an \"id\" of letters, digits, '.', '-' or '_'."));
    TemplateRow r;
    r.id = id;
    auto title = localText(o.value(u"title"), where, QStringLiteral("title"), true);
    if (!title.ok()) return title.error();
    r.title = title.value();
    auto f = filterOf(o, where);
    if (!f.ok()) return f.error();
    r.filter = f.value();
    if (o.contains(u"value")) {
        auto kind = cellValue(o.value(u"value").toString());
        if (!kind)
            return bad(where, tr("unknown value \"%1\" (count, patients, perWorkingDay, workingDays, facilityName, facilityCode, period).")
                                  .arg(o.value(u"value").toString()));
        r.value = *kind;
    }
    if (o.contains(u"available")) {
        if (!o.value(u"available").isBool()) return bad(where, tr("\"available\" must be true or false."));
        r.available = o.value(u"available").toBool();
    }
    if (o.contains(u"community")) {
        r.community = o.value(u"community").toString();
        if (!isCommunityMeasure(r.community))
            return bad(where, tr("unknown community measure \"%1\" (epi:<dose>, mch:anc, mch:anc1, mch:pnc, mch:deliveries, "
                                 "mch:deliveries-facility, fp:visits, fp:new-acceptors, fp:<method>, lhw:pregnancies).")
                                  .arg(r.community));
    }
    return r;
}

Result<TemplateSection> parseSection(const QJsonObject& o, int index, const QString& source)
{
    const QString id = o.value(u"id").toString();
    const QString where = id.isEmpty() ? tr("%1, section %2").arg(source).arg(index + 1) : tr("%1, section \"%2\"").arg(source, id);
    BHU_TRY(onlyKeys(o, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("filter"),
                         QStringLiteral("columns"), QStringLiteral("rows")},
                     where));
    if (!goodId(id)) return bad(where, tr("every section needs an \"id\" of letters, digits, '.', '-' or '_'."));
    TemplateSection s;
    s.id = id;
    auto title = localText(o.value(u"title"), where, QStringLiteral("title"), true);
    if (!title.ok()) return title.error();
    s.title = title.value();
    auto note = localText(o.value(u"note"), where, QStringLiteral("note"), false);
    if (!note.ok()) return note.error();
    s.note = note.value();
    auto f = filterOf(o, where);
    if (!f.ok()) return f.error();
    s.filter = f.value();
    QSet<QString> seen;
    const QJsonArray cols = o.value(u"columns").toArray();
    for (int i = 0; i < cols.size(); ++i) {
        const QJsonObject c = cols.at(i).toObject();
        const QString cid = c.value(u"id").toString();
        const QString cw = tr("%1, column \"%2\"").arg(where, cid);
        BHU_TRY(onlyKeys(c, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("filter")}, cw));
        if (!goodId(cid)) return bad(cw, tr("every column needs an \"id\" of letters, digits, '.', '-' or '_'."));
        if (seen.contains(cid)) return bad(cw, tr("the column id is used twice."));
        seen.insert(cid);
        auto ct = localText(c.value(u"title"), cw, QStringLiteral("title"), true);
        if (!ct.ok()) return ct.error();
        auto cf = filterOf(c, cw);
        if (!cf.ok()) return cf.error();
        s.columns.append(TemplateColumn{cid, ct.value(), cf.value()});
    }
    const QJsonValue rowsValue = o.value(u"rows");
    if (!rowsValue.isArray() || rowsValue.toArray().isEmpty()) return bad(where, tr("a section needs a non-empty \"rows\" list."));
    seen.clear();
    const QJsonArray rows = rowsValue.toArray();
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) return bad(tr("%1, row %2").arg(where).arg(i + 1), tr("a row must be an object."));
        auto r = parseRow(rows.at(i).toObject(), where, i);
        if (!r.ok()) return r.error();
        if (seen.contains(r->id)) return bad(tr("%1, row \"%2\"").arg(where, r->id), tr("the row id is used twice."));
        seen.insert(r->id);
        s.rows.append(r.value());
    }
    return s;
}
} // namespace

QString ReportTemplate::label(const QString& key, QStringView language) const
{
    auto it = labels.constFind(key);
    if (it != labels.cend()) return it->get(language);
    return key;
}

Result<ReportTemplate> ReportTemplate::parse(const QByteArray& json, const QString& source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Invalid,
                           tr("Report template %1 is not valid JSON at character %2: %3").arg(source).arg(err.offset).arg(err.errorString()));
    if (!doc.isObject()) return Error::make(ErrorCode::Invalid, tr("Report template %1 must be a JSON object.").arg(source));
    const QJsonObject o = doc.object();
    const QString where = source;
    BHU_TRY(onlyKeys(o, {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("province"), QStringLiteral("title"),
                         QStringLiteral("labels"), QStringLiteral("defaults"), QStringLiteral("sections"), QStringLiteral("comment")},
                     where));
    ReportTemplate t;
    t.id = o.value(u"id").toString();
    t.version = o.value(u"version").toString();
    t.province = o.value(u"province").toString();
    if (!goodId(t.id) || t.version.isEmpty()) return bad(where, tr("the template needs an \"id\" and a \"version\"."));
    auto title = localText(o.value(u"title"), where, QStringLiteral("title"), true);
    if (!title.ok()) return title.error();
    t.title = title.value();
    const QJsonObject labels = o.value(u"labels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        auto l = localText(it.value(), where, it.key(), true);
        if (!l.ok()) return l.error();
        t.labels.insert(it.key(), l.value());
    }
    if (o.contains(u"defaults")) {
        auto d = ReportFilter::fromJson(o.value(u"defaults").toObject(), tr("%1, defaults").arg(where));
        if (!d.ok()) return d.error();
        t.defaults = d.value();
    }
    const QJsonArray sections = o.value(u"sections").toArray();
    if (sections.isEmpty()) return bad(where, tr("the template needs a non-empty \"sections\" list."));
    QSet<QString> seen;
    for (int i = 0; i < sections.size(); ++i) {
        auto s = parseSection(sections.at(i).toObject(), i, source);
        if (!s.ok()) return s.error();
        if (seen.contains(s->id)) return bad(where, tr("section \"%1\" is used twice.").arg(s->id));
        seen.insert(s->id);
        t.sections.append(s.value());
    }
    return t;
}

Result<ReportTemplate> ReportTemplate::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, tr("Cannot read the report template %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), QFileInfo(path).fileName());
}

QStringList ReportTemplate::builtInNames()
{
    QStringList names;
    const auto files = QDir(kResourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        if (!f.endsWith(u".dhis2.json") && f != u"labels.json") names.append(f.chopped(5));
    return names;
}

QString ReportTemplate::defaultName() { return QStringLiteral("punjab-flcf-mr-2024"); }

Result<ReportTemplate> ReportTemplate::builtIn(const QString& name)
{
    if (!builtInNames().contains(name))
        return Error::make(ErrorCode::NotFound, tr("There is no built-in report template \"%1\".").arg(name));
    return load(kResourceDir + name + u".json");
}

} // namespace bhu
