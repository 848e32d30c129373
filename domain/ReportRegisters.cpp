// The registers and the LHW summary: lists over the same visit rows as the monthly report.
#include "bhu/domain/ReportEngine.h"

#include <QLocale>
#include <QMap>
#include <QSet>

namespace bhu {

namespace {
ReportTable header(const QString& id, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    ReportTable t;
    t.reportId = id;
    t.templateVersion = QStringLiteral("1");
    t.title = reportLabel(id, lang);
    t.language = lang;
    t.facilityName = ctx.facilityName;
    t.facilityCode = ctx.facilityCode;
    t.from = ctx.from;
    t.to = ctx.to;
    t.periodText = periodText(ctx.from, ctx.to, lang);
    t.generatedBy = ctx.generatedBy;
    t.generatedAt = ctx.generatedAt;
    t.labelFacility = reportLabel(QStringLiteral("facility"), lang);
    t.labelPeriod = reportLabel(QStringLiteral("period"), lang);
    t.labelGeneratedBy = reportLabel(QStringLiteral("generatedBy"), lang);
    t.labelGeneratedAt = reportLabel(QStringLiteral("generatedAt"), lang);
    t.labelNotAvailable = reportLabel(QStringLiteral("notAvailable"), lang);
    return t;
}

QList<ReportColumn> columns(const QStringList& keys, QStringView lang)
{
    QList<ReportColumn> out;
    for (const QString& k : keys) out.append(ReportColumn{k, reportLabel(QStringLiteral("col.") + k, lang)});
    return out;
}

ReportCell text(const QString& s) { return ReportCell{s, std::nullopt, true}; }

QString sexText(Sex s, QStringView lang)
{
    switch (s) {
    case Sex::Male: return reportLabel(QStringLiteral("sex.male"), lang);
    case Sex::Female: return reportLabel(QStringLiteral("sex.female"), lang);
    case Sex::Other: return reportLabel(QStringLiteral("sex.other"), lang);
    case Sex::Unknown: break;
    }
    return QString();
}

// "3 y", "7 m" (completed years, or months under two years); empty when unknown.
QString ageText(const ReportVisit& v, QStringView lang)
{
    const int m = reportAgeMonths(v.birthDate, v.date);
    if (m < 0) return QString();
    const QLocale loc = reportLocale(lang);
    if (m < 24) return loc.toString(m) + u' ' + reportLabel(QStringLiteral("unit.months"), lang);
    return loc.toString(m / 12) + u' ' + reportLabel(QStringLiteral("unit.years"), lang);
}

QString diagnosesText(const ReportVisit& v)
{
    QStringList parts;
    for (const ReportDiagnosis& d : v.diagnoses)
        parts.append(d.icd10.isEmpty() ? d.display : d.icd10 + u' ' + d.display);
    return parts.join(u"; ");
}

QList<const ReportVisit*> inPeriod(const QList<ReportVisit>& visits, const ReportContext& ctx)
{
    QList<const ReportVisit*> out;
    for (const ReportVisit& v : visits)
        if (v.date >= ctx.from && v.date <= ctx.to) out.append(&v);
    std::stable_sort(out.begin(), out.end(), [](const ReportVisit* a, const ReportVisit* b) {
        return a->date != b->date ? a->date < b->date : a->token < b->token;
    });
    return out;
}
} // namespace

ReportTable opdRegister(const QList<ReportVisit>& visits, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    const QLocale loc = reportLocale(lang);
    ReportTable t = header(QStringLiteral("opd-register"), ctx);
    // One section per day, as the paper register is kept (and small tables lay out fast).
    const QList<ReportColumn> cols = columns({QStringLiteral("date"), QStringLiteral("token"), QStringLiteral("mr"), QStringLiteral("name"),
                                              QStringLiteral("age"), QStringLiteral("sex"), QStringLiteral("visit"), QStringLiteral("diagnoses"),
                                              QStringLiteral("treatment"), QStringLiteral("referred")},
                                             lang);
    for (const ReportVisit* v : inPeriod(visits, ctx)) {
        if (v->encounterClass != EncounterClass::Ambulatory) continue;
        if (t.sections.isEmpty() || t.sections.last().id != v->date.toString(Qt::ISODate)) {
            ReportSection s;
            s.id = v->date.toString(Qt::ISODate);
            s.title = loc.toString(v->date, QLocale::LongFormat);
            s.rowTitles = false;
            s.columns = cols;
            t.sections.append(s);
        }
        ReportRow r;
        r.id = v->visitId;
        r.cells = {text(loc.toString(v->date, QLocale::ShortFormat)),
                   ReportCell{loc.toString(v->token), double(v->token), true},
                   text(v->mr),
                   text(v->name),
                   text(ageText(*v, lang)),
                   text(sexText(v->sex, lang)),
                   text(reportLabel(v->isNew ? QStringLiteral("visit.new") : QStringLiteral("visit.follow-up"), lang)),
                   text(diagnosesText(*v)),
                   text(v->treatment.join(u"; ")),
                   text(v->referred ? reportLabel(QStringLiteral("yes"), lang) : QString())};
        t.sections.last().rows.append(r);
    }
    if (t.sections.isEmpty()) {
        ReportSection s;
        s.id = QStringLiteral("visits");
        s.title = reportLabel(QStringLiteral("section.visits"), lang);
        s.note = reportLabel(QStringLiteral("empty"), lang);
        s.rowTitles = false;
        s.columns = cols;
        t.sections.append(s);
    }
    return t;
}

ReportTable referralRegister(const QList<ReportVisit>& visits, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    const QLocale loc = reportLocale(lang);
    ReportTable t = header(QStringLiteral("referral-register"), ctx);
    ReportSection s;
    s.id = QStringLiteral("referrals");
    s.title = reportLabel(QStringLiteral("section.referrals"), lang);
    s.rowTitles = false;
    s.columns = columns({QStringLiteral("date"), QStringLiteral("mr"), QStringLiteral("name"), QStringLiteral("age"),
                         QStringLiteral("sex"), QStringLiteral("diagnoses"), QStringLiteral("referredTo")},
                        lang);
    for (const ReportVisit* v : inPeriod(visits, ctx)) {
        if (!v->referred) continue;
        ReportRow r;
        r.id = v->visitId;
        r.cells = {text(loc.toString(v->date, QLocale::ShortFormat)), text(v->mr), text(v->name), text(ageText(*v, lang)),
                   text(sexText(v->sex, lang)), text(diagnosesText(*v)), text(v->referredTo.join(u"; "))};
        s.rows.append(r);
    }
    if (s.rows.isEmpty()) s.note = reportLabel(QStringLiteral("empty"), lang);
    t.sections.append(s);
    return t;
}

ReportTable lhwSummary(const QList<ReportVisit>& visits, const ReportContext& ctx)
{
    const QString& lang = ctx.language;
    const QLocale loc = reportLocale(lang);
    ReportTable t = header(QStringLiteral("lhw-summary"), ctx);
    ReportSection s;
    s.id = QStringLiteral("home-visits");
    s.title = reportLabel(QStringLiteral("section.home-visits"), lang);
    s.note = reportLabel(QStringLiteral("lhw.note"), lang);
    s.columns = columns({QStringLiteral("homeVisits"), QStringLiteral("patients"), QStringLiteral("referred")}, lang);
    struct Tally {
        qint64 visits = 0;
        QSet<QString> patients;
        qint64 referred = 0;
    };
    QMap<QString, Tally> byLhw;
    Tally all;
    for (const ReportVisit* v : inPeriod(visits, ctx)) {
        if (v->encounterClass != EncounterClass::HomeHealth) continue;
        for (Tally* tally : {&byLhw[v->signedBy], &all}) {
            ++tally->visits;
            tally->patients.insert(v->patientId);
            if (v->referred) ++tally->referred;
        }
    }
    auto row = [&](const QString& id, const QString& title, const Tally& x) {
        auto n = [&](qint64 k) { return ReportCell{loc.toString(k), double(k), true}; };
        s.rows.append(ReportRow{id, title, {n(x.visits), n(x.patients.size()), n(x.referred)}});
    };
    for (auto it = byLhw.cbegin(); it != byLhw.cend(); ++it) row(QStringLiteral("lhw.") + it.key(), it.key(), it.value());
    row(QStringLiteral("total"), reportLabel(QStringLiteral("total"), lang), all);
    t.sections.append(s);
    return t;
}

} // namespace bhu
