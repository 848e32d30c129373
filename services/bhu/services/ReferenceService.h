#pragma once
// The facility's reference lists. Today: the medicines list, which the facility edits to match
// what its store stocks — export the list in use as CSV, edit it in a spreadsheet, import it
// back (admins: Permission::ImportData). An import is checked whole (same columns and rules as
// reference/medicines.csv) and changes nothing when any row is wrong. activate() makes the
// facility's lists ReferenceData::current() for the whole program; the app calls it after a
// user signs in.
#include "bhu/services/Session.h"

#include <QByteArray>

namespace bhu::services {

class ReferenceService {
public:
    explicit ReferenceService(Session& s) : m_s(s) {}
    // The medicines CSV in use (the facility's, else the shipped one).
    Result<QByteArray> medicinesCsv();
    bool facilityMedicinesInUse();
    // Checks, stores and activates; returns the number of medicines.
    Result<int> importMedicines(const QByteArray& csv);
    Status resetMedicines();
    // Loads the facility's lists (if any) into ReferenceData::current().
    Status activate();

private:
    Session& m_s;
};

} // namespace bhu::services
