#include "bhu/domain/Immunisation.h"

#include <QCoreApplication>
#include <QSet>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::Immunisation", s); }
Error invalid(const QString& m) { return Error::make(ErrorCode::Invalid, m, QStringLiteral("immunisation")); }
} // namespace

Status validateImmunisation(const EpiSchedule& schedule, const Immunisation& i, QDate birthDate, QDate today)
{
    if (i.patientId.isEmpty()) return invalid(tr("Choose the person who received the dose."));
    if (!schedule.dose(i.dose.antigen, i.dose.dose))
        return invalid(tr("%1 is not a dose of the immunisation schedule. Choose the vaccine and dose from the list.").arg(i.code()));
    if (!i.dose.date.isValid()) return invalid(tr("Enter the date the dose was given."));
    if (today.isValid() && i.dose.date > today) return invalid(tr("The date the dose was given is in the future. Check the date."));
    if (birthDate.isValid() && i.dose.date < birthDate)
        return invalid(tr("The date the dose was given is before the date of birth. Check both dates."));
    if (!i.dose.givenElsewhere && i.dose.lot.trimmed().isEmpty())
        return invalid(tr("Enter the lot (batch) number from the vial, or mark the dose as given elsewhere."));
    if (i.isAmendment() && i.amendReason.trimmed().isEmpty())
        return invalid(tr("Write why the dose is corrected."));
    return {};
}

QList<GivenDose> currentDoses(const QList<Immunisation>& all)
{
    QSet<QString> amended;
    for (const Immunisation& i : all)
        if (i.isAmendment()) amended.insert(i.amendsId);
    QList<GivenDose> out;
    for (const Immunisation& i : all)
        if (!amended.contains(i.id) && !i.enteredInError) out.append(i.dose);
    return out;
}

} // namespace bhu
