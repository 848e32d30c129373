#pragma once
// Teleconsultation routing storage (registry migration 9, docs/telemedicine.md "Routing"):
// specialist grants, claims and the read log. The only place their SQL lives.
#include <pqxx/pqxx>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace bhu::registry {

struct ConsultCase {
    QString id;
    QJsonObject request;           // the current CommunicationRequest
    QList<QJsonObject> messages;   // its Communications (photos, answers, questions, replies), oldest first
    QString claimedBy;             // device id, empty while in the pool
};

bool hasSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty);
// The specialty has no routes (every granted device sees its pool), or one to this facility.
bool consultRouted(pqxx::work& w, const QString& specialty, long long facilityId);
void setSpecialistGrant(pqxx::work& w, const QString& deviceId, const QString& specialty, bool allow);
// Open requests of a specialty (no answer yet) that are unclaimed or claimed by `deviceId`:
// urgent first, then oldest first.
QList<ConsultCase> consultPool(pqxx::work& w, const QString& specialty, const QString& deviceId, int limit);
// The request whose photo Communication points at Binary `binaryId`, or empty.
QString consultOfBinary(pqxx::work& w, const QString& binaryId);
// May `deviceId` (of facility `facilityId`) read request `id` as a specialist: granted for its
// specialty, its hospital routed (or the specialty has no routes), and the request claimed by
// this device, or unclaimed and unanswered (in the pool).
bool consultVisibleTo(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId);
// The request's specialty, or empty when there is no such CommunicationRequest.
QString consultSpecialty(pqxx::work& w, const QString& id);
// Inserts the claim unless one exists; returns the device id holding the claim afterwards.
QString claimConsult(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user);
// A Communication `basedOn` a CommunicationRequest of patient `patientId` that `deviceId` claimed.
bool communicationOfClaimedCase(pqxx::work& w, const QJsonObject& communication, const QString& patientId, const QString& deviceId);
// A photo read (GET Binary/<id>); `id` (the case) may be empty.
void recordPhotoRead(pqxx::work& w, const QString& id, const QString& binaryId, const QString& deviceId, long long facilityId,
                     const QString& user);
// Urgent requests received at least `minutes` ago, still unanswered and not escalated yet, of
// facility `facilityId` (0: any) and specialty `specialty` (empty: any); oldest first.
QStringList consultsToEscalate(pqxx::work& w, int minutes, long long facilityId, const QString& specialty);
// Escalates one (once): records it, releases its claim (hand-over), and writes a new version with
// the `escalated` extension to the change feed (the requesting BHU's feed). False when it was
// escalated already.
bool escalateConsult(pqxx::work& w, const QString& id);
// Routes of a specialty to hospitals (`bhu-registry route`): false when there is no such facility.
bool setConsultRoute(pqxx::work& w, const QString& specialty, const QString& facilityCode, bool add);
// (specialty, facility code) of every route, or of one specialty.
QList<QPair<QString, QString>> consultRoutes(pqxx::work& w, const QString& specialty);
void recordConsultRead(pqxx::work& w, const QString& id, const QString& deviceId, long long facilityId, const QString& user,
                       const char* action);

} // namespace bhu::registry
