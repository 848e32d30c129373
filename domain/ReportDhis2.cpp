#include "bhu/domain/ReportExport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::Dhis2Mapping", s); }

Error bad(const QString& source, const QString& what)
{
    return Error::make(ErrorCode::Invalid, tr("DHIS2 mapping %1: %2").arg(source, what));
}

bool templateHasCell(const ReportTemplate& t, const QString& key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 3) return false;
    for (const TemplateSection& s : t.sections) {
        if (s.id != parts[0]) continue;
        bool row = false;
        for (const TemplateRow& r : s.rows) row = row || r.id == parts[1];
        if (!row) return false;
        if (s.columns.isEmpty()) return parts[2] == u"value";
        for (const TemplateColumn& c : s.columns)
            if (c.id == parts[2]) return true;
    }
    return false;
}
} // namespace

bool isDhis2Uid(const QString& s)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9]{10}$"));
    return shape.match(s).hasMatch();
}

Result<Dhis2Mapping> Dhis2Mapping::parse(const QByteArray& json, const QString& source, const ReportTemplate& t)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(source, tr("not a JSON object (%1 at character %2).").arg(err.errorString()).arg(err.offset));
    const QJsonObject o = doc.object();
    Dhis2Mapping m;
    m.templateId = o.value(u"template").toString();
    if (m.templateId != t.id) return bad(source, tr("it maps template \"%1\", not \"%2\".").arg(m.templateId, t.id));
    m.dataSet = o.value(u"dataSet").toString();
    if (!isDhis2Uid(m.dataSet)) return bad(source, tr("\"dataSet\" must be a DHIS2 UID (11 letters and digits)."));
    const QJsonObject units = o.value(u"orgUnits").toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        if (!isDhis2Uid(it.value().toString())) return bad(source, tr("org unit of \"%1\" is not a DHIS2 UID.").arg(it.key()));
        m.orgUnits.insert(it.key(), it.value().toString());
    }
    const QString defaultCoc = o.value(u"defaultCategoryOptionCombo").toString();
    QSet<QString> pairs;
    QSet<QString> cells;
    const QJsonArray values = o.value(u"dataValues").toArray();
    if (values.isEmpty()) return bad(source, tr("\"dataValues\" lists no cells."));
    for (const QJsonValue v : values) {
        const QJsonObject e = v.toObject();
        Dhis2Target target{e.value(u"cell").toString(), e.value(u"dataElement").toString(),
                           e.value(u"categoryOptionCombo").toString(defaultCoc)};
        if (!templateHasCell(t, target.cell))
            return bad(source, tr("cell \"%1\" is not in template %2 (write section/row/column ids).").arg(target.cell, t.id));
        if (!isDhis2Uid(target.dataElement) || !isDhis2Uid(target.categoryOptionCombo))
            return bad(source, tr("cell \"%1\": dataElement and categoryOptionCombo must be DHIS2 UIDs.").arg(target.cell));
        const QString pair = target.dataElement + u'.' + target.categoryOptionCombo;
        if (pairs.contains(pair)) return bad(source, tr("cell \"%1\": %2 is mapped twice.").arg(target.cell, pair));
        if (cells.contains(target.cell)) return bad(source, tr("cell \"%1\" is mapped twice.").arg(target.cell));
        pairs.insert(pair);
        cells.insert(target.cell);
        m.targets.append(target);
    }
    return m;
}

Result<Dhis2Mapping> Dhis2Mapping::load(const QString& path, const ReportTemplate& t)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return Error::make(ErrorCode::NotFound, tr("Cannot read the DHIS2 mapping %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), QFileInfo(path).fileName(), t);
}

Result<Dhis2Mapping> Dhis2Mapping::builtIn(const QString& templateName, const ReportTemplate& t)
{
    return load(QStringLiteral(":/bhu/reports/") + templateName + u".dhis2.json", t);
}

Result<QJsonObject> reportToDhis2(const ReportTable& t, const Dhis2Mapping& m)
{
    if (t.from.day() != 1 || t.to != t.from.addMonths(1).addDays(-1))
        return Error::make(ErrorCode::Invalid, tr("DHIS2 takes a whole calendar month; choose a month."));
    QString orgUnit = m.orgUnits.value(t.facilityCode, m.orgUnits.value(QStringLiteral("*")));
    if (orgUnit.isEmpty())
        return Error::make(ErrorCode::Invalid,
                           tr("The DHIS2 mapping has no org unit for facility %1. Add it under \"orgUnits\".").arg(t.facilityCode));
    QJsonArray values;
    for (const Dhis2Target& target : m.targets) {
        const QStringList k = target.cell.split(u'/');
        const ReportCell* c = t.cell(k[0], k[1], k[2]);
        if (!c || !c->available || !c->number) continue;
        values.append(QJsonObject{{QStringLiteral("dataElement"), target.dataElement},
                                  {QStringLiteral("categoryOptionCombo"), target.categoryOptionCombo},
                                  {QStringLiteral("value"), QString::number(*c->number, 'g', 12)}});
    }
    return QJsonObject{{QStringLiteral("dataSet"), m.dataSet},
                       {QStringLiteral("period"), t.from.toString(QStringLiteral("yyyyMM"))},
                       {QStringLiteral("orgUnit"), orgUnit},
                       {QStringLiteral("completeDate"), t.generatedAt.date().toString(Qt::ISODate)},
                       {QStringLiteral("dataValues"), values}};
}

} // namespace bhu
