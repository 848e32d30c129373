#pragma once
// Immunisation cards and due lists (docs/community.md): record a dose (validated against the
// schedule and the date of birth), correct one (a new version), a person's card with the next
// due dose of each antigen, and a village's due and overdue (defaulter) list.
// Roles: RecordImmunisation to record or correct, ViewPatient to read (docs/security.md).
// "Today" comes from the injected Clock, so tests fix the date.
#include "bhu/db/ImmunisationRepository.h"
#include "bhu/domain/Patient.h"
#include "bhu/services/Session.h"

namespace bhu::services {

// Which schedule applies to a person today: "child" under 15 years, "td" for a woman of 15 or
// more, empty otherwise (or when the date of birth is unknown).
QString epiSeriesFor(const Patient& p, QDate today);

struct ImmunisationCard {
    Patient patient;
    QString series;                 // "child", "td", or empty
    QList<Immunisation> doses;      // every version, by date given
    QList<AntigenDue> due;          // per antigen of the series
};

// One line of a village's due list.
struct DueListEntry {
    Patient patient;
    QString householdId;
    QString address;                // the household's address
    QList<AntigenDue> due;          // antigens Due or Overdue only
    bool defaulter = false;         // some antigen Overdue
    QString series;                 // "child" or "td"
    bool pregnant = false;          // a woman with an ongoing pregnancy (Td protects the newborn)
};

class ImmunisationService {
public:
    explicit ImmunisationService(Session& s, const Clock& clock = Clock::system()) : m_s(s), m_clock(clock) {}

    Result<Immunisation> recordDose(Immunisation i);
    Result<Immunisation> correctDose(const QString& doseId, Immunisation corrected, const QString& reason);
    Result<ImmunisationCard> card(const QString& patientId);   // audited view
    // Children under 5 and women of child-bearing age (15–49, the Td series) of a village
    // (current household members) with a dose due or overdue: pregnant women first, then
    // defaulters, then by household address. Audited as one view.
    Result<QList<DueListEntry>> dueList(const QString& lhwArea, const QString& village, const DueOptions& options = {});
    // Audited: a due list was printed or saved as PDF.
    Status recordPrint();

    QDate today() const;

private:
    Session& m_s;
    const Clock& m_clock;
};

} // namespace bhu::services
