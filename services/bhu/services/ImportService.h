#pragma once
// Importing legacy patient registers (Excel saved as CSV) — docs/import.md.
//
// Each row becomes a draft patient and goes through the same checks as the registration form
// (PatientService::validate). Then, in this order:
//  - already imported → skipped and counted: the same legacy MR (identifier system
//    "legacy-mr"), the same CNIC with the same name (allowing for spelling), or the same name,
//    guardian's name, sex and birth year;
//  - rejected → reported with the reason, not imported: the form would refuse it;
//  - possible duplicate → reported for review, not imported and never merged: the duplicate
//    check (PatientService::findDuplicates) finds candidates;
//  - otherwise registered (PatientService::registerPatient: MR number, outbox, audit).
// Rows are registered one by one, so a later row sees the earlier ones, an interrupted import
// can simply be run again, and a re-run creates nothing twice.
// Needs Permission::ImportData (and RegisterPatient). One audit entry "import" with counts only.
#include "bhu/domain/Age.h"
#include "bhu/domain/Patient.h"
#include "bhu/services/ImportCsv.h"
#include "bhu/services/Session.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace bhu::services {

namespace LegacyIds {
inline const QString LegacyMr = QStringLiteral("legacy-mr");   // identifier system of old register numbers
} // namespace LegacyIds

// Which CSV column holds which of our fields.
struct ImportMapping {
    // Our field → the CSV header name (case-insensitive) or "#N" (1-based column number).
    // An empty value switches the field off. Fields not listed are matched by header name.
    QHash<QString, QString> columns;
    QString dateOrder = QStringLiteral("dmy");   // "dmy" (Pakistan), "mdy" or "ymd" for dates like 05/03/1990

    // Our field names: name, name_ur, guardian, relation, sex, age, birth_date, cnic, bform,
    // guardian_cnic, phone, village, union_council, tehsil, district, province, notes, legacy_mr.
    static const QStringList& fields();
    // {"name": "Patient Name", "guardian": "Father/Husband Name", …, "date_order": "dmy"}.
    // Invalid for unknown fields or values that are not strings or column numbers.
    static Result<ImportMapping> fromJson(const QByteArray& json);
};

enum class ImportOutcome { Imported, SkippedExisting, Rejected, PossibleDuplicate };

struct ImportIssue {
    int row = 0;                  // spreadsheet row (header = 1)
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString message;              // translated reason; for duplicates, the candidates' MR numbers and why
    QStringList original;         // the row's fields as read
};

struct ImportSummary {
    int rows = 0;
    int imported = 0;
    int skippedExisting = 0;
    int rejected = 0;
    int possibleDuplicates = 0;
    int importedWithWarnings = 0;   // imported; the form would have asked to confirm a warning
    int relationAssumed = 0;        // imported; S/O, D/O or W/O inferred (no relation given)
    QStringList header;             // the CSV's header row
    QStringList columnsUsed;        // "field=Header" for each matched column
    QList<ImportIssue> issues;      // rejected and possible duplicates, in row order
    QList<QString> importedIds;     // patients created, in row order

    QJsonObject toJson() const;     // the counts (never patient data)
    // The error/review report: the original columns + "row", "error" (BOM, CRLF).
    QByteArray errorCsv() const;
};

// How cells of a legacy register are read (also used by `bhuctl patient add --age`).
namespace importing {
// "35", "35 y", "35 years", "6 months", "6m", "2y 3m", "10 days", "1.5", "۳۵ سال"; nullopt if not an age.
std::optional<AgeSpan> parseAge(const QString& text);
// 15/03/1990 (dateOrder "dmy"; "mdy" and "ymd" too), 1990-03-15, 15-Mar-1990, "March 15, 1990",
// a 2-digit year, a trailing time; a year alone gives 1 January with *estimated = true.
std::optional<QDate> parseDate(const QString& text, const QString& dateOrder, QDate today, bool* estimated);
// M/F, male/female, boy/girl, مرد/عورت, …; Sex::Unknown for empty text, nullopt if not understood.
std::optional<Sex> parseSex(const QString& text);
} // namespace importing

class ImportService {
public:
    explicit ImportService(Session& s) : m_s(s) {}

    Result<ImportSummary> importPatients(const QByteArray& csv, const ImportMapping& mapping = {});

private:
    Session& m_s;
};

} // namespace bhu::services
