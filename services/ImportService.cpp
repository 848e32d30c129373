// ImportService: legacy registers (CSV) → patients, with the form's checks and the duplicate check.
#include "bhu/services/ImportService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/domain/Age.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/domain/NameMatch.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/PlaceService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::ImportService", s); }

// Case-folded letters and digits only: "Father/Husband Name" → "fatherhusbandname".
QString fold(const QString& s)
{
    QString out;
    for (QChar c : s.toCaseFolded())
        if (c.isLetterOrNumber()) out += c;
    return out;
}

// Unicode decimal digits (Urdu ۰–۹ …) as ASCII; everything else unchanged.
QString asciiDigits(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c.isDigit() && c.unicode() > 0x7f) c = QChar(u'0' + c.digitValue());
    return out;
}

struct FieldSpec {
    QString field;
    QStringList headers;   // common header names, compared folded
};

const QList<FieldSpec>& fieldSpecs()
{
    static const QList<FieldSpec> specs = {
        {QStringLiteral("name"),
         {QStringLiteral("name"), QStringLiteral("patient name"), QStringLiteral("patient's name"), QStringLiteral("patient"),
          QStringLiteral("full name"), QStringLiteral("name of patient"), QStringLiteral("naam"), QStringLiteral("نام"),
          QStringLiteral("مریض کا نام")}},
        {QStringLiteral("name_ur"),
         {QStringLiteral("name_ur"), QStringLiteral("name urdu"), QStringLiteral("urdu name"), QStringLiteral("name (urdu)"),
          QStringLiteral("نام اردو")}},
        {QStringLiteral("guardian"),
         {QStringLiteral("guardian"), QStringLiteral("guardian name"), QStringLiteral("guardian's name"),
          QStringLiteral("father/husband name"), QStringLiteral("father / husband name"), QStringLiteral("father or husband name"),
          QStringLiteral("father/husband"), QStringLiteral("f/h name"), QStringLiteral("father name"), QStringLiteral("father's name"),
          QStringLiteral("husband name"), QStringLiteral("husband's name"), QStringLiteral("parentage"),
          QStringLiteral("s/o, d/o, w/o"), QStringLiteral("s/o d/o w/o name"), QStringLiteral("ولدیت"), QStringLiteral("والد کا نام"),
          QStringLiteral("والد/شوہر کا نام"), QStringLiteral("شوہر کا نام")}},
        {QStringLiteral("relation"),
         {QStringLiteral("relation"), QStringLiteral("relationship"), QStringLiteral("rel"), QStringLiteral("s/o d/o w/o"),
          QStringLiteral("so/do/wo"), QStringLiteral("relation (s/o, d/o, w/o)"), QStringLiteral("رشتہ")}},
        {QStringLiteral("sex"),
         {QStringLiteral("sex"), QStringLiteral("gender"), QStringLiteral("m/f"), QStringLiteral("male/female"), QStringLiteral("جنس")}},
        {QStringLiteral("age"),
         {QStringLiteral("age"), QStringLiteral("age (years)"), QStringLiteral("age years"), QStringLiteral("age (yrs)"),
          QStringLiteral("age yrs"), QStringLiteral("عمر")}},
        {QStringLiteral("birth_date"),
         {QStringLiteral("birth_date"), QStringLiteral("birth date"), QStringLiteral("date of birth"), QStringLiteral("dob"),
          QStringLiteral("d.o.b"), QStringLiteral("birthdate"), QStringLiteral("تاریخ پیدائش")}},
        {QStringLiteral("cnic"),
         {QStringLiteral("cnic"), QStringLiteral("cnic no"), QStringLiteral("cnic no."), QStringLiteral("cnic number"),
          QStringLiteral("cnic #"), QStringLiteral("nic"), QStringLiteral("nic no"), QStringLiteral("id card"),
          QStringLiteral("id card no"), QStringLiteral("national id"), QStringLiteral("شناختی کارڈ"),
          QStringLiteral("شناختی کارڈ نمبر")}},
        {QStringLiteral("bform"),
         {QStringLiteral("bform"), QStringLiteral("b-form"), QStringLiteral("b form no"), QStringLiteral("b-form no"),
          QStringLiteral("crc"), QStringLiteral("b-form / crc")}},
        {QStringLiteral("guardian_cnic"),
         {QStringLiteral("guardian_cnic"), QStringLiteral("guardian cnic"), QStringLiteral("father cnic"),
          QStringLiteral("father's cnic"), QStringLiteral("father/husband cnic"), QStringLiteral("husband cnic")}},
        {QStringLiteral("phone"),
         {QStringLiteral("phone"), QStringLiteral("phone no"), QStringLiteral("phone number"), QStringLiteral("mobile"),
          QStringLiteral("mobile no"), QStringLiteral("mobile no."), QStringLiteral("mobile number"), QStringLiteral("cell"),
          QStringLiteral("cell no"), QStringLiteral("contact"), QStringLiteral("contact no"), QStringLiteral("contact number"),
          QStringLiteral("موبائل"), QStringLiteral("فون"), QStringLiteral("موبائل نمبر")}},
        {QStringLiteral("village"),
         {QStringLiteral("village"), QStringLiteral("mohalla"), QStringLiteral("village/mohalla"), QStringLiteral("address"),
          QStringLiteral("گاؤں"), QStringLiteral("پتہ")}},
        {QStringLiteral("union_council"),
         {QStringLiteral("union_council"), QStringLiteral("union council"), QStringLiteral("uc"), QStringLiteral("u.c")}},
        {QStringLiteral("tehsil"), {QStringLiteral("tehsil"), QStringLiteral("taluka"), QStringLiteral("town"), QStringLiteral("تحصیل")}},
        {QStringLiteral("district"), {QStringLiteral("district"), QStringLiteral("ضلع")}},
        {QStringLiteral("province"), {QStringLiteral("province"), QStringLiteral("صوبہ")}},
        {QStringLiteral("notes"),
         {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("remarks"), QStringLiteral("comments"),
          QStringLiteral("کیفیت")}},
        {QStringLiteral("legacy_mr"),
         {QStringLiteral("legacy_mr"), QStringLiteral("legacy mr"), QStringLiteral("mr"), QStringLiteral("mr no"),
          QStringLiteral("mr no."), QStringLiteral("mr number"), QStringLiteral("mrn"), QStringLiteral("mr #"),
          QStringLiteral("reg no"), QStringLiteral("reg. no."), QStringLiteral("registration no"),
          QStringLiteral("registration number"), QStringLiteral("opd no"), QStringLiteral("opd number")}},
    };
    return specs;
}

enum class GuardianHint { Unknown, Father, Husband };

GuardianHint hintFromHeader(const QString& header)
{
    const QString f = fold(header);
    const bool father = f.contains(u"father") || f.contains(u"والد");
    const bool husband = f.contains(u"husband") || f.contains(u"شوہر");
    if (father && !husband) return GuardianHint::Father;
    if (husband && !father) return GuardianHint::Husband;
    return GuardianHint::Unknown;
}

// A relation typed in a column: S/O, d.o, "wife of", ولد, … ; "father"/"husband" give a hint only.
std::optional<Relation> parseRelation(const QString& text, GuardianHint* hint)
{
    const QString f = fold(text);
    if (f.isEmpty()) return Relation::None;
    static const QHash<QString, Relation> table = {
        {QStringLiteral("so"), Relation::SonOf},       {QStringLiteral("sonof"), Relation::SonOf},
        {QStringLiteral("son"), Relation::SonOf},      {QStringLiteral("bin"), Relation::SonOf},
        {QStringLiteral("ولد"), Relation::SonOf},      {QStringLiteral("do"), Relation::DaughterOf},
        {QStringLiteral("daughterof"), Relation::DaughterOf}, {QStringLiteral("daughter"), Relation::DaughterOf},
        {QStringLiteral("bint"), Relation::DaughterOf}, {QStringLiteral("binte"), Relation::DaughterOf},
        {QStringLiteral("بنت"), Relation::DaughterOf}, {QStringLiteral("دختر"), Relation::DaughterOf},
        {QStringLiteral("wo"), Relation::WifeOf},      {QStringLiteral("wifeof"), Relation::WifeOf},
        {QStringLiteral("wife"), Relation::WifeOf},    {QStringLiteral("زوجہ"), Relation::WifeOf},
        {QStringLiteral("co"), Relation::ChildOf},     {QStringLiteral("childof"), Relation::ChildOf},
    };
    if (auto it = table.constFind(f); it != table.constEnd()) return it.value();
    if (f == u"father" || f == u"والد") {
        *hint = GuardianHint::Father;
        return Relation::None;
    }
    if (f == u"husband" || f == u"شوہر") {
        *hint = GuardianHint::Husband;
        return Relation::None;
    }
    return std::nullopt;
}

const QString& markerPattern()
{
    static const QString p = QStringLiteral(
        "(s\\s*[/\\\\.]\\s*o\\.?|d\\s*[/\\\\.]\\s*o\\.?|w\\s*[/\\\\.]\\s*o\\.?|c\\s*[/\\\\.]\\s*o\\.?|son of|daughter of|wife of|"
        "ولد|بنت|زوجہ)");
    return p;
}

// "Ali s/o Akbar" → ("Ali", S/O, "Akbar"); no marker → nullopt.
struct SplitName {
    QString name;
    Relation relation = Relation::None;
    QString guardian;
};
std::optional<SplitName> splitAtMarker(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(.+?)\\s+") + markerPattern() + QStringLiteral("\\s+(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.simplified());
    if (!m.hasMatch()) return std::nullopt;
    GuardianHint ignored = GuardianHint::Unknown;
    auto rel = parseRelation(m.captured(2), &ignored);
    if (!rel || *rel == Relation::None) return std::nullopt;
    return SplitName{m.captured(1).trimmed(), *rel, m.captured(3).trimmed()};
}

// "S/O Muhammad Akbar" in a parentage column → (S/O, "Muhammad Akbar").
std::optional<SplitName> leadingMarker(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^") + markerPattern() + QStringLiteral("\\s+(.+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.simplified());
    if (!m.hasMatch()) return std::nullopt;
    GuardianHint ignored = GuardianHint::Unknown;
    auto rel = parseRelation(m.captured(1), &ignored);
    if (!rel || *rel == Relation::None) return std::nullopt;
    return SplitName{{}, *rel, m.captured(2).trimmed()};
}

std::optional<Sex> parseSex(const QString& text)
{
    const QString f = fold(text);
    if (f.isEmpty()) return Sex::Unknown;
    static const QStringList male = {QStringLiteral("m"), QStringLiteral("male"), QStringLiteral("man"), QStringLiteral("boy"),
                                     QStringLiteral("mard"), QStringLiteral("مرد"), QStringLiteral("مذکر"), QStringLiteral("لڑکا")};
    static const QStringList female = {QStringLiteral("f"),     QStringLiteral("female"), QStringLiteral("woman"),
                                       QStringLiteral("girl"),  QStringLiteral("aurat"),  QStringLiteral("عورت"),
                                       QStringLiteral("مؤنث"),  QStringLiteral("مونث"),   QStringLiteral("خاتون"),
                                       QStringLiteral("لڑکی")};
    static const QStringList other = {QStringLiteral("o"), QStringLiteral("other"), QStringLiteral("t"),
                                      QStringLiteral("transgender"), QStringLiteral("khawajasira"), QStringLiteral("خواجہسرا")};
    if (male.contains(f)) return Sex::Male;
    if (female.contains(f)) return Sex::Female;
    if (other.contains(f)) return Sex::Other;
    return std::nullopt;
}

// "35", "35 y", "35 years", "6 months", "6m", "2y 3m", "10 days", "1.5", "۳۵ سال".
std::optional<AgeSpan> parseAge(const QString& text)
{
    const QString s = asciiDigits(text).toLower().simplified();
    if (s.isEmpty()) return std::nullopt;
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,3})(?:\\.(\\d+))?$"));
    if (auto m = plain.match(s); m.hasMatch()) {
        AgeSpan a{m.captured(1).toInt(), 0, 0};
        if (m.hasCaptured(2) && !m.captured(2).isEmpty())
            a.months = qRound(QStringLiteral("0.%1").arg(m.captured(2)).toDouble() * 12);
        if (a.months >= 12) {
            a.years += 1;
            a.months = 0;
        }
        return a;
    }
    static const QRegularExpression part(QStringLiteral(
        "(\\d{1,3})\\s*(years?|yrs?|y|سال|months?|mons?|mths?|mo|m|ماہ|مہینے|weeks?|wks?|w|ہفتے|days?|d|دن)(?![a-z])"));
    AgeSpan a;
    bool any = false;
    QString rest = s;
    auto it = part.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        const QString u = m.captured(2);
        if (u.startsWith(u'y') || u == u"سال") a.years += n;
        else if (u.startsWith(u'w') || u == u"ہفتے") a.days += 7 * n;
        else if (u.startsWith(u'd') || u == u"دن") a.days += n;
        else a.months += n;
        any = true;
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    static const QRegularExpression leftovers(QStringLiteral("^[\\s,;/&+]*(?:and[\\s,;/&+]*)*$"));
    if (!any || !leftovers.match(rest).hasMatch()) return std::nullopt;
    return a;
}

int monthFromName(const QString& s)
{
    const QLocale c = QLocale::c();
    for (int m = 1; m <= 12; ++m)
        if (s.compare(c.monthName(m, QLocale::ShortFormat), Qt::CaseInsensitive) == 0 ||
            s.compare(c.monthName(m, QLocale::LongFormat), Qt::CaseInsensitive) == 0 ||
            (s.size() >= 3 && c.monthName(m, QLocale::LongFormat).startsWith(s, Qt::CaseInsensitive)))
            return m;
    return 0;
}

struct ParsedDate {
    QDate date;
    bool estimated = false;
};

// ISO, day-first (or month-first / year-first by dateOrder) with / - . separators, 2-digit
// years, "15-Mar-1985", "March 15, 1985", a year alone (→ 1 January, estimated), and a
// trailing time ("1985-03-15 00:00:00") as Excel writes it.
std::optional<ParsedDate> parseDate(const QString& text, const QString& dateOrder, QDate today)
{
    QString s = asciiDigits(text).simplified();
    static const QRegularExpression time(QStringLiteral("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(am|pm)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    s.remove(time);
    auto year4 = [&](int y, int digits) {
        if (digits == 2) return y <= today.year() % 100 ? 2000 + y : 1900 + y;
        return y;
    };
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    if (auto m = yearOnly.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), 1, 1);
        if (!d.isValid()) return std::nullopt;
        return ParsedDate{d, true};
    }
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (auto m = ymd.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<ParsedDate>(ParsedDate{d, false}) : std::nullopt;
    }
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})$"));
    if (auto m = numeric.match(s); m.hasMatch()) {
        int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        const int y = year4(m.captured(3).toInt(), static_cast<int>(m.captured(3).size()));
        if (dateOrder == u"mdy") std::swap(a, b);
        const QDate d(y, b, a);
        return d.isValid() ? std::optional<ParsedDate>(ParsedDate{d, false}) : std::nullopt;
    }
    static const QRegularExpression dMonY(QStringLiteral("^(\\d{1,2})[-/ ]([A-Za-z]{3,})[-/ ,]+(\\d{2}|\\d{4})$"));
    if (auto m = dMonY.match(s); m.hasMatch()) {
        const int mon = monthFromName(m.captured(2));
        const QDate d(year4(m.captured(3).toInt(), static_cast<int>(m.captured(3).size())), mon, m.captured(1).toInt());
        return mon && d.isValid() ? std::optional<ParsedDate>(ParsedDate{d, false}) : std::nullopt;
    }
    static const QRegularExpression monDY(QStringLiteral("^([A-Za-z]{3,})[ -](\\d{1,2}),?[ -](\\d{4})$"));
    if (auto m = monDY.match(s); m.hasMatch()) {
        const int mon = monthFromName(m.captured(1));
        const QDate d(m.captured(3).toInt(), mon, m.captured(2).toInt());
        return mon && d.isValid() ? std::optional<ParsedDate>(ParsedDate{d, false}) : std::nullopt;
    }
    return std::nullopt;
}

QStringList sortedKeys(const QString& name, bool guardian = false)
{
    const NameKey k = normalizeName(name);
    QStringList keys = guardian ? (k.guardianKeys.isEmpty() ? k.keys : k.guardianKeys) : k.keys;
    keys.sort();
    return keys;
}

// The row is a record that is already in the database (an earlier import or an earlier row).
bool sameRecord(const Patient& p, const DuplicateCandidate& c)
{
    const SearchHit& h = c.hit;
    if (c.sameCnic) return nameSimilarity(normalizeName(p.name), normalizeName(h.name)) >= kNameLikelySame;
    if (p.sex != h.sex) return false;
    if (sortedKeys(p.name) != sortedKeys(h.name)) return false;
    if (sortedKeys(p.guardianName) != sortedKeys(h.guardianName)) return false;
    if (p.birthDate.isValid() != h.birthDate.isValid()) return false;
    return !p.birthDate.isValid() || p.birthDate.year() == h.birthDate.year();
}

QString relationshipWord(Relation r, GuardianHint hint)
{
    if (r == Relation::WifeOf || hint == GuardianHint::Husband) return QStringLiteral("husband");
    if (r == Relation::SonOf || r == Relation::DaughterOf || hint == GuardianHint::Father) return QStringLiteral("father");
    return QStringLiteral("guardian");
}

QString outcomeWord(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Rejected: return tr("rejected");
    case ImportOutcome::PossibleDuplicate: return tr("possible duplicate");
    case ImportOutcome::SkippedExisting: return tr("already imported");
    case ImportOutcome::Imported: return tr("imported");
    }
    return {};
}
} // namespace

namespace importing {
std::optional<AgeSpan> parseAge(const QString& text) { return bhu::services::parseAge(text); }
std::optional<QDate> parseDate(const QString& text, const QString& dateOrder, QDate today, bool* estimated)
{
    auto d = bhu::services::parseDate(text, dateOrder, today);
    if (!d) return std::nullopt;
    if (estimated) *estimated = d->estimated;
    return d->date;
}
std::optional<Sex> parseSex(const QString& text) { return bhu::services::parseSex(text); }
} // namespace importing

// ---------------------------------------------------------------------------------------------
// Mapping

const QStringList& ImportMapping::fields()
{
    static const QStringList f = [] {
        QStringList out;
        for (const FieldSpec& s : fieldSpecs()) out << s.field;
        return out;
    }();
    return f;
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::Invalid, tr("The mapping file is not a JSON object (%1).").arg(err.errorString()));
    ImportMapping m;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key().trimmed().toLower();
        if (key == u"date_order") {
            const QString v = it.value().toString().toLower();
            if (v != u"dmy" && v != u"mdy" && v != u"ymd")
                return Error::make(ErrorCode::Invalid, tr("date_order must be \"dmy\", \"mdy\" or \"ymd\"."));
            m.dateOrder = v;
            continue;
        }
        if (!fields().contains(key))
            return Error::make(ErrorCode::Invalid, tr("Unknown field \"%1\" in the mapping file. Fields: %2.")
                                                       .arg(it.key(), fields().join(QStringLiteral(", "))));
        if (it.value().isString()) m.columns.insert(key, it.value().toString());
        else if (it.value().isNull()) m.columns.insert(key, QString());
        else if (it.value().isDouble() && it.value().toInt() >= 1) m.columns.insert(key, QStringLiteral("#%1").arg(it.value().toInt()));
        else
            return Error::make(ErrorCode::Invalid,
                               tr("The mapping of \"%1\" must be a column name, a column number or null.").arg(it.key()));
    }
    return m;
}

// ---------------------------------------------------------------------------------------------
// Summary

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("rows"), rows},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("skipped_existing"), skippedExisting},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("possible_duplicates"), possibleDuplicates},
                       {QStringLiteral("imported_with_warnings"), importedWithWarnings},
                       {QStringLiteral("relation_assumed"), relationAssumed}};
}

QByteArray ImportSummary::errorCsv() const
{
    QList<QStringList> out;
    out << (QStringList(header) << QStringLiteral("row") << QStringLiteral("error"));
    for (const ImportIssue& i : issues) {
        QStringList r = i.original;
        while (r.size() < header.size()) r << QString();
        out << (r << QString::number(i.row) << outcomeWord(i.outcome) + QStringLiteral(": ") + i.message);
    }
    return csvFile(out);
}

// ---------------------------------------------------------------------------------------------
// Import

Result<ImportSummary> ImportService::importPatients(const QByteArray& csv, const ImportMapping& mapping)
{
    BHU_TRY(m_s.require(Permission::ImportData));
    BHU_TRY(m_s.require(Permission::RegisterPatient));
    auto table = parseCsv(csv);
    if (!table.ok()) return table.error();
    if (table->records.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The file is empty."));

    ImportSummary summary;
    summary.header = table->records.first().fields;
    const QStringList& header = summary.header;

    // Column of each field: the mapping first, then known header names.
    QHash<QString, int> col;
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        if (it.value().isEmpty()) continue;
        int c = -1;
        if (it.value().startsWith(u'#')) {
            bool ok = false;
            c = it.value().mid(1).toInt(&ok) - 1;
            if (!ok || c < 0 || c >= header.size()) c = -1;
        } else {
            for (int i = 0; i < header.size() && c < 0; ++i)
                if (header.at(i).trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0) c = i;
            for (int i = 0; i < header.size() && c < 0; ++i)
                if (fold(header.at(i)) == fold(it.value())) c = i;
        }
        if (c < 0)
            return Error::make(ErrorCode::Invalid, tr("The mapping file names the column \"%1\" for %2, but the file has no such "
                                                      "column. Columns: %3.")
                                                       .arg(it.value(), it.key(), header.join(QStringLiteral(", "))));
        col.insert(it.key(), c);
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString h = fold(header.at(i));
        if (h.isEmpty()) continue;
        for (const FieldSpec& spec : fieldSpecs()) {
            if (col.contains(spec.field) || mapping.columns.contains(spec.field)) continue;
            if (std::any_of(col.begin(), col.end(), [&](int used) { return used == i; })) break;
            const bool match = std::any_of(spec.headers.begin(), spec.headers.end(), [&](const QString& v) { return fold(v) == h; });
            if (match) {
                col.insert(spec.field, i);
                break;
            }
        }
    }
    if (!col.contains(QStringLiteral("name")))
        return Error::make(ErrorCode::Invalid,
                           tr("No column for the patient's name. The file's columns are: %1. Name the column \"Name\" or "
                              "\"Patient Name\", or give a mapping file (--mapping).")
                               .arg(header.join(QStringLiteral(", "))));
    for (const QString& f : ImportMapping::fields())
        if (col.contains(f)) summary.columnsUsed << f + u'=' + header.at(col.value(f));
    const GuardianHint headerHint =
        col.contains(QStringLiteral("guardian")) ? hintFromHeader(header.at(col.value(QStringLiteral("guardian")))) : GuardianHint::Unknown;
    // Which CSV column a validate() field refers to, for messages.
    auto label = [&](const QString& issueField) {
        static const QHash<QString, QString> toImport = {{QStringLiteral("guardian_name"), QStringLiteral("guardian")},
                                                         {QStringLiteral("guardian_relationship"), QStringLiteral("guardian_cnic")}};
        QString f = toImport.value(issueField, issueField);
        if (f == u"birth_date" && !col.contains(f)) f = QStringLiteral("age");
        if (f == u"guardian_cnic" && !col.contains(f)) f = QStringLiteral("cnic");
        return col.contains(f) ? header.at(col.value(f)) : issueField;
    };

    PatientService patients(m_s);
    db::PatientRepository repo(m_s.store().conn());
    const QDate today = QDate::currentDate();
    Status fatal;
    int fatalRow = 0;

    for (qsizetype r = 1; r < table->records.size() && fatal.ok(); ++r) {
        const CsvRecord& rec = table->records.at(r);
        ++summary.rows;
        auto cell = [&](const char* field) {
            const int c = col.value(QLatin1String(field), -1);
            return c >= 0 && c < rec.fields.size() ? rec.fields.at(c).trimmed() : QString();
        };
        auto issue = [&](ImportOutcome o, const QString& message) {
            summary.issues.append(ImportIssue{rec.row, o, message, rec.fields});
            if (o == ImportOutcome::Rejected) ++summary.rejected;
            else ++summary.possibleDuplicates;
        };
        QStringList problems;
        QSet<QString> unreadable;   // validate() field names whose cell could not be read

        // Names and relation.
        Patient p;
        p.facilityCode = m_s.facility().code;
        p.name = cell("name").simplified();
        p.nameUrdu = cell("name_ur").simplified();
        p.guardianName = cell("guardian").simplified();
        GuardianHint hint = headerHint;
        auto rel = parseRelation(cell("relation"), &hint);
        if (!rel) {
            problems << label(QStringLiteral("relation")) + QStringLiteral(": ") +
                            tr("\"%1\" is not a relation; use S/O, D/O or W/O.").arg(cell("relation"));
            unreadable << QStringLiteral("relation");
            rel = Relation::None;
        }
        p.relation = *rel;
        if (p.guardianName.isEmpty()) {
            if (auto split = splitAtMarker(p.name)) {
                p.name = split->name;
                p.guardianName = split->guardian;
                if (p.relation == Relation::None) p.relation = split->relation;
            }
        } else if (auto lead = leadingMarker(p.guardianName)) {
            p.guardianName = lead->guardian;
            if (p.relation == Relation::None) p.relation = lead->relation;
        }

        // Sex (else from the relation).
        auto sex = parseSex(cell("sex"));
        if (!sex) {
            problems << label(QStringLiteral("sex")) + QStringLiteral(": ") +
                            tr("\"%1\" is not understood; use male, female or other (M/F).").arg(cell("sex"));
            unreadable << QStringLiteral("sex") << QStringLiteral("relation");
            sex = Sex::Unknown;
        }
        p.sex = *sex;
        if (p.sex == Sex::Unknown) {
            if (p.relation == Relation::SonOf) p.sex = Sex::Male;
            else if (p.relation == Relation::DaughterOf || p.relation == Relation::WifeOf) p.sex = Sex::Female;
        }

        // Birth date (else the age).
        const QString dob = cell("birth_date");
        const QString age = cell("age");
        if (!dob.isEmpty()) {
            if (auto d = parseDate(dob, mapping.dateOrder, today)) {
                p.birthDate = d->date;
                p.birthDateEstimated = d->estimated;
            } else {
                problems << label(QStringLiteral("birth_date")) + QStringLiteral(": ") +
                                tr("\"%1\" is not a date; write it like 15/03/1990 or 1990-03-15.").arg(dob);
                unreadable << QStringLiteral("birth_date");
            }
        } else if (!age.isEmpty()) {
            if (auto a = parseAge(age)) {
                auto d = estimateBirthDate(*a, today);
                if (d.ok()) {
                    p.birthDate = d.value();
                    p.birthDateEstimated = true;
                } else {
                    problems << label(QStringLiteral("age")) + QStringLiteral(": ") + d.error().message;
                    unreadable << QStringLiteral("birth_date");
                }
            } else {
                problems << label(QStringLiteral("age")) + QStringLiteral(": ") +
                                tr("\"%1\" is not an age; write years (35), months (6m) or both (2y 3m).").arg(age);
                unreadable << QStringLiteral("birth_date");
            }
        }
        const bool minor = p.birthDate.isValid() && p.birthDate.addYears(18) > today;

        // Relation for a guardian without one: by sex, the column's name, and age.
        bool relationAssumed = false;
        if (p.relation == Relation::None && !p.guardianName.isEmpty()) {
            if (p.sex == Sex::Male) p.relation = Relation::SonOf;
            else if (p.sex == Sex::Female) {
                if (hint == GuardianHint::Husband) p.relation = Relation::WifeOf;
                else if (hint == GuardianHint::Father || minor) p.relation = Relation::DaughterOf;
                else p.relation = Relation::WifeOf;
            }
            relationAssumed = p.relation != Relation::None;
        }

        // Identifiers. A CNIC on a child's row is the guardian's (CNICs are issued at 18).
        const QString cnic = cell("cnic");
        QString guardianCnic = cell("guardian_cnic");
        if (!cnic.isEmpty()) {
            if (minor && guardianCnic.isEmpty()) guardianCnic = cnic;
            else p.setIdentifier(IdSystem::Cnic, cnic);
        }
        if (!cell("bform").isEmpty()) p.setIdentifier(IdSystem::BForm, cell("bform"));
        if (!guardianCnic.isEmpty()) {
            p.guardianCnic = guardianCnic;
            p.guardianRelationship = relationshipWord(p.relation, hint);
        }
        const QString legacyMr = cell("legacy_mr").simplified().toUpper();
        if (!legacyMr.isEmpty()) p.setIdentifier(LegacyIds::LegacyMr, legacyMr);

        p.phone = cell("phone");
        p.address.village = cell("village").simplified();
        p.address.unionCouncil = cell("union_council").simplified();
        p.address.tehsil = cell("tehsil").simplified();
        p.address.district = cell("district").simplified();
        const QString province = cell("province").simplified();
        const QString canonicalProvince = PlaceService::canonicalProvince(province);
        p.address.province = canonicalProvince.isEmpty() ? province : canonicalProvince;
        p.notes = cell("notes");

        // The form's checks.
        // A field whose cell could not be read has its message already: skip the form's.
        const QList<FieldIssue> checks = patients.validate(p);
        bool warned = false;
        for (const FieldIssue& i : checks) {
            if (i.warning) warned = true;
            else if (!unreadable.contains(i.field)) problems << label(i.field) + QStringLiteral(": ") + i.message;
        }
        if (!problems.isEmpty()) {
            issue(ImportOutcome::Rejected, problems.join(u' '));
            continue;
        }

        // Already imported: the same legacy MR.
        if (!legacyMr.isEmpty()) {
            auto ids = repo.findByIdentifier(legacyMr);
            if (!ids.ok()) {
                fatal = ids.error();
                fatalRow = rec.row;
                break;
            }
            bool seen = false;
            for (const QString& id : ids.value()) {
                auto existing = repo.get(id);
                if (existing.ok() && existing->identifier(LegacyIds::LegacyMr) == legacyMr) seen = true;
            }
            if (seen) {
                ++summary.skippedExisting;
                continue;
            }
        }

        // Already imported (same CNIC and name, or same name, guardian, sex and birth year),
        // else a possible duplicate for review.
        auto dups = patients.findDuplicates(p);
        if (!dups.ok()) {
            fatal = dups.error();
            fatalRow = rec.row;
            break;
        }
        if (std::any_of(dups->begin(), dups->end(), [&](const DuplicateCandidate& c) { return sameRecord(p, c); })) {
            ++summary.skippedExisting;
            continue;
        }
        if (!dups->isEmpty()) {
            QStringList who;
            for (qsizetype i = 0; i < std::min<qsizetype>(3, dups->size()); ++i) {
                const DuplicateCandidate& c = dups->at(i);
                who << tr("MR %1 (%2)").arg(formatMrNumber(c.hit.mr), c.reasons.join(QStringLiteral(", ")));
            }
            if (dups->size() > 3) who << tr("and %1 more").arg(dups->size() - 3);
            issue(ImportOutcome::PossibleDuplicate,
                  tr("may already be registered as %1. Check, then register by hand or correct the row.").arg(who.join(QStringLiteral("; "))));
            continue;
        }

        RegisterOptions opts;
        opts.confirmedNotDuplicate = true;   // the check above found no candidate
        auto created = patients.registerPatient(p, opts);
        if (created.ok()) {
            ++summary.imported;
            if (warned) ++summary.importedWithWarnings;
            if (relationAssumed) ++summary.relationAssumed;
            summary.importedIds << created->id;
        } else if (created.is(ErrorCode::Invalid)) {
            issue(ImportOutcome::Rejected, created.error().message);
        } else if (created.is(ErrorCode::Conflict)) {
            issue(ImportOutcome::PossibleDuplicate, created.error().message);
        } else {
            fatal = created.error();
            fatalRow = rec.row;
        }
    }

    // One audit entry with counts only, also when the import stopped on an error.
    QJsonObject details = summary.toJson();
    if (!fatal.ok()) details.insert(QStringLiteral("stopped"), true);
    BHU_TRY(db::AuditLog(m_s.store().conn())
                .record(m_s.actor(), QStringLiteral("import"), QStringLiteral("PatientImport"), {}, {},
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))));
    if (!fatal.ok())
        return Error::make(fatal.error().code,
                           tr("The import stopped at row %1 after %2 patients were imported: %3 Run it again to continue; "
                              "rows already imported are skipped.")
                               .arg(fatalRow)
                               .arg(summary.imported)
                               .arg(fatal.error().message),
                           fatal.error().detail);
    return summary;
}

} // namespace bhu::services
