// POST [base] with a transaction Bundle (docs/sync-protocol.md, Push): every entry validated,
// the valid ones committed in ONE transaction, the invalid ones answered with their own 4xx.
#include "bhu/domain/MrNumber.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/Catchment.h"
#include "bhu/registry/CommunityVersions.h"
#include "bhu/registry/ConsultStore.h"
#include "bhu/registry/EntryParse.h"
#include "bhu/registry/MatchIndex.h"
#include "bhu/registry/MatchSource.h"
#include "bhu/registry/MrCounter.h"
#include "bhu/registry/Operations.h"
#include "bhu/registry/PatientLinks.h"
#include "bhu/registry/PatientMerge.h"
#include "bhu/registry/PushBatch.h"
#include "bhu/registry/ResourceStore.h"

#include <QDateTime>
#include <QSet>
#include <cstdio>

namespace bhu::registry {

namespace {

struct PushContext {
    pqxx::work& w;
    PushBatch& batch;
    const Caller& caller;
    QString now;                 // lastUpdated of every version written by this push
    QSet<QString> acceptedPatients;
    QSet<QString> rejected;      // "Type/id" of refused entries
};

QJsonObject errorEntry(const Reply& r)
{
    QJsonObject response{{QStringLiteral("status"), statusLine(r.status)}, {QStringLiteral("outcome"), r.body}};
    return QJsonObject{{QStringLiteral("response"), response}};
}

QJsonObject refuse(PushContext& ctx, const ParsedEntry& e, int status, const QString& code, const QString& diagnostics)
{
    ctx.rejected.insert(e.type + u'/' + e.id);
    return errorEntry(outcomeReply(status, code, diagnostics));
}

QJsonObject okEntry(const QString& type, const QString& id, int version, bool created, const QString& lastUpdated)
{
    QJsonObject response{{QStringLiteral("status"), statusLine(created ? 201 : 200)},
                         {QStringLiteral("location"), QString(type + u'/' + id + QStringLiteral("/_history/") + QString::number(version))},
                         {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(version)}};
    if (!lastUpdated.isEmpty()) response.insert(QStringLiteral("lastModified"), lastUpdated);
    return QJsonObject{{QStringLiteral("response"), response}};
}

// meta of a stored version: the server's versionId and lastUpdated, the sender's device and
// client version.
QJsonObject storedMeta(const PushContext& ctx, int version, int clientVersion)
{
    QJsonObject cv{{QStringLiteral("url"), kClientVersionUrl}, {QStringLiteral("valueInteger"), clientVersion}};
    return QJsonObject{{QStringLiteral("versionId"), QString::number(version)},
                       {QStringLiteral("lastUpdated"), ctx.now},
                       {QStringLiteral("source"), QString(QStringLiteral("urn:bhu:device:") + ctx.caller.deviceId)},
                       {QStringLiteral("extension"), QJsonArray{cv}}};
}

QJsonObject conflictExtension(const FieldConflict& c, const QString& losingFacility)
{
    auto part = [](const QString& url, const QString& v) {
        return QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("valueString"), v}};
    };
    return QJsonObject{{QStringLiteral("url"), extensionUrl(u"merge-conflict")},
                       {QStringLiteral("extension"), QJsonArray{part(QStringLiteral("field"), c.field),
                                                                part(QStringLiteral("value"), c.losingValue),
                                                                part(QStringLiteral("facility"), losingFacility)}}};
}

// A national MR number for a patient that has only a provisional one. False when the national
// range is spent (the patient is stored with its provisional number).
void assignNationalMr(PushContext& ctx, Patient& p)
{
    if (!p.identifier(IdSystem::Mr).isEmpty() || p.identifier(IdSystem::MrProvisional).isEmpty()) return;
    auto block = allocateMrBlock(ctx.w, ctx.caller.facilityId, ctx.caller.deviceId, QString(), "patient", 1);
    if (!block) return;
    auto mr = MrNumber::fromPayload(block->firstPayload);
    if (mr.ok()) p.identifiers.prepend(Identifier{IdSystem::Mr, mr.value().digits()});
}

void storeIdentifiers(PushContext& ctx, const QJsonObject& patientResource, const QString& patientId)
{
    for (const QJsonValue& v : patientResource.value(u"identifier").toArray()) {
        const QJsonObject id = v.toObject();
        const QString system = id.value(u"system").toString(), value = id.value(u"value").toString();
        if (system.isEmpty() || value.isEmpty()) continue;
        ctx.batch.addIdentifier(system, value, patientId);
    }
}

QJsonObject pushPatient(PushContext& ctx, const ParsedEntry& e)
{
    const QString label = QStringLiteral("Patient/") + e.id;
    const StoredResource* current = ctx.batch.current(e.type, e.id);
    Patient merged;
    QList<FieldConflict> conflicts;
    int version = 1;
    if (current && current->deleted)   // tombstones win (docs/sync-protocol.md)
        return refuse(ctx, e, 410, QStringLiteral("deleted"), label + QStringLiteral(": the record was withdrawn."));
    if (!current) {
        if (e.patient->facilityCode != ctx.caller.facilityCode)
            return refuse(ctx, e, 403, QStringLiteral("forbidden"),
                          label + QStringLiteral(": managingOrganization is not the sending device's facility."));
        merged = *e.patient;
    } else {
        if (!ctx.batch.inCatchment(e.id))
            return refuse(ctx, e, 403, QStringLiteral("forbidden"),
                          label + QStringLiteral(": the patient is not in this facility's catchment."));
        auto cur = fhir::patientFromFhir(current->content);
        if (!cur.ok()) return refuse(ctx, e, 500, QStringLiteral("exception"), label + QStringLiteral(": stored version unreadable."));
        std::optional<QJsonObject> baseJson;
        if (e.ifMatch) baseJson = ctx.batch.versionContent(e.type, e.id, *e.ifMatch);
        auto base = baseJson ? fhir::patientFromFhir(*baseJson) : cur;
        if (!base.ok()) base = cur;
        merged = mergePatient(base.value(), cur.value(), *e.patient, &conflicts);
        version = current->version + 1;
    }
    assignNationalMr(ctx, merged);

    QJsonObject content = fhir::patientToFhir(merged, {}, linksOf(ctx.w, e.id));   // MPI: links come from patient_merges
    const bool changedBySever = content != fhir::patientToFhir(*e.patient, {}, e.links) || !conflicts.isEmpty();
    if (!conflicts.isEmpty()) {
        QJsonArray ext = content.value(u"extension").toArray();
        for (const FieldConflict& c : conflicts) ext.append(conflictExtension(c, current->facilityCode));
        content.insert(QStringLiteral("extension"), ext);
    }
    content.insert(QStringLiteral("meta"), storedMeta(ctx, version, e.clientVersion));

    QJsonObject response = okEntry(e.type, e.id, version, !current, ctx.now);
    if (changedBySever) response.insert(QStringLiteral("resource"), content);
    const long long losingFacility = current ? current->facilityId : 0;
    const bool existed = current != nullptr;   // `current` is not valid after addVersion
    const int index = ctx.batch.addVersion(NewVersion{e.type, e.id, e.id, ctx.caller.facilityId, ctx.caller.deviceId, version,
                                                      e.clientVersion, content, contentHash(content), response, false});
    ctx.batch.addCatchment(e.id, existed ? "record" : "registered");
    storeIdentifiers(ctx, content, e.id);
    indexPatient(ctx.w, e.id, merged);   // MATCHING: keep match_keys current — docs/matching.md
    for (const FieldConflict& c : conflicts) ctx.batch.addConflict(index, e.id, c.field, c.losingValue, losingFacility, version);
    ctx.acceptedPatients.insert(e.id);
    return response;
}

// A household or pregnancy already stored: a new version when it changes anything
// (registry/CommunityVersions.h), filed under the patient it was first stored under.
QJsonObject pushNextVersion(PushContext& ctx, const ParsedEntry& e, const StoredResource& current)
{
    const auto next = nextCommunityVersion(e.type, current.content, e.resource);
    if (!next) return okEntry(e.type, e.id, current.version, false, {});
    const int version = current.version + 1;
    const QString patientId = current.patientId;   // `current` is not valid after addVersion
    QJsonObject content = next->content;
    content.insert(QStringLiteral("meta"), storedMeta(ctx, version, next->clientVersion));
    const QJsonObject response = okEntry(e.type, e.id, version, false, ctx.now);
    ctx.batch.addVersion(NewVersion{e.type, e.id, patientId, ctx.caller.facilityId, ctx.caller.deviceId, version, e.clientVersion,
                                    content, contentHash(content), response});
    ctx.batch.addCatchment(patientId, "record");
    return response;
}

QJsonObject pushClinical(PushContext& ctx, const ParsedEntry& e)
{
    const QString label = e.type + u'/' + e.id;
    const QString subject = QStringLiteral("Patient/") + e.subjectId;
    if (ctx.rejected.contains(subject) || (!e.encounterId.isEmpty() && ctx.rejected.contains(QStringLiteral("Encounter/") + e.encounterId)))
        return refuse(ctx, e, 422, QStringLiteral("processing"), label + QStringLiteral(": depends on a refused entry of this Bundle."));
    if (!ctx.acceptedPatients.contains(e.subjectId) && !ctx.batch.current(QStringLiteral("Patient"), e.subjectId))
        return refuse(ctx, e, 422, QStringLiteral("processing"), label + QStringLiteral(": subject ") + subject + QStringLiteral(" is unknown."));
    // A specialist's answer, question or photo: allowed for the request its device claimed,
    // without widening the catchment (the hospital reads the case, not the patient's record).
    const bool claimedCase = e.type == u"Communication" && !ctx.batch.inCatchment(e.subjectId) &&
                             communicationOfClaimedCase(ctx.w, e.resource, e.subjectId, ctx.caller.deviceId);
    if (!claimedCase && !ctx.batch.inCatchment(e.subjectId))
        return refuse(ctx, e, 403, QStringLiteral("forbidden"), label + QStringLiteral(": ") + subject +
                                                                   QStringLiteral(" is not in this facility's catchment."));
    const QString hash = contentHash(e.resource);
    if (const StoredResource* current = ctx.batch.current(e.type, e.id); current && isVersionedClinicalType(e.type))
        return pushNextVersion(ctx, e, *current);
    if (const StoredResource* current = ctx.batch.current(e.type, e.id)) {
        if (current->contentSha256 != hash || current->patientId != e.subjectId)
            return refuse(ctx, e, 409, QStringLiteral("conflict"),
                          label + QStringLiteral(": a different record is already stored under this id (clinical records are append-only)."));
        return okEntry(e.type, e.id, current->version, false, {});   // the same record again: nothing to do
    }
    QJsonObject content = e.resource;
    content.insert(QStringLiteral("meta"), storedMeta(ctx, 1, e.clientVersion));
    const QJsonObject response = okEntry(e.type, e.id, 1, true, ctx.now);
    ctx.batch.addVersion(NewVersion{e.type, e.id, e.subjectId, ctx.caller.facilityId, ctx.caller.deviceId, 1, e.clientVersion,
                                    content, hash, response, false});
    if (!claimedCase) ctx.batch.addCatchment(e.subjectId, "record");
    return response;
}

// DELETE Type/id: the record was withdrawn at a facility (entered in error, registered by
// mistake). Its next version is a tombstone; every version before it stays (append-only), and
// the change feed sends it as a DELETE entry. A second DELETE changes nothing (idempotent).
QJsonObject pushTombstone(PushContext& ctx, const ParsedEntry& e)
{
    const QString label = e.type + u'/' + e.id;
    const StoredResource* current = ctx.batch.current(e.type, e.id);
    if (!current)   // never reached the registry: nobody else holds it, nothing to withdraw
        return okEntry(e.type, e.id, 0, false, {});
    if (current->deleted) return okEntry(e.type, e.id, current->version, false, {});
    const QString patientId = current->patientId;
    if (!ctx.batch.inCatchment(patientId) && !inCatchment(ctx.w, ctx.caller.facilityId, patientId))
        return refuse(ctx, e, 403, QStringLiteral("forbidden"), label + QStringLiteral(": the patient is not in this facility's catchment."));
    const int version = current->version + 1;
    QJsonObject content{{QStringLiteral("resourceType"), e.type}, {QStringLiteral("id"), e.id}};
    content.insert(QStringLiteral("meta"), storedMeta(ctx, version, 0));
    const QJsonObject response = okEntry(e.type, e.id, version, false, ctx.now);
    ctx.batch.addVersion(NewVersion{e.type, e.id, patientId, ctx.caller.facilityId, ctx.caller.deviceId, version, 0, content,
                                    contentHash(content), response, true});
    return response;
}

// Everything the entries will read, in a few statements.
void prefetch(PushBatch& batch, const std::vector<ParsedEntry>& parsed)
{
    std::vector<PushBatch::ResourceKey> resources;
    std::vector<PushBatch::ReplayKey> replays;
    QStringList patients;
    for (const ParsedEntry& e : parsed) {
        if (e.error) continue;
        resources.push_back({e.type, e.id});
        if (e.tombstone) continue;
        replays.push_back({e.type, e.id, e.clientVersion});
        if (e.type != u"Patient") resources.push_back({QStringLiteral("Patient"), e.subjectId});
        patients.append(e.subjectId);
    }
    batch.prefetch(resources, replays, patients);
}

} // namespace

Reply push(Db& db, const Caller& caller, const QByteArray& body)
{
    QString session;
    auto bundle = parseTransactionBundle(body, kMaxBundleEntries, &session);
    if (auto* err = std::get_if<Reply>(&bundle)) return *err;
    const QJsonArray entries = std::get<QJsonArray>(bundle);
    std::vector<ParsedEntry> parsed;
    parsed.reserve(static_cast<size_t>(entries.size()));
    for (const QJsonValue& v : entries) parsed.push_back(parseEntry(v.toObject()));

    auto result = db.transact([&](pqxx::work& w) {
        lockChangeFeed(w);
        PushBatch batch(w, caller.facilityId, caller.facilityCode, caller.deviceId, session);
        prefetch(batch, parsed);
        PushContext ctx{w, batch, caller, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), {}, {}};
        QJsonArray out;
        for (const ParsedEntry& e : parsed) {
            if (e.error) {
                ctx.rejected.insert(e.type + u'/' + e.id);
                out.append(errorEntry(*e.error));
                continue;
            }
            if (e.tombstone) {
                out.append(pushTombstone(ctx, e));
                continue;
            }
            if (auto replay = batch.replay(e.type, e.id, e.clientVersion)) {
                if (e.type == u"Patient") ctx.acceptedPatients.insert(e.id);
                out.append(*replay);
                continue;
            }
            out.append(e.type == u"Patient" ? pushPatient(ctx, e) : pushClinical(ctx, e));
        }
        batch.flush();
        autoLinkPushed(w, ctx.acceptedPatients.values());   // MPI auto-link (registry/AutoLink.cpp)
        return out;
    });
    if (!result.ok()) return storageFailure(result.error());
    const QJsonArray out = result.value();
    for (qsizetype i = 0; i < out.size(); ++i)
        std::fprintf(stderr, "rid=%s device=%s entry %s/%s %s\n", qPrintable(caller.requestId), qPrintable(caller.deviceId),
                     qPrintable(parsed[static_cast<size_t>(i)].type.left(32)), qPrintable(parsed[static_cast<size_t>(i)].id.left(36)),
                     qPrintable(out.at(i).toObject().value(u"response").toObject().value(u"status").toString()));
    return Reply{200, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                  {QStringLiteral("type"), QStringLiteral("transaction-response")},
                                  {QStringLiteral("entry"), out}},
                 0};
}

} // namespace bhu::registry
