// The review queue and unmerge over HTTP (docs/sync-protocol.md, "Merges and the review queue").
#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/MpiOperations.h"
#include "bhu/registry/PatientLinks.h"
#include "bhu/registry/ResourceStore.h"
#include "bhu/registry/ReviewQueue.h"

#include <QJsonArray>

namespace bhu::registry {

namespace {
const QString kPatient = QStringLiteral("Patient");

std::optional<Reply> refuseUnlessReviewer(const Caller& c)
{
    if (c.mayReview) return std::nullopt;
    return outcomeReply(403, QStringLiteral("forbidden"),
                        QStringLiteral("This device may not use the review queue: ask the registry operator (bhu-registry device allow-review)."));
}

QJsonObject part(const QString& name, const char* key, const QJsonValue& v)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QString::fromLatin1(key), v}};
}

QJsonObject pairParameter(pqxx::work& w, const ReviewPair& p, bool withResources)
{
    QJsonArray parts{part(QStringLiteral("id"), "valueInteger", p.id), part(QStringLiteral("patientA"), "valueString", p.patientA),
                     part(QStringLiteral("patientB"), "valueString", p.patientB), part(QStringLiteral("score"), "valueDecimal", p.score),
                     part(QStringLiteral("grade"), "valueCode", p.grade), part(QStringLiteral("status"), "valueCode", p.status)};
    for (const QString& f : p.agrees) parts.append(part(QStringLiteral("agrees"), "valueString", f));
    for (const QString& f : p.differs) parts.append(part(QStringLiteral("differs"), "valueString", f));
    if (!p.decidedBy.isEmpty()) parts.append(part(QStringLiteral("decidedBy"), "valueString", p.decidedBy));
    if (!p.decidedAt.isEmpty()) parts.append(part(QStringLiteral("decidedAt"), "valueInstant", p.decidedAt));
    if (withResources) {
        for (const auto& [name, id] : {std::pair{QStringLiteral("resourceA"), p.patientA}, std::pair{QStringLiteral("resourceB"), p.patientB}})
            if (const auto r = loadCurrent(w, kPatient, id)) parts.append(part(name, "resource", r->content));
    }
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("pair")}, {QStringLiteral("part"), parts}};
}

QJsonObject parameters(const QJsonArray& list)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), list}};
}

Reply mergeRefusal(const MergeResult& m)
{
    return outcomeReply(m.status, issueCodeFor(m.status), m.error);
}
} // namespace

Reply reviewList(Db& db, const Caller& caller, const QString& status, const QString& count, const QString& offset)
{
    if (auto no = refuseUnlessReviewer(caller)) return *no;
    static const QStringList kStatuses{QString(), QStringLiteral("open"), QStringLiteral("same"), QStringLiteral("different"),
                                       QStringLiteral("unsure")};
    if (!kStatuses.contains(status))
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("status must be open, same, different or unsure."));
    bool okN = true, okO = true;
    const int n = count.isEmpty() ? 20 : count.toInt(&okN);
    const int from = offset.isEmpty() ? 0 : offset.toInt(&okO);
    if (!okN || !okO || n < 1 || from < 0)
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("_count and _offset must be non-negative integers."));
    auto r = db.transact([&](pqxx::work& w) {
        int total = 0;
        QJsonArray list;
        for (const ReviewPair& p : listPairs(w, status, from, std::min(n, 100), &total)) list.append(pairParameter(w, p, true));
        list.prepend(part(QStringLiteral("total"), "valueInteger", total));
        return Reply{200, parameters(list), 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply reviewPair(Db& db, const Caller& caller, const QString& id)
{
    if (auto no = refuseUnlessReviewer(caller)) return *no;
    bool ok = false;
    const long long pairId = id.toLongLong(&ok);
    if (!ok) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No such pair."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const auto p = loadPair(w, pairId);
        if (!p) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No such pair."));
        return Reply{200, parameters(QJsonArray{pairParameter(w, *p, true)}), 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply reviewDecide(Db& db, const Caller& caller, const QByteArray& body)
{
    if (auto no = refuseUnlessReviewer(caller)) return *no;
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject in = std::get<QJsonObject>(parsed);
    const long long pairId = parameterValue(in, u"pair", u"valueInteger").toInteger();
    const QString decision = parameterValue(in, u"decision", u"valueCode").toString();
    const QString user = parameterValue(in, u"user", u"valueString").toString().trimmed();
    if (pairId <= 0 || user.isEmpty() || !QStringList{QStringLiteral("same"), QStringLiteral("different"), QStringLiteral("unsure")}.contains(decision))
        return outcomeReply(400, QStringLiteral("invalid"),
                            QStringLiteral("Give pair (valueInteger), decision (valueCode same|different|unsure) and user (valueString)."));
    const MergeActor who{user, caller.deviceId, caller.facilityId};
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const auto p = loadPair(w, pairId);
        if (!p) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No such pair."));
        long long mergeId = p->mergeId;
        if (decision == u"same" && mergeId == 0) {
            const QString survivor = firstRegistered(w, p->patientA, p->patientB);
            const MergeResult m = mergePatients(w, MergeRequest{survivor, survivor == p->patientA ? p->patientB : p->patientA,
                                                                QStringLiteral("review"), pairId},
                                                who);
            if (!m.error.isEmpty()) return mergeRefusal(m);
            mergeId = m.mergeId;
        } else if (decision != u"same" && mergeId != 0) {   // a reversed "same": the merge is undone
            if (const auto merged = liveMergedOf(w, mergeId)) {
                const MergeResult m = unmergePatient(w, *merged, who);
                if (!m.error.isEmpty()) return mergeRefusal(m);
            }
            mergeId = 0;
        }
        setDecision(w, pairId, decision, user, mergeId);
        auditMpi(w, QStringLiteral("review.") + decision, who, p->patientA, p->patientB, pairId, mergeId);
        return Reply{200, parameters(QJsonArray{pairParameter(w, *loadPair(w, pairId), false)}), 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply unmergeOp(Db& db, const Caller& caller, const QByteArray& body)
{
    if (auto no = refuseUnlessReviewer(caller)) return *no;
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject in = std::get<QJsonObject>(parsed);
    const QString patient = parameterValue(in, u"patient", u"valueString").toString();
    const QString user = parameterValue(in, u"user", u"valueString").toString().trimmed();
    if (patient.isEmpty() || user.isEmpty())
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Give patient (the merged patient's id) and user."));
    const MergeActor who{user, caller.deviceId, caller.facilityId};
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        const MergeResult m = unmergePatient(w, patient, who);
        if (!m.error.isEmpty()) return mergeRefusal(m);
        markUnmerged(w, m.mergeId, user);
        return Reply{200,
                     parameters(QJsonArray{part(QStringLiteral("survivor"), "valueString", m.survivorId),
                                           part(QStringLiteral("patient"), "valueString", m.mergedId)}),
                     0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

} // namespace bhu::registry
