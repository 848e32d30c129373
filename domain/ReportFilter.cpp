#include "bhu/domain/ReportFilter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ReportTemplate", s); }

Error bad(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::Invalid, tr("Report template: %1: %2").arg(where, what));
}

// A number of years ("5") or months ("11m") as months; -1 when malformed.
int months(QStringView t)
{
    const bool m = t.endsWith(u'm');
    if (m || t.endsWith(u'y')) t.chop(1);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0) return -1;
    return m ? n : n * 12;
}

// A string or an array of strings.
std::optional<QStringList> strings(const QJsonValue& v)
{
    if (v.isString()) return QStringList{v.toString()};
    if (!v.isArray()) return std::nullopt;
    QStringList out;
    for (const QJsonValue x : v.toArray()) {
        if (!x.isString()) return std::nullopt;
        out.append(x.toString());
    }
    return out;
}
} // namespace

std::optional<AgeBand> parseAgeBand(QStringView text)
{
    const QString t = text.trimmed().toString().remove(u' ');
    if (t.isEmpty()) return std::nullopt;
    // The unit of an upper bound written "1-4" is years; "0-11m": both ends in months.
    const bool unitMonths = t.endsWith(u'm');
    auto num = [&](QStringView part) {
        QString p = part.toString();
        if (unitMonths && !p.endsWith(u'm')) p.append(u'm');
        return months(p);
    };
    if (t.startsWith(u'<')) {
        const int hi = num(QStringView(t).mid(1));
        if (hi <= 0) return std::nullopt;
        return AgeBand{0, hi - 1};
    }
    if (t.endsWith(u'+')) {
        const int lo = months(QStringView(t).chopped(1));
        if (lo < 0) return std::nullopt;
        return AgeBand{lo, -1};
    }
    const qsizetype dash = t.indexOf(u'-');
    if (dash <= 0) return std::nullopt;
    const int lo = num(QStringView(t).left(dash));
    int hi = num(QStringView(t).mid(dash + 1));
    if (lo < 0 || hi < 0 || hi < lo) return std::nullopt;
    if (!unitMonths) hi += 11;   // "1-4" years: up to the day before the 5th birthday
    return AgeBand{lo, hi};
}

bool icdMatches(QStringView code, QStringView pattern)
{
    if (pattern.endsWith(u'*')) return code.startsWith(pattern.chopped(1), Qt::CaseInsensitive);
    return code.compare(pattern, Qt::CaseInsensitive) == 0;
}

void ReportFilter::add(const ReportFilter& o)
{
    if (!o.sexes.isEmpty()) {
        if (sexes.isEmpty()) sexes = o.sexes;
        else {
            QList<Sex> both;
            for (Sex s : sexes)
                if (o.sexes.contains(s)) both.append(s);
            sexes = both.isEmpty() ? QList<Sex>{static_cast<Sex>(-1)} : both;   // nothing can match
        }
    }
    ages += o.ages;
    if (o.isNew) isNew = o.isNew;       // (conflicting settings: the most specific wins)
    if (o.referred) referred = o.referred;
    if (!o.classes.isEmpty()) classes = o.classes;
    icdSets += o.icdSets;
    if (o.confirmedOnly) confirmedOnly = o.confirmedOnly;
}

bool ReportFilter::matches(const ReportVisit& v, int ageMonths) const
{
    if (!sexes.isEmpty() && !sexes.contains(v.sex)) return false;
    for (const AgeBand& a : ages)
        if (ageMonths < 0 || !a.contains(ageMonths)) return false;
    if (isNew && *isNew != v.isNew) return false;
    if (referred && *referred != v.referred) return false;
    if (!classes.isEmpty() && !classes.contains(v.encounterClass)) return false;
    const bool confirmed = confirmedOnly.value_or(false);
    for (const QStringList& set : icdSets) {
        bool any = false;
        for (const ReportDiagnosis& d : v.diagnoses) {
            if (d.icd10.isEmpty() || (confirmed && !d.confirmed)) continue;
            for (const QString& p : set)
                if (icdMatches(d.icd10, p)) {
                    any = true;
                    break;
                }
            if (any) break;
        }
        if (!any) return false;
    }
    return true;
}

Result<ReportFilter> ReportFilter::fromJson(const QJsonObject& o, const QString& where)
{
    ReportFilter f;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"sex") {
            auto list = strings(v);
            if (!list) return bad(where, tr("\"sex\" must be a text or a list of texts."));
            for (const QString& s : *list) {
                if (s != u"male" && s != u"female" && s != u"other" && s != u"unknown")
                    return bad(where, tr("unknown sex \"%1\" (male, female, other, unknown).").arg(s));
                f.sexes.append(sexFromCode(s));
            }
        } else if (key == u"age") {
            auto band = parseAgeBand(v.toString());
            if (!v.isString() || !band)
                return bad(where, tr("bad age band \"%1\"; write e.g. \"<1\", \"1-4\", \"50+\", \"0-11m\".").arg(v.toString()));
            f.ages.append(*band);
        } else if (key == u"visit") {
            if (v.toString() == u"new") f.isNew = true;
            else if (v.toString() == u"follow-up") f.isNew = false;
            else return bad(where, tr("\"visit\" must be \"new\" or \"follow-up\"."));
        } else if (key == u"referred") {
            if (!v.isBool()) return bad(where, tr("\"referred\" must be true or false."));
            f.referred = v.toBool();
        } else if (key == u"class") {
            auto list = strings(v);
            if (!list) return bad(where, tr("\"class\" must be a text or a list of texts."));
            for (const QString& c : *list) {
                auto ec = encounterClassFromCode(c);
                if (!ec) return bad(where, tr("unknown encounter class \"%1\" (AMB, HH, VR).").arg(c));
                f.classes.append(*ec);
            }
        } else if (key == u"icd") {
            auto list = strings(v);
            if (!list || list->isEmpty()) return bad(where, tr("\"icd\" must be a non-empty list of ICD-10 codes."));
            static const QRegularExpression shape(QStringLiteral("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,2})?\\*?$|^[A-Z][0-9]?\\*$"));
            for (const QString& c : *list)
                if (!shape.match(c.toUpper()).hasMatch())
                    return bad(where, tr("\"%1\" is not an ICD-10 code or prefix (\"J18.9\", \"A0*\").").arg(c));
            f.icdSets.append(*list);
        } else if (key == u"certainty") {
            if (v.toString() == u"confirmed") f.confirmedOnly = true;
            else if (v.toString() == u"any") f.confirmedOnly = false;
            else return bad(where, tr("\"certainty\" must be \"confirmed\" or \"any\"."));
        } else {
            return bad(where, tr("unknown filter \"%1\".").arg(key));
        }
    }
    return f;
}

} // namespace bhu
