#include "bhu/match/MatchCsv.h"

#include "bhu/domain/Csv.h"
#include "bhu/domain/Phone.h"

#include <QCoreApplication>
#include <QSet>

namespace bhu::match {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::match::MatchCsv", s); }

enum Col { Id, Given, Family, Full, Rel, Guardian, SexCol, Birth, BirthEst, Age, Cnic, PhoneCol, Province, District, Tehsil, Uc, Village, ColCount };

Relation relationFromText(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.remove(u'/').remove(u'.').remove(u'\\').remove(u' ');
    if (t == u"so" || t == u"sonof" || t == u"s") return Relation::SonOf;
    if (t == u"do" || t == u"daughterof" || t == u"d") return Relation::DaughterOf;
    if (t == u"wo" || t == u"wifeof" || t == u"w") return Relation::WifeOf;
    if (t == u"co" || t == u"childof") return Relation::ChildOf;
    return Relation::None;
}

Sex sexFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"m" || t == u"male" || t == u"man" || t == u"boy") return Sex::Male;
    if (t == u"f" || t == u"female" || t == u"woman" || t == u"girl") return Sex::Female;
    if (t == u"o" || t == u"other") return Sex::Other;
    return Sex::Unknown;
}

bool isFlag(const QString& t)
{
    const QString l = t.trimmed().toLower();
    return l == u"1" || l == u"true" || l == u"yes" || l == u"y";
}

void setBirth(MatchRecord& r, const QString& birth, const QString& est, const QString& age, QDate today)
{
    const QString b = birth.trimmed();
    QDate d;
    for (const QString& fmt : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("dd-MM-yyyy"),
                               QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        d = QDate::fromString(b, fmt);
        if (d.isValid()) break;
    }
    bool yearOnly = false;
    const int bareYear = b.size() == 4 ? b.toInt(&yearOnly) : 0;
    bool estYearOk = false;
    const int estYear = est.trimmed().size() == 4 ? est.trimmed().toInt(&estYearOk) : 0;
    bool ageOk = false;
    const int ageYears = age.trimmed().toInt(&ageOk);
    if (d.isValid()) {
        r.birthYear = d.year();
        r.birthEstimated = isFlag(est);
        if (!r.birthEstimated) r.birthDate = d;
    } else if (yearOnly && bareYear > 1850) {
        r.birthYear = bareYear;
        r.birthEstimated = true;
    } else if (estYearOk && estYear > 1850) {
        r.birthYear = estYear;
        r.birthEstimated = true;
    } else if (ageOk && ageYears >= 0 && ageYears <= 130) {
        r.birthYear = today.year() - ageYears;
        r.birthEstimated = true;
    }
}
} // namespace

QStringList matchCsvColumns()
{
    return {QStringLiteral("record_id"), QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("full_name"),
            QStringLiteral("relation"), QStringLiteral("guardian_name"), QStringLiteral("sex"), QStringLiteral("birth_date"),
            QStringLiteral("birth_year_estimated"), QStringLiteral("age_years"), QStringLiteral("cnic"), QStringLiteral("phone"),
            QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("tehsil"), QStringLiteral("union_council"),
            QStringLiteral("village")};
}

Result<CsvRecords> readMatchCsv(const QByteArray& bytes, QDate today)
{
    auto table = parseCsv(bytes);
    if (!table.ok()) return table.error();
    const auto& rows = table.value().records;
    if (rows.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The file is empty: it needs a header row and records."));
    const QStringList known = matchCsvColumns();
    int col[ColCount];
    std::fill(std::begin(col), std::end(col), -1);
    CsvRecords out;
    QList<int> extraCols;
    const QStringList& header = rows.first().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        const qsizetype k = known.indexOf(h);
        if (k >= 0 && col[k] < 0) col[k] = static_cast<int>(i);
        else if (k < 0) {
            out.extraColumns << header.at(i).trimmed();
            extraCols << static_cast<int>(i);
        }
    }
    if (col[Id] < 0) return Error::make(ErrorCode::Invalid, tr("The header has no record_id column: add one with a unique id per row."));
    out.records.reserve(static_cast<std::size_t>(rows.size()));
    QSet<QString> seen;
    for (qsizetype ri = 1; ri < rows.size(); ++ri) {
        const CsvRecord& row = rows.at(ri);
        auto field = [&](Col c) { return col[c] >= 0 && col[c] < row.fields.size() ? row.fields.at(col[c]).trimmed() : QString(); };
        MatchRecord r;
        r.id = field(Id);
        if (r.id.isEmpty()) return Error::make(ErrorCode::Invalid, tr("Row %1 has no record_id.").arg(row.row));
        if (seen.contains(r.id)) return Error::make(ErrorCode::Invalid, tr("Row %1 repeats a record_id: ids must be unique.").arg(row.row));
        seen.insert(r.id);
        QString full = field(Full);
        if (full.isEmpty()) full = QString(field(Given) + u' ' + field(Family)).trimmed();
        Relation inName = Relation::None;
        QList<NameToken> guardianInName;
        r.name = nameTokens(full, &inName, &guardianInName);
        r.relation = relationFromText(field(Rel));
        if (r.relation == Relation::None) r.relation = inName;
        const QString guardian = field(Guardian);
        r.guardian = guardian.isEmpty() ? guardianInName : nameTokens(guardian);
        r.sex = sexFromText(field(SexCol));
        setBirth(r, field(Birth), field(BirthEst), field(Age), today);
        r.cnic = identifierDigits(field(Cnic));
        if (const QString ph = field(PhoneCol); !ph.isEmpty())
            if (auto p = normalizePhone(ph); p.ok()) r.phone = p.value();
        r.district = placeKey(field(District));
        r.unionCouncil = placeKey(field(Uc));
        r.village = placeKey(field(Village));
        markFamilyWords(r);
        out.records.push_back(std::move(r));
        QStringList extra;
        for (int c : extraCols) extra << (c < row.fields.size() ? row.fields.at(c) : QString());
        out.extra.push_back(extra);
    }
    return out;
}

} // namespace bhu::match
