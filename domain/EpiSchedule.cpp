// schedule.csv → EpiSchedule, with every problem reported by line and dose.
#include "bhu/domain/EpiSchedule.h"

#include "ReferenceCsvReader.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace bhu {

namespace {

const QString kFile = QStringLiteral("schedule.csv");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::EpiSchedule", s);
}

Error problem(int line, const QString& dose, const QString& what)
{
    const QString where = dose.isEmpty() ? tr("%1, line %2: %3").arg(kFile).arg(line).arg(what)
                                         : tr("%1, line %2 (%3): %4").arg(kFile).arg(line).arg(dose, what);
    return Error::make(ErrorCode::Invalid, where, QStringLiteral("reference.epi"));
}

// A span measured from a fixed day, to compare spans of different units.
qint64 approxDays(const EpiSpan& s)
{
    const QDate base(2000, 1, 1);
    return base.daysTo(s.after(base));
}

} // namespace

QDate EpiSpan::after(QDate d) const
{
    switch (unit) {
    case Unit::Days: return d.addDays(count);
    case Unit::Weeks: return d.addDays(qint64(count) * 7);
    case Unit::Months: return d.addMonths(count);
    case Unit::Years: return d.addYears(count);
    }
    return d;
}

QString EpiSpan::text() const
{
    static const char units[] = {'d', 'w', 'm', 'y'};
    return QString::number(count) + QLatin1Char(units[int(unit)]);
}

std::optional<EpiSpan> EpiSpan::parse(QStringView s)
{
    s = s.trimmed();
    if (s.size() < 2) return std::nullopt;
    bool ok = false;
    const int n = s.first(s.size() - 1).toInt(&ok);
    if (!ok || n < 0 || n > 999) return std::nullopt;
    switch (s.back().toLower().unicode()) {
    case 'd': return EpiSpan{n, Unit::Days};
    case 'w': return EpiSpan{n, Unit::Weeks};
    case 'm': return EpiSpan{n, Unit::Months};
    case 'y': return EpiSpan{n, Unit::Years};
    default: return std::nullopt;
    }
}

QString EpiDose::code() const
{
    return antigen + QLatin1Char('-') + QString::number(dose);
}

Result<EpiSchedule> EpiSchedule::parse(const QByteArray& csv)
{
    auto t = refcsv::parseCsv(csv);
    if (!t.ok()) {
        return Error::make(ErrorCode::Invalid, kFile + QStringLiteral(": ") + t.error().message,
                           QStringLiteral("reference.epi"));
    }
    const QStringList names{QStringLiteral("series"), QStringLiteral("antigen"), QStringLiteral("dose"),
                            QStringLiteral("min_age"), QStringLiteral("min_interval"),
                            QStringLiteral("age_limit"), QStringLiteral("name_ur")};
    QList<int> c;
    for (const QString& n : names) {
        const int i = t->column(n);
        if (i < 0) return problem(1, {}, tr("the column \"%1\" is missing.").arg(n));
        c.append(i);
    }

    EpiSchedule out;
    QHash<QString, QString> seriesOfAntigen;   // antigen (lower case) → series
    QHash<QString, int> lastDose;              // antigen (lower case) → highest dose so far
    for (qsizetype i = 0; i < t->rows.size(); ++i) {
        const QStringList& r = t->rows.at(i);
        const int line = t->lineNumbers.at(i);
        EpiDose d;
        d.series = r.at(c[0]).trimmed();
        d.antigen = r.at(c[1]).trimmed();
        d.nameUr = r.at(c[6]).trimmed();
        if (d.series.isEmpty()) return problem(line, {}, tr("the series is empty."));
        if (d.antigen.isEmpty()) return problem(line, {}, tr("the antigen is empty."));
        bool ok = false;
        d.dose = r.at(c[2]).trimmed().toInt(&ok);
        if (!ok || d.dose < 0 || d.dose > 9)
            return problem(line, d.antigen, tr("the dose number \"%1\" is not a number from 0 to 9.").arg(r.at(c[2])));
        const QString code = d.code();
        const auto minAge = EpiSpan::parse(r.at(c[3]));
        if (!minAge)
            return problem(line, code, tr("the minimum age \"%1\" is not a count and a unit (d, w, m, y), e.g. 6w.").arg(r.at(c[3])));
        d.minAge = *minAge;
        if (!r.at(c[4]).trimmed().isEmpty()) {
            d.minInterval = EpiSpan::parse(r.at(c[4]));
            if (!d.minInterval)
                return problem(line, code, tr("the minimum interval \"%1\" is not a count and a unit (d, w, m, y), e.g. 4w.").arg(r.at(c[4])));
        }
        if (!r.at(c[5]).trimmed().isEmpty()) {
            d.ageLimit = EpiSpan::parse(r.at(c[5]));
            if (!d.ageLimit)
                return problem(line, code, tr("the age limit \"%1\" is not a count and a unit (d, w, m, y), e.g. 2y.").arg(r.at(c[5])));
            if (approxDays(*d.ageLimit) <= approxDays(d.minAge))
                return problem(line, code, tr("the age limit %1 is not above the minimum age %2.").arg(d.ageLimit->text(), d.minAge.text()));
        }
        const QString key = d.antigen.toLower();
        if (out.dose(d.antigen, d.dose)) return problem(line, code, tr("this dose is listed twice."));
        if (seriesOfAntigen.contains(key) && seriesOfAntigen.value(key) != d.series)
            return problem(line, code, tr("the antigen %1 is already in the series %2.").arg(d.antigen, seriesOfAntigen.value(key)));
        if (lastDose.contains(key) && lastDose.value(key) > d.dose)
            return problem(line, code, tr("the doses of %1 are not in ascending order.").arg(d.antigen));
        seriesOfAntigen.insert(key, d.series);
        lastDose.insert(key, d.dose);
        out.m_doses.append(d);
    }
    if (out.m_doses.isEmpty()) return problem(1, {}, tr("the schedule has no doses."));
    return out;
}

Result<EpiSchedule> EpiSchedule::loadBuiltIn()
{
    QFile f(QStringLiteral(":/bhu/epi/schedule.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::NotFound, tr("The built-in immunisation schedule is missing from this build."),
                           QStringLiteral("reference.resource"));
    }
    return parse(f.readAll());
}

const EpiSchedule& EpiSchedule::builtIn()
{
    static const EpiSchedule schedule = [] {
        auto r = loadBuiltIn();
        if (!r.ok()) {
            qWarning("bhu: built-in EPI schedule: %s", qUtf8Printable(r.error().message));
            return EpiSchedule();
        }
        return std::move(r.value());
    }();
    return schedule;
}

namespace {
QMutex g_currentScheduleMutex;
std::shared_ptr<const EpiSchedule>& currentSchedule()
{
    static std::shared_ptr<const EpiSchedule> slot;
    return slot;
}
} // namespace

std::shared_ptr<const EpiSchedule> EpiSchedule::current()
{
    QMutexLocker lock(&g_currentScheduleMutex);
    if (!currentSchedule()) currentSchedule() = std::shared_ptr<const EpiSchedule>(&builtIn(), [](const EpiSchedule*) {});
    return currentSchedule();
}

void EpiSchedule::setCurrent(std::shared_ptr<const EpiSchedule> schedule)
{
    QMutexLocker lock(&g_currentScheduleMutex);
    currentSchedule() = std::move(schedule);
}

QList<EpiDose> EpiSchedule::doses(QStringView series) const
{
    QList<EpiDose> out;
    for (const auto& d : m_doses)
        if (d.series == series) out.append(d);
    return out;
}

QList<EpiDose> EpiSchedule::dosesOf(QStringView antigen) const
{
    QList<EpiDose> out;
    for (const auto& d : m_doses)
        if (d.antigen.compare(antigen, Qt::CaseInsensitive) == 0) out.append(d);
    return out;   // the parser keeps an antigen's doses ascending
}

QStringList EpiSchedule::antigens(QStringView series) const
{
    QStringList out;
    for (const auto& d : m_doses)
        if (d.series == series && !out.contains(d.antigen)) out.append(d.antigen);
    return out;
}

std::optional<EpiDose> EpiSchedule::dose(QStringView antigen, int number) const
{
    for (const auto& d : m_doses)
        if (d.dose == number && d.antigen.compare(antigen, Qt::CaseInsensitive) == 0) return d;
    return std::nullopt;
}

std::optional<EpiDose> EpiSchedule::doseByCode(QStringView code) const
{
    const qsizetype dash = code.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0) return std::nullopt;
    bool ok = false;
    const int n = code.sliced(dash + 1).toInt(&ok);
    if (!ok) return std::nullopt;
    return dose(code.first(dash), n);
}

} // namespace bhu
