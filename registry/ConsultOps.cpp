// Teleconsultation routing over HTTP (docs/telemedicine.md "Routing", docs/sync-protocol.md
// "Teleconsultation"): the specialist's inbox of a specialty pool and the claim. Only devices
// with the operator's grant for the specialty (`bhu-registry device allow-specialist`) may use
// them; every case delivered or claimed is recorded in consult_reads.
#include "bhu/registry/ConsultStore.h"
#include "bhu/registry/EntryParse.h"
#include "bhu/registry/Operations.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cstdio>

namespace bhu::registry {

namespace {
Reply notGranted()
{
    return outcomeReply(403, QStringLiteral("forbidden"),
                        QStringLiteral("This device may not read this specialty's consultations: ask the registry operator "
                                       "(bhu-registry device allow-specialist)."));
}

Reply notRouted()
{
    return outcomeReply(403, QStringLiteral("forbidden"),
                        QStringLiteral("This specialty's requests are routed to other hospitals: ask the registry operator "
                                       "(bhu-registry route add)."));
}

QJsonObject searchEntry(const QJsonObject& resource, const char* mode)
{
    const QString ref = resource.value(u"resourceType").toString() + u'/' + resource.value(u"id").toString();
    return QJsonObject{{QStringLiteral("fullUrl"), ref},
                       {QStringLiteral("resource"), resource},
                       {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QString::fromLatin1(mode)}}}};
}
} // namespace

Reply consultInbox(Db& db, const Caller& caller, const QString& specialty)
{
    if (specialty.isEmpty()) return outcomeReply(400, QStringLiteral("required"), QStringLiteral("Give specialty=."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        if (!hasSpecialistGrant(w, caller.deviceId, specialty)) return notGranted();
        if (!consultRouted(w, specialty, caller.facilityId)) return notRouted();
        QJsonArray entries;
        for (const ConsultCase& c : consultPool(w, specialty, caller.deviceId, 200)) {
            // Whether this device holds the claim (an escalation releases it: docs/telemedicine.md).
            QJsonObject match = searchEntry(c.request, "match");
            QJsonObject search = match.value(u"search").toObject();
            search.insert(QStringLiteral("extension"),
                          QJsonArray{QJsonObject{{QStringLiteral("url"), extensionUrl(u"claimed-here")},
                                                 {QStringLiteral("valueBoolean"), c.claimedBy == caller.deviceId}}});
            match.insert(QStringLiteral("search"), search);
            entries.append(match);
            for (const QJsonObject& m : c.messages) entries.append(searchEntry(m, "include"));
            recordConsultRead(w, c.id, caller.deviceId, caller.facilityId, caller.userName, "inbox");
        }
        return Reply{200,
                     QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("searchset")},
                                 {QStringLiteral("entry"), entries}},
                     0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply consultClaim(Db& db, const Caller& caller, const QByteArray& body)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QString id = parameterValue(std::get<QJsonObject>(parsed), u"id", u"valueString").toString();
    if (!isUuid(id)) return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Parameter id must be a lower-case UUID."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const QString specialty = consultSpecialty(w, id);
        if (specialty.isEmpty()) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No such consultation request."));
        if (!hasSpecialistGrant(w, caller.deviceId, specialty)) return notGranted();
        if (!consultRouted(w, specialty, caller.facilityId)) return notRouted();
        if (claimConsult(w, id, caller.deviceId, caller.facilityId, caller.userName) != caller.deviceId)
            return outcomeReply(409, QStringLiteral("conflict"), QStringLiteral("Another specialist has claimed this request."));
        recordConsultRead(w, id, caller.deviceId, caller.facilityId, caller.userName, "claim");
        return Reply{200,
                     QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                 {QStringLiteral("parameter"), QJsonArray{parameterString(QStringLiteral("id"), id),
                                                                          parameterString(QStringLiteral("facility"), caller.facilityCode)}}},
                     0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

int escalateConsults(Db& db, int minutes, long long facilityId, const QString& specialty)
{
    if (minutes < 0) return 0;
    // A cheap look first (no lock): most reads find nothing to escalate.
    auto found = db.transact([&](pqxx::work& w) { return consultsToEscalate(w, minutes, facilityId, specialty); });
    if (!found.ok() || found->isEmpty()) return 0;
    auto done = db.transact([&](pqxx::work& w) {
        int n = 0;
        for (const QString& id : consultsToEscalate(w, minutes, facilityId, specialty)) n += escalateConsult(w, id) ? 1 : 0;
        return n;
    });
    if (!done.ok()) {
        std::fprintf(stderr, "bhu-registry: escalation failed: %s\n", qPrintable(done.error().detail));
        return 0;
    }
    return done.value();
}

Status routeConsults(Db& db, const QString& specialty, const QString& facilityCode, bool add)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9-]{1,40}$"));
    if (!code.match(specialty).hasMatch())
        return Error::make(ErrorCode::Invalid, QStringLiteral("Give --specialty as its code (e.g. dermatology)."));
    if (facilityCode.isEmpty()) return Error::make(ErrorCode::Invalid, QStringLiteral("Give --facility CODE (the hospital)."));
    auto r = db.transact([&](pqxx::work& w) { return setConsultRoute(w, specialty, facilityCode, add); });
    if (!r.ok()) return r.error();
    if (!r.value()) return Error::make(ErrorCode::NotFound, QStringLiteral("No such facility."));
    return Status::success();
}

Result<QList<QPair<QString, QString>>> listConsultRoutes(Db& db, const QString& specialty)
{
    return db.transact([&](pqxx::work& w) { return consultRoutes(w, specialty); });
}

Status allowSpecialist(Db& db, const QString& deviceId, const QString& specialty, bool allow)
{
    if (!isUuid(deviceId)) return Error::make(ErrorCode::Invalid, QStringLiteral("A device id is a lower-case UUID."));
    if (specialty.isEmpty()) return Error::make(ErrorCode::Invalid, QStringLiteral("Give --specialty."));
    auto r = db.transact([&](pqxx::work& w) {
        if (w.exec_params("SELECT 1 FROM devices WHERE id = $1", s8(deviceId)).empty()) return false;
        setSpecialistGrant(w, deviceId, specialty, allow);
        return true;
    });
    if (!r.ok()) return r.error();
    if (!r.value()) return Error::make(ErrorCode::NotFound, QStringLiteral("No such device."));
    return Status::success();
}

} // namespace bhu::registry
