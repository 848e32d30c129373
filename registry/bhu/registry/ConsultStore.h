#pragma once
// Teleconsultation routing storage (registry migration 9, docs/telemedicine.md "Routing"):
// specialist grants, claims and the read log. The only place their SQL lives.
#include <pqxx/pqxx>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bhu::registry {

struct ConsultCase {
    QString id;
    QJsonObject request;           // the current CommunicationRequest
    QList<QJsonObject> messages;   // its Communications (photos, answers, questions, replies), oldest first
    QString claimedBy;             // device id, empty while in the pool
};

bool hasSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty);
void setSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty, bool allow);
// Open requests of a specialty (no answer yet) that are unclaimed or claimed by `deviceId`:
// urgent first, then oldest first.
QList<ConsultCase> consultPool(pqxx::work& w, const QString& specialty, const QString& deviceId, int limit);
// The request's specialty, or empty when there is no such CommunicationRequest.
QString consultSpecialty(pqxx::work& w, const QString& id);
// Inserts the claim unless one exists; returns the device id holding the claim afterwards.
QString claimConsult(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user);
// A Communication `basedOn` a CommunicationRequest of patient `patientId` that `deviceId` claimed.
bool communicationOfClaimedCase(pqxx::work& w, const QJsonObject& communication, const QString& patientId, const QString& deviceId);
void recordConsultRead(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user,
                       const char* action);

} // namespace bhu::registry
