#pragma once
// Immunisation doses: append-only (triggers refuse update and delete); a correction is a new
// version. Each write commits with its outbox (FHIR Immunization) and audit entries.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/Immunisation.h"

namespace bhu::db {

// One child (or woman) with her doses, for the due and defaulter lists.
struct CardHolder {
    QString patientId;
    QString householdId;
    QDate birthDate;
    QList<Immunisation> doses;   // every version
};

class ImmunisationRepository {
public:
    explicit ImmunisationRepository(Connection& c) : m_c(c) {}

    // Records a dose (id generated when empty; version 1; recordedAt/By stamped).
    Result<Immunisation> record(Immunisation i, const Actor& who);
    // Records `corrected` as a new version of `amendedId` (reason required); the original stays.
    // Conflict when `amendedId` was already corrected (correct the newest version).
    Result<Immunisation> amend(const QString& amendedId, Immunisation corrected, const QString& reason, const Actor& who);

    // Sync: a dose received from the registry (recorded on another device), stored as it is,
    // without outbox or audit entries (the caller audits counts), inside the caller's
    // transaction. Returns false when the dose is already held (replay).
    Result<bool> storeReplica(const Immunisation& i);

    Result<Immunisation> get(const QString& id);
    // Every version of every dose of a patient, by date given.
    Result<QList<Immunisation>> forPatient(const QString& patientId);
    // Patients who currently belong to a household of the village (and LHW area; empty = any)
    // and were born on or after bornSince, with their doses: the input of the due lists. A
    // withdrawn patient (registered by mistake, db/Tombstones) is left out.
    Result<QList<CardHolder>> cardsInVillage(const QString& lhwArea, const QString& village, const QDate& bornSince);
    // Reports: every version of the doses given from..to (inclusive) recorded by a facility.
    Result<QList<Immunisation>> givenBetween(const QDate& from, const QDate& to, const QString& facilityCode);
    Result<qint64> count();

private:
    Status insert(const Immunisation& i);
    Result<QList<Immunisation>> query(const char* sql, const QString& arg);
    Connection& m_c;
};

} // namespace bhu::db
