// The three reference CSV files → lists, with every problem reported by file and line.
#include "ReferenceDataImpl.h"

#include "ReferenceCsvReader.h"
#include "bhu/domain/DoseFrequency.h"

#include <QRegularExpression>
#include <QSet>

namespace bhu {

using refcsv::CsvTable;
using refcsv::parseCsv;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::ReferenceData", s);
}

Error problem(const QString& file, int line, const QString& what)
{
    return Error::make(ErrorCode::Invalid, tr("%1, line %2: %3").arg(file).arg(line).arg(what),
                       QStringLiteral("reference.") + file);
}

// Reads a table and checks that the columns exist; `cols` receives their indexes in order.
Result<CsvTable> table(const QByteArray& csv, const QString& file, const QStringList& names, QList<int>& cols)
{
    auto t = parseCsv(csv);
    if (!t.ok()) {
        return Error::make(ErrorCode::Invalid, file + QStringLiteral(": ") + t.error().message,
                           QStringLiteral("reference.") + file);
    }
    for (const QString& n : names) {
        const int c = t->column(n);
        if (c < 0) return problem(file, 1, tr("the column \"%1\" is missing.").arg(n));
        cols.append(c);
    }
    return t;
}

// Checks the key column: not empty, not seen before (case-insensitive).
std::optional<Error> checkCode(const QString& file, int line, const QString& code, QSet<QString>& seen)
{
    if (code.isEmpty()) return problem(file, line, tr("the code is empty."));
    if (seen.contains(code.toLower())) return problem(file, line, tr("the code %1 appears twice.").arg(code));
    seen.insert(code.toLower());
    return std::nullopt;
}

std::optional<int> smallNumber(const QString& s)
{
    if (s.isEmpty()) return 0;
    bool ok = false;
    const int n = s.toInt(&ok);
    if (!ok || n < 0 || n > 999) return std::nullopt;
    return n;
}

} // namespace

Result<QList<IcdEntry>> parseIcd10Csv(const QByteArray& csv)
{
    const QString file = QStringLiteral("icd10_phc.csv");
    QList<int> c;
    auto t = table(csv, file, {QStringLiteral("code"), QStringLiteral("name_en"), QStringLiteral("name_ur"),
                               QStringLiteral("dhis_row_under5"), QStringLiteral("dhis_row_over5")}, c);
    if (!t.ok()) return t.error();
    static const QRegularExpression shape(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9]{1,2})?$"));
    QList<IcdEntry> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < t->rows.size(); ++i) {
        const QStringList& r = t->rows.at(i);
        const int line = t->lineNumbers.at(i);
        IcdEntry e{r.at(c[0]), r.at(c[1]), r.at(c[2])};
        if (auto err = checkCode(file, line, e.code, seen)) return *err;
        if (!shape.match(e.code).hasMatch())
            return problem(file, line, tr("%1 is not an ICD-10 code (a letter, two digits, optionally a dot and one or two digits).").arg(e.code));
        if (e.nameEn.isEmpty()) return problem(file, line, tr("the English name is empty."));
        const auto u5 = smallNumber(r.at(c[3]));
        const auto o5 = smallNumber(r.at(c[4]));
        if (!u5 || !o5) return problem(file, line, tr("a DHIS row is not a number from 0 to 999."));
        e.dhisRowUnder5 = *u5;
        e.dhisRowOver5 = *o5;
        out.append(e);
    }
    return out;
}

Result<QList<Medicine>> parseMedicinesCsv(const QByteArray& csv)
{
    const QString file = QStringLiteral("medicines.csv");
    QList<int> c;
    auto t = table(csv, file, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("strength"), QStringLiteral("form"),
                               QStringLiteral("dose"), QStringLiteral("frequency"), QStringLiteral("duration_days")}, c);
    if (!t.ok()) return t.error();
    QList<Medicine> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < t->rows.size(); ++i) {
        const QStringList& r = t->rows.at(i);
        const int line = t->lineNumbers.at(i);
        Medicine m{r.at(c[0]), r.at(c[1]), r.at(c[2]), r.at(c[3]), r.at(c[4]), r.at(c[5]), 0};
        if (auto err = checkCode(file, line, m.code, seen)) return *err;
        if (m.name.isEmpty() || m.form.isEmpty()) return problem(file, line, tr("the name or the form is empty."));
        if (!m.frequency.isEmpty() && !doseFrequency(m.frequency))
            return problem(file, line, tr("the frequency %1 is not one of %2.").arg(m.frequency, doseFrequencyCodes().join(QStringLiteral(", "))));
        const auto days = smallNumber(r.at(c[6]));
        if (!days) return problem(file, line, tr("duration_days is not a number from 0 to 999."));
        m.durationDays = *days;
        out.append(m);
    }
    return out;
}

Result<QList<Complaint>> parseComplaintsCsv(const QByteArray& csv)
{
    const QString file = QStringLiteral("complaints.csv");
    QList<int> c;
    auto t = table(csv, file, {QStringLiteral("code"), QStringLiteral("name_en"), QStringLiteral("name_ur")}, c);
    if (!t.ok()) return t.error();
    QList<Complaint> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < t->rows.size(); ++i) {
        const QStringList& r = t->rows.at(i);
        const int line = t->lineNumbers.at(i);
        Complaint k{r.at(c[0]), r.at(c[1]), r.at(c[2])};
        if (auto err = checkCode(file, line, k.code, seen)) return *err;
        if (k.nameEn.isEmpty()) return problem(file, line, tr("the English name is empty."));
        out.append(k);
    }
    return out;
}

} // namespace bhu
