#pragma once
// A monthly report template: DATA, not code (docs/reports.md). A JSON file per province and
// version lists sections, their columns and rows, and how each cell is computed (a filter over
// the month's visits and a value kind). Built-in templates are compiled in from
// reference/reports/*.json as the Qt resource :/bhu/reports/; a file given with --template or
// picked on the Reports screen overrides them. A template error is reported at load, naming
// the section and row.
#include "bhu/domain/ReportFilter.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace bhu {

// A text in the report's two languages.
struct LocalText {
    QString en;
    QString ur;
    QString get(QStringView language) const { return language == u"ur" && !ur.isEmpty() ? ur : en; }
};

enum class CellValue {
    Count,           // visits matching the cell's filter (default)
    Patients,        // distinct patients among them
    PerWorkingDay,   // visits ÷ working days, one decimal
    WorkingDays,     // days of the period with at least one visit matching the template defaults
    FacilityName,
    FacilityCode,
    Period,
};

struct TemplateColumn {
    QString id;
    LocalText title;
    ReportFilter filter;
};

struct TemplateRow {
    QString id;
    LocalText title;
    ReportFilter filter;
    CellValue value = CellValue::Count;
    bool available = true;
    // A community measure (ReportCommunity.h, e.g. "epi:Penta-1", "mch:anc1"): the row counts
    // immunisations, pregnancies or MCH contacts instead of visits; filters do not apply to it.
    QString community;
};

struct TemplateSection {
    QString id;
    LocalText title;
    LocalText note;
    ReportFilter filter;
    QList<TemplateColumn> columns;    // none: one "value" column
    QList<TemplateRow> rows;
};

struct ReportTemplate {
    QString id;                        // "flcf-mr"
    QString version;                   // "punjab-2024.1"
    QString province;
    LocalText title;
    QMap<QString, LocalText> labels;   // header words: facility, period, generatedBy, generatedAt, notAvailable, value
    ReportFilter defaults;
    QList<TemplateSection> sections;

    QString label(const QString& key, QStringView language) const;

    // `source` names the file in error messages.
    static Result<ReportTemplate> parse(const QByteArray& json, const QString& source);
    static Result<ReportTemplate> load(const QString& path);
    // The compiled-in templates: file names without ".json" under :/bhu/reports/.
    static QStringList builtInNames();
    static Result<ReportTemplate> builtIn(const QString& name = defaultName());
    static QString defaultName();      // "punjab-flcf-mr-2024"
};

} // namespace bhu
