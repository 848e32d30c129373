#pragma once
// The reference lists in use at this facility. Each list comes from, in order of preference:
//   1. the facility's own list — today the medicines list only, which the facility edits to
//      match what its store stocks: export the list in use as CSV, edit it in a spreadsheet,
//      import it back (admins: Permission::ImportData). An import is checked whole (same columns
//      and rules as reference/medicines.csv) and changes nothing when any row is wrong;
//   2. the national list the registry operator published, received with a sync
//      (db::NationalReferenceLists; docs/sync-protocol.md, "Reference data");
//   3. the list shipped with the program (reference/).
// activate() makes them ReferenceData::current() and EpiSchedule::current() for the whole
// program; the app calls it after a user signs in and after a sync that stored a new list.
#include "bhu/services/Session.h"

#include <QByteArray>
#include <QList>

namespace bhu::services {

struct ReferenceListInUse {
    enum class Source { Shipped, National, Facility };
    QString list;   // "medicines", "icd10", "complaints", "epi-schedule"
    Source source = Source::Shipped;
    qint64 version = 0;     // National: the registry's version
    QString publishedAt;    // National: ISO 8601 UTC
    int rows = 0;           // National
};

class ReferenceService {
public:
    explicit ReferenceService(Session& s) : m_s(s) {}
    // The medicines CSV in use (the facility's, else the national one, else the shipped one).
    Result<QByteArray> medicinesCsv();
    bool facilityMedicinesInUse();
    // Where each list in use comes from (bhu::referenceListNames() order).
    Result<QList<ReferenceListInUse>> listsInUse();
    // Checks, stores and activates; returns the number of medicines.
    Result<int> importMedicines(const QByteArray& csv);
    // Back to the national medicines list if one was received, else the shipped one.
    Status resetMedicines();
    // Loads the lists in use into ReferenceData::current() and EpiSchedule::current(). A stored
    // list that does not parse leaves the shipped lists in use and is returned as the error.
    Status activate();

private:
    Session& m_s;
};

} // namespace bhu::services
