#pragma once
// The village's due and overdue (defaulter) list on paper for the vaccinator and the LHW: a
// heading (village, date), one line per child (name, MR number, age/sex, household, doses
// needed), defaulters first. Printed in the user's language and direction (Urdu right to
// left); saved as PDF through PrintTarget, and each PDF or print is audited
// (ImmunisationService::recordPrint).
#include "bhu/domain/Result.h"
#include "bhu/services/ImmunisationService.h"

#include <QCoreApplication>
#include <memory>

namespace bhu::ui {

class SessionAccess;

class DueListPrinting {
    Q_DECLARE_TR_FUNCTIONS(DueListPrinting)
public:
    static Status writePdf(SessionAccess& access, const QList<services::DueListEntry>& entries, const QString& village,
                           const QDate& today, const QString& path);
};

} // namespace bhu::ui
