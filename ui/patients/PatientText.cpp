#include "PatientText.h"

#include "bhu/domain/Age.h"
#include "bhu/domain/Clock.h"
#include "bhu/domain/Cnic.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/domain/Phone.h"

#include <QLocale>
#include <QRegularExpression>

namespace bhu::ui {

QString PatientText::relationLabel(Relation r)
{
    switch (r) {
    case Relation::SonOf: return tr("S/O", "son of");
    case Relation::DaughterOf: return tr("D/O", "daughter of");
    case Relation::WifeOf: return tr("W/O", "wife of");
    case Relation::ChildOf: return tr("C/O", "child of");
    case Relation::None: break;
    }
    return {};
}

QString PatientText::guardian(Relation r, const QString& guardianName)
{
    if (guardianName.isEmpty()) return {};
    const QString label = relationLabel(r);
    return label.isEmpty() ? guardianName : tr("%1 %2", "relation and guardian name: S/O Akbar").arg(label, guardianName);
}

QString PatientText::sexName(Sex s)
{
    switch (s) {
    case Sex::Male: return tr("Male");
    case Sex::Female: return tr("Female");
    case Sex::Other: return tr("Other");
    case Sex::Unknown: break;
    }
    return tr("Unknown");
}

QString PatientText::sexShort(Sex s)
{
    switch (s) {
    case Sex::Male: return tr("M", "male");
    case Sex::Female: return tr("F", "female");
    case Sex::Other: return tr("O", "other sex");
    case Sex::Unknown: break;
    }
    return {};
}

QString PatientText::age(const QDate& birthDate, bool estimated, const QDate& today)
{
    const auto span = ageOn(birthDate, today);
    if (!span.ok()) return {};
    const QLocale locale;
    QString text;
    if (span->years >= 2) text = tr("%1 y", "age in years").arg(locale.toString(span->years));
    else if (span->years >= 1 || span->months >= 1) text = tr("%1 m", "age in months").arg(locale.toString(span->years * 12 + span->months));
    else text = tr("%1 d", "age in days").arg(locale.toString(span->days));
    return estimated ? tr("%1 (est.)", "estimated age").arg(text) : text;
}

QString PatientText::ageSex(const QDate& birthDate, bool estimated, Sex s, const QDate& today)
{
    const QString a = age(birthDate, estimated, today);
    const QString x = sexShort(s);
    if (a.isEmpty()) return x;
    if (x.isEmpty()) return a;
    return tr("%1 · %2", "age · sex").arg(a, x);
}

QString PatientText::date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString PatientText::dateTime(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString PatientText::mr(const QString& digits)
{
    return formatMrNumber(digits);
}

QString PatientText::cnic(const QString& digits)
{
    return digits.isEmpty() ? QString() : formatCnic(digits);
}

QString PatientText::phone(const QString& e164)
{
    return e164.isEmpty() ? QString() : formatPhone(e164);
}

QString PatientText::village(const Address& a)
{
    if (a.village.isEmpty()) return a.unionCouncil;
    if (a.unionCouncil.isEmpty()) return a.village;
    return tr("%1, %2", "village, union council").arg(a.village, a.unionCouncil);
}

QString PatientText::queryKind(QueryKind k)
{
    switch (k) {
    case QueryKind::Empty: return tr("Type a name, MR number, CNIC or phone number. Ctrl+N registers a new patient.");
    case QueryKind::MrNumber: return tr("Searching by MR number");
    case QueryKind::Cnic: return tr("Searching by CNIC or B-form number");
    case QueryKind::Phone: return tr("Searching by phone number");
    case QueryKind::Digits: return tr("Searching numbers: MR, CNIC and phone");
    case QueryKind::Name: return tr("Searching by name (spelling variants and any word order)");
    }
    return {};
}

QString PatientText::nationalIdOf(const Patient& p)
{
    const QString c = p.identifier(IdSystem::Cnic);
    return c.isEmpty() ? p.identifier(IdSystem::BForm) : c;
}

PatientText::TypedName PatientText::splitTypedName(const QString& typed)
{
    static const QRegularExpression marker(QStringLiteral("\\s+(s\\s*/\\s*o|d\\s*/\\s*o|w\\s*/\\s*o|c\\s*/\\s*o)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    TypedName out;
    const QRegularExpressionMatch m = marker.match(typed);
    if (!m.hasMatch()) {
        out.name = typed.simplified();
        return out;
    }
    out.name = typed.left(m.capturedStart()).simplified();
    out.guardian = typed.mid(m.capturedEnd()).simplified();
    const QChar kind = m.captured(1).at(0).toLower();
    out.relation = kind == u's'   ? Relation::SonOf
                   : kind == u'd' ? Relation::DaughterOf
                   : kind == u'w' ? Relation::WifeOf
                                  : Relation::ChildOf;
    return out;
}

QList<std::pair<QString, QString>> PatientText::guardianRelationships()
{
    return {{QString(), tr("—")},
            {QStringLiteral("father"), tr("Father")},
            {QStringLiteral("mother"), tr("Mother")},
            {QStringLiteral("grandfather"), tr("Grandfather")},
            {QStringLiteral("grandmother"), tr("Grandmother")},
            {QStringLiteral("brother"), tr("Brother")},
            {QStringLiteral("sister"), tr("Sister")},
            {QStringLiteral("uncle"), tr("Uncle")},
            {QStringLiteral("aunt"), tr("Aunt")},
            {QStringLiteral("husband"), tr("Husband")},
            {QStringLiteral("other"), tr("Other")}};
}

QDate PatientText::today()
{
    return Clock::system().nowUtc().toLocalTime().date();
}

QFont PatientText::urduFont(qreal pointSize)
{
    QFont f(QStringLiteral("Noto Nastaliq Urdu"));
    f.setStyleName(QStringLiteral("Regular"));
    f.setPointSizeF(pointSize);
    return f;
}

} // namespace bhu::ui
