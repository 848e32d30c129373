#include "bhu/domain/ReportEngine.h"

#include "bhu/domain/Age.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ReportEngine", s); }

const QMap<QString, LocalText>& builtInLabels()
{
    static const QMap<QString, LocalText> labels = [] {
        QMap<QString, LocalText> m;
        QFile f(QStringLiteral(":/bhu/reports/labels.json"));
        if (!f.open(QIODevice::ReadOnly)) return m;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object().value(u"labels").toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonObject t = it.value().toObject();
            m.insert(it.key(), LocalText{t.value(u"en").toString(), t.value(u"ur").toString()});
        }
        return m;
    }();
    return labels;
}

struct Counted {
    const ReportVisit* visit;
    int ageMonths;
};
} // namespace

QString reportLabel(const QString& key, QStringView language, const ReportTemplate* t)
{
    if (t && t->labels.contains(key)) return t->labels.value(key).get(language);
    auto it = builtInLabels().constFind(key);
    return it == builtInLabels().cend() ? key : it->get(language);
}

QLocale reportLocale(QStringView language)
{
    return language == u"ur" ? QLocale(QLocale::Urdu, QLocale::Pakistan) : QLocale(QLocale::English, QLocale::Pakistan);
}

QString periodText(QDate from, QDate to, QStringView language)
{
    const QLocale loc = reportLocale(language);
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return loc.standaloneMonthName(from.month()) + u' ' + QString::number(from.year());
    if (from == to) return loc.toString(from, QLocale::LongFormat);
    return loc.toString(from, QLocale::ShortFormat) + u" – " + loc.toString(to, QLocale::ShortFormat);
}

int reportAgeMonths(QDate birthDate, QDate day)
{
    if (!birthDate.isValid()) return -1;
    auto age = ageOn(birthDate, day);
    if (!age.ok()) return -1;
    return age->years * 12 + age->months;
}

const ReportCell* ReportTable::cell(const QString& sectionId, const QString& rowId, const QString& columnId) const
{
    for (const ReportSection& s : sections) {
        if (s.id != sectionId) continue;
        int col = -1;
        for (int i = 0; i < s.columns.size(); ++i)
            if (s.columns[i].id == columnId) col = i;
        if (col < 0) return nullptr;
        for (const ReportRow& r : s.rows)
            if (r.id == rowId) return col < r.cells.size() ? &r.cells[col] : nullptr;
    }
    return nullptr;
}

Result<ReportTable> evaluateTemplate(const ReportTemplate& t, const QList<ReportVisit>& visits, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    const QLocale loc = reportLocale(lang);
    ReportTable out;
    out.reportId = t.id;
    out.templateVersion = t.version;
    out.title = t.title.get(lang);
    out.language = lang;
    out.facilityName = ctx.facilityName;
    out.facilityCode = ctx.facilityCode;
    out.from = ctx.from;
    out.to = ctx.to;
    out.periodText = periodText(ctx.from, ctx.to, lang);
    out.generatedBy = ctx.generatedBy;
    out.generatedAt = ctx.generatedAt;
    out.labelFacility = reportLabel(QStringLiteral("facility"), lang, &t);
    out.labelPeriod = reportLabel(QStringLiteral("period"), lang, &t);
    out.labelGeneratedBy = reportLabel(QStringLiteral("generatedBy"), lang, &t);
    out.labelGeneratedAt = reportLabel(QStringLiteral("generatedAt"), lang, &t);
    out.labelNotAvailable = reportLabel(QStringLiteral("notAvailable"), lang, &t);

    // The visits of the period that the template counts at all, with their age at the visit.
    QList<Counted> base;
    base.reserve(visits.size());
    QSet<QDate> days;
    for (const ReportVisit& v : visits) {
        if (v.date < ctx.from || v.date > ctx.to) continue;
        const int age = reportAgeMonths(v.birthDate, v.date);
        base.append(Counted{&v, age});
        if (t.defaults.matches(v, age)) days.insert(v.date);
    }
    const qint64 workingDays = days.size();
    auto number = [&](double n, int decimals = 0) { return ReportCell{loc.toString(n, 'f', decimals), n, true}; };

    int done = 0;
    const int total = std::max<int>(1, int(t.sections.size()));
    for (const TemplateSection& ts : t.sections) {
        if (ctx.progress && !ctx.progress(done * 100 / total))
            return Error::make(ErrorCode::Cancelled, tr("The report was cancelled."));
        ReportSection s;
        s.id = ts.id;
        s.title = ts.title.get(lang);
        s.note = ts.note.get(lang);
        QList<TemplateColumn> columns = ts.columns;
        if (columns.isEmpty()) columns.append(TemplateColumn{QStringLiteral("value"), LocalText{reportLabel(QStringLiteral("value"), u"en", &t), reportLabel(QStringLiteral("value"), u"ur", &t)}, {}});
        for (const TemplateColumn& c : columns) s.columns.append(ReportColumn{c.id, c.title.get(lang)});

        // A cell's filter: defaults ∧ section ∧ row ∧ column (ReportFilter::add).
        ReportFilter sectionFilter = t.defaults;
        sectionFilter.add(ts.filter);
        QList<Counted> inSection;
        for (const Counted& c : base)
            if (sectionFilter.matches(*c.visit, c.ageMonths)) inSection.append(c);

        for (const TemplateRow& trow : ts.rows) {
            ReportRow row;
            row.id = trow.id;
            row.title = trow.title.get(lang);
            ReportFilter rowFilter = sectionFilter;
            rowFilter.add(trow.filter);
            QList<Counted> inRow;
            if (trow.available)
                for (const Counted& c : inSection)
                    if (rowFilter.matches(*c.visit, c.ageMonths)) inRow.append(c);
            for (const TemplateColumn& col : columns) {
                ReportFilter cellFilter = rowFilter;
                cellFilter.add(col.filter);
                if (!trow.available || (!trow.community.isEmpty() && !ctx.community)) {
                    row.cells.append(ReportCell{QStringLiteral("—"), std::nullopt, false});
                    continue;
                }
                if (!trow.community.isEmpty()) {
                    row.cells.append(number(double(communityMeasure(trow.community, *ctx.community, ctx.from, ctx.to).value_or(0))));
                    continue;
                }
                switch (trow.value) {
                case CellValue::FacilityName: row.cells.append(ReportCell{ctx.facilityName, std::nullopt, true}); continue;
                case CellValue::FacilityCode: row.cells.append(ReportCell{ctx.facilityCode, std::nullopt, true}); continue;
                case CellValue::Period: row.cells.append(ReportCell{out.periodText, std::nullopt, true}); continue;
                case CellValue::WorkingDays: row.cells.append(number(double(workingDays))); continue;
                default: break;
                }
                qint64 visitsCount = 0;
                QSet<QString> patients;
                for (const Counted& c : inRow) {
                    if (!cellFilter.matches(*c.visit, c.ageMonths)) continue;
                    ++visitsCount;
                    if (trow.value == CellValue::Patients) patients.insert(c.visit->patientId);
                }
                if (trow.value == CellValue::Patients) row.cells.append(number(double(patients.size())));
                else if (trow.value == CellValue::PerWorkingDay)
                    row.cells.append(number(workingDays ? std::round(10.0 * double(visitsCount) / double(workingDays)) / 10.0 : 0.0, 1));
                else row.cells.append(number(double(visitsCount)));
            }
            s.rows.append(row);
        }
        out.sections.append(s);
        ++done;
    }
    if (ctx.progress) ctx.progress(100);
    return out;
}

} // namespace bhu
