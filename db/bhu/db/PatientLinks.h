#pragma once
// Registry merges at the clinic (migration 0005, docs/sync-protocol.md "Merges at the clinic"):
// which local patient was merged into which. Both rows stay; the link is what resolves the old
// record (its MR number, its visits) to the surviving one. Writes run inside the caller's
// transaction (SyncApply's page) and are audited there.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"

#include <QStringList>

namespace bhu::db {

class PatientLinks {
public:
    explicit PatientLinks(Connection& c) : m_c(c) {}

    // Sets the link state of `patientId` as the registry sends it: survivorId = its
    // replaced-by, or empty (not merged, or unmerged). Audits "patient.merged" /
    // "patient.unmerged" (ids only) when the state changes. Returns whether it changed.
    Result<bool> apply(const QString& patientId, const QString& survivorId, const Actor& who);

    // The record `patientId` resolves to (itself when not merged, or its survivor is not held).
    Result<QString> personOf(const QString& patientId);
    // Patients merged into `survivorId`.
    Result<QStringList> mergedInto(const QString& survivorId);

private:
    Result<QString> survivorOf(const QString& patientId);
    Connection& m_c;
};

} // namespace bhu::db
