#pragma once
// Pregnancies and the antenatal, postnatal and family-planning contacts. A pregnancy is a
// register entry whose outcome is filled in later (version + 1); contacts are append-only
// (triggers). Each write commits with its outbox (FHIR EpisodeOfCare for a pregnancy, Encounter
// for a contact) and audit entries in one transaction.
#include "bhu/db/Actor.h"
#include "bhu/db/Connection.h"
#include "bhu/domain/Maternal.h"

namespace bhu::db {

class MaternalRepository {
public:
    explicit MaternalRepository(Connection& c) : m_c(c) {}

    // Registers a pregnancy (id generated when empty). Conflict when the woman already has an
    // ongoing pregnancy.
    Result<Pregnancy> registerPregnancy(Pregnancy p, const Actor& who);
    // Records the outcome (delivery or loss) of an ongoing pregnancy: version + 1.
    Result<Pregnancy> recordOutcome(const QString& pregnancyId, PregnancyOutcome outcome, const QDate& on,
                                    const QString& place, const QString& attendant, const Actor& who);
    Result<Pregnancy> getPregnancy(const QString& id);
    Result<QList<Pregnancy>> pregnanciesOf(const QString& patientId);   // newest first
    Result<std::optional<Pregnancy>> ongoingPregnancy(const QString& patientId);

    // Records a contact. ANC and PNC get the next number of their pregnancy when number is 0.
    Result<MchContact> recordContact(MchContact c, const Actor& who);
    Result<QList<MchContact>> contactsOf(const QString& patientId);      // by date
    Result<QList<MchContact>> contactsOfPregnancy(const QString& pregnancyId);

    Result<MchContact> getContact(const QString& id);

    // Sync: records received from the registry (recorded on another computer), stored without
    // outbox or audit entries (the caller audits counts), inside the caller's transaction. A
    // pregnancy replaces the one held when its version is newer (the outcome); a contact is
    // append-only (added once). False when nothing changed (a replay).
    Result<bool> storeReplicaPregnancy(const Pregnancy& p);
    Result<bool> storeReplicaContact(const MchContact& c);

    // Reports: contacts dated from..to, and pregnancies registered or ended from..to, of a facility.
    Result<QList<MchContact>> contactsBetween(const QDate& from, const QDate& to, const QString& facilityCode);
    Result<QList<Pregnancy>> pregnanciesBetween(const QDate& from, const QDate& to, const QString& facilityCode);

private:
    Status writePregnancy(const Pregnancy& p, bool insert);
    Status insertContact(const MchContact& c);
    Result<QList<Pregnancy>> pregnancyQuery(const char* sql, const QString& arg);
    Result<QList<MchContact>> contactQuery(const char* sql, const QString& arg);
    Connection& m_c;
};

} // namespace bhu::db
