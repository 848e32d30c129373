#include "FakeRegistry.h"

#include <QCryptographicHash>

#include "bhu/domain/MrNumber.h"
#include "bhu/sync/Gzip.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace bhu::test {

namespace {
const QString kExt = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/");
QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject outcome(const QString& code, const QString& diagnostics)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                       {QStringLiteral("issue"), QJsonArray{QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                                                                        {QStringLiteral("code"), code},
                                                                        {QStringLiteral("diagnostics"), diagnostics}}}}};
}

QJsonValue param(const QJsonObject& p, const QString& name)
{
    for (const QJsonValue v : p.value(u"parameter").toArray())
        if (v[u"name"].toString() == name) {
            const QJsonObject o = v.toObject();
            return o.contains(u"valueString") ? o.value(u"valueString") : o.value(u"valueInteger");
        }
    return {};
}

QJsonObject params(const QList<QPair<QString, QJsonValue>>& list)
{
    QJsonArray a;
    for (const auto& [n, v] : list)
        a.append(QJsonObject{{QStringLiteral("name"), n}, {v.isDouble() ? QStringLiteral("valueInteger") : QStringLiteral("valueString"), v}});
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")}, {QStringLiteral("parameter"), a}};
}

QString statusLine(int s) { return s == 201 ? QStringLiteral("201 Created") : s == 200 ? QStringLiteral("200 OK") : QString::number(s); }
} // namespace

// ------------------------------------------------------------------ FakeReply

FakeReply::FakeReply(const QNetworkRequest& rq, QNetworkAccessManager::Operation op, int status, QByteArray body, QByteArray encoding,
                     Mode mode, int delayMs, QObject* parent)
    : QNetworkReply(parent), m_body(std::move(body)), m_mode(mode)
{
    setRequest(rq);
    setUrl(rq.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (mode != Mode::Drop) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("Content-Type", "application/fhir+json");
        if (!encoding.isEmpty()) setRawHeader("Content-Encoding", encoding);
    }
    if (mode == Mode::Cut) m_body.truncate(m_body.size() / 2);
    if (mode == Mode::Drop) m_body.clear();
    if (mode != Mode::Hang) QTimer::singleShot(delayMs, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (m_done) return;
    m_done = true;
    Q_EMIT metaDataChanged();
    if (!m_body.isEmpty()) Q_EMIT readyRead();
    if (m_mode == Mode::Cut || m_mode == Mode::Drop) {
        setError(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        Q_EMIT errorOccurred(QNetworkReply::RemoteHostClosedError);
    } else {
        const int status = attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400) {
            const auto e = status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::ProtocolInvalidOperationError;
            setError(e, QStringLiteral("HTTP %1").arg(status));
            Q_EMIT errorOccurred(e);
        }
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done) return;
    m_done = true;
    m_body.clear();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_body.size() - m_pos);
    if (n <= 0) return m_done ? -1 : 0;
    memcpy(data, m_body.constData() + m_pos, static_cast<size_t>(n));
    m_pos += n;
    return n;
}

// ------------------------------------------------------------------ FakeRegistry

FakeRegistry::FakeRegistry(QObject* parent) : QNetworkAccessManager(parent) {}

QString FakeRegistry::addEnrolmentToken()
{
    const QString t = QStringLiteral("enr_") + uuid();
    m_tokens.insert(t);
    return t;
}

int FakeRegistry::store(const QString& key, QJsonObject resource, int clientVersion)
{
    StoredResource& s = resources[key];
    s.version += 1;
    s.clientVersion = clientVersion;
    QJsonObject meta = resource.value(u"meta").toObject();
    meta.insert(QStringLiteral("versionId"), QString::number(s.version));
    resource.insert(QStringLiteral("meta"), meta);
    s.resource = resource;
    ++storedWrites;
    feed.append({++m_seq, key});
    feedResources.append(resource);
    return s.version;
}

int FakeRegistry::injectChange(QJsonObject resource)
{
    const QString key = resource.value(u"resourceType").toString() + u'/' + resource.value(u"id").toString();
    return store(key, std::move(resource), -1);
}

void FakeRegistry::injectRaw(const QJsonObject& resource)
{
    feed.append({++m_seq, QStringLiteral("raw")});
    feedResources.append(resource);
}

FakeRegistry::Answer FakeRegistry::enroll(const QJsonObject& body)
{
    const QString token = param(body, QStringLiteral("token")).toString();
    if (!m_tokens.remove(token)) return {401, outcome(QStringLiteral("login"), QStringLiteral("unknown or used enrolment token"))};
    const QString credential = uuid() + uuid();
    m_credentials.insert(credential);
    return {200, params({{QStringLiteral("deviceId"), uuid()},
                         {QStringLiteral("credential"), credential},
                         {QStringLiteral("facilityCode"), QStringLiteral("BHU-0001")},
                         {QStringLiteral("facilityName"), QStringLiteral("Test BHU")},
                         {QStringLiteral("facilityNumber"), 45}})};
}

FakeRegistry::Answer FakeRegistry::mrBlock(const QJsonObject& body, const QString& requestId)
{
    if (mrByRequest.contains(requestId)) return {200, mrByRequest.value(requestId)};
    ++mrBlocksIssued;
    const int count = param(body, QStringLiteral("count")).toInt();
    const qint64 first = m_nextPayload;
    m_nextPayload += count;
    const QJsonObject answer = params({{QStringLiteral("blockId"), uuid()},
                                       {QStringLiteral("firstPayload"), QStringLiteral("%1").arg(first, 11, 10, QLatin1Char('0'))},
                                       {QStringLiteral("count"), count}});
    mrByRequest.insert(requestId, answer);
    return {200, answer};
}

FakeRegistry::Answer FakeRegistry::push(const QJsonObject& bundle)
{
    if (bundle.value(u"resourceType").toString() != u"Bundle" || bundle.value(u"type").toString() != u"transaction")
        return {400, outcome(QStringLiteral("structure"), QStringLiteral("not a transaction Bundle"))};
    if (bundle.value(u"entry").toArray().size() > maxEntries)
        return {413, outcome(QStringLiteral("too-costly"), QStringLiteral("too many entries"))};
    pushedBundles.append(bundle);
    if (onPush) onPush(bundle);
    QJsonArray out;
    for (const QJsonValue ev : bundle.value(u"entry").toArray()) {
        if (ev[u"request"][u"method"].toString() == u"DELETE") {   // a tombstone: acknowledged, nothing kept
            out.append(QJsonObject{{QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")},
                                                                            {QStringLiteral("etag"), QStringLiteral("W/\"2\"")}}}});
            continue;
        }
        QJsonObject resource = ev[u"resource"].toObject();
        const QString type = resource.value(u"resourceType").toString();
        const QString id = resource.value(u"id").toString();
        const QString key = type + u'/' + id;
        int clientVersion = 0;
        for (const QJsonValue x : resource.value(u"meta").toObject().value(u"extension").toArray())
            if (x[u"url"].toString() == kExt + u"client-version") clientVersion = x[u"valueInteger"].toInt();
        if (rejectIds.contains(id)) {
            out.append(QJsonObject{{QStringLiteral("response"),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("422 Unprocessable Entity")},
                                                {QStringLiteral("outcome"), outcome(QStringLiteral("processing"), QString(key + QStringLiteral(": refused by test")))}}}});
            continue;
        }
        if (failIds.contains(id)) {
            out.append(QJsonObject{{QStringLiteral("response"),
                                    QJsonObject{{QStringLiteral("status"), QStringLiteral("500 Internal Server Error")},
                                                {QStringLiteral("outcome"), outcome(QStringLiteral("exception"), QStringLiteral("injected"))}}}});
            continue;
        }
        const bool exists = resources.contains(key);
        if (exists && resources[key].clientVersion == clientVersion) {   // replay: a no-op, answered as before
            const int v = resources[key].version;
            QJsonObject again{{QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")},
                                                                       {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(v)}}}};
            if (m_changedByServer.contains(key)) again.insert(QStringLiteral("resource"), resources[key].resource);   // as the first answer
            out.append(again);
            continue;
        }
        bool changed = false;
        if (type == u"Patient" && assignNationalMr) {
            QJsonArray ids = resource.value(u"identifier").toArray();
            bool national = false, provisional = false;
            for (const QJsonValue i : ids) {
                national = national || i[u"system"].toString().endsWith(u"/sid/mr");
                provisional = provisional || i[u"system"].toString().endsWith(u"/sid/mr-provisional");
            }
            if (provisional && !national) {
                auto mr = MrNumber::fromPayload(m_nextPayload++);
                ids.prepend(QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                        {QStringLiteral("system"), QStringLiteral("https://fhir.bhu.gov.pk/sid/mr")},
                                        {QStringLiteral("value"), mr->digits()}});
                resource.insert(QStringLiteral("identifier"), ids);
                changed = true;
            }
        }
        if (type == u"Patient" && conflictFor.contains(id)) {
            QJsonArray ext = resource.value(u"extension").toArray();
            ext.append(conflictFor.value(id));
            resource.insert(QStringLiteral("extension"), ext);
            changed = true;
        }
        const int v = store(key, resource, clientVersion);
        QJsonObject entry{{QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), statusLine(exists ? 200 : 201)},
                                                                   {QStringLiteral("etag"), QStringLiteral("W/\"%1\"").arg(v)},
                                                                   {QStringLiteral("location"), QString(key + QStringLiteral("/_history/%1").arg(v))}}}};
        if (changed) {
            entry.insert(QStringLiteral("resource"), resources[key].resource);
            m_changedByServer.insert(key);
        }
        out.append(entry);
    }
    return {200, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("transaction-response")},
                             {QStringLiteral("entry"), out}}};
}

FakeRegistry::Answer FakeRegistry::changes(const QUrl& url)
{
    const QUrlQuery q(url);
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"));
    const int count = std::max(1, q.queryItemValue(QStringLiteral("_count")).toInt());
    if (expireCursorOnce && !cursor.isEmpty()) {
        expireCursorOnce = false;
        return {410, outcome(QStringLiteral("expired"), QStringLiteral("cursor expired"))};
    }
    const qint64 after = cursor.isEmpty() ? 0 : cursor.mid(3).toLongLong();
    QJsonArray entries;
    qint64 last = after;
    bool more = false;
    for (int i = 0; i < feed.size(); ++i) {
        if (feed[i].first <= after) continue;
        if (entries.size() >= count) {
            more = true;
            break;
        }
        const QJsonObject r = feedResources[i];
        const QString ref = r.value(u"resourceType").toString() + u'/' + r.value(u"id").toString();
        entries.append(QJsonObject{{QStringLiteral("fullUrl"), ref},
                                   {QStringLiteral("resource"), r},
                                   {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("url"), ref}}},
                                   {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), QStringLiteral("200 OK")}}}});
        last = feed[i].first;
    }
    const QString next = QStringLiteral("v1.%1").arg(last);
    QJsonObject b{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                  {QStringLiteral("type"), QStringLiteral("history")},
                  {QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("url"), QString(kExt + u"sync-cursor")},
                                                                               {QStringLiteral("valueString"), next}}}}}},
                  {QStringLiteral("entry"), entries}};
    if (more)
        b.insert(QStringLiteral("link"), QJsonArray{QJsonObject{{QStringLiteral("relation"), QStringLiteral("next")},
                                                                {QStringLiteral("url"), QStringLiteral("$changes?cursor=%1&_count=%2").arg(next).arg(count)}}});
    return {200, b};
}

FakeRegistry::Answer FakeRegistry::auditAppend(const QJsonObject& body)
{
    QMap<qint64, QString> hashes = auditHashes;
    QMap<qint64, QJsonObject> entries = auditEntries;
    int stored = 0, duplicates = 0;
    for (const QJsonValue pv : body.value(u"parameter").toArray()) {
        qint64 seq = 0;
        QString hash, prev;
        for (const QJsonValue part : pv[u"part"].toArray()) {
            if (part[u"name"].toString() == u"seq") seq = part[u"valueInteger"].toInteger();
            if (part[u"name"].toString() == u"hash") hash = part[u"valueString"].toString();
            if (part[u"name"].toString() == u"prevHash") prev = part[u"valueString"].toString();
        }
        ++auditReceived;
        const qint64 head = hashes.isEmpty() ? 0 : hashes.lastKey();
        QString refusal;
        if (seq <= head && hashes.value(seq) == hash) {
            ++duplicates;
            continue;
        }
        if (seq <= head) refusal = QStringLiteral("changed %1").arg(seq);
        else if (seq != head + 1) refusal = QStringLiteral("gap %1").arg(seq);
        else if (prev != (head == 0 ? QString(64, u'0') : hashes.value(head))) refusal = QStringLiteral("unlinked %1").arg(seq);
        if (!refusal.isEmpty()) {
            auditRefusals.append(refusal);
            return {409, outcome(QStringLiteral("conflict"), QStringLiteral("audit entry %1 refused").arg(seq))};
        }
        hashes.insert(seq, hash);
        entries.insert(seq, pv.toObject());
        ++stored;
    }
    auditHashes = hashes;
    auditEntries = entries;
    return {200, params({{QStringLiteral("stored"), stored},
                         {QStringLiteral("duplicates"), duplicates},
                         {QStringLiteral("head"), auditHashes.isEmpty() ? 0 : auditHashes.lastKey()}})};
}

FakeRegistry::Answer FakeRegistry::handle(Op op, const QNetworkRequest& rq, const QJsonObject& body, const QUrl& url)
{
    if (op != Op::Enroll) {
        const QByteArray auth = rq.rawHeader("Authorization");
        if (!auth.startsWith("Bearer ") || !m_credentials.contains(QString::fromLatin1(auth.mid(7))))
            return {401, outcome(QStringLiteral("login"), QStringLiteral("unknown credential"))};
    }
    switch (op) {
    case Op::Enroll: return enroll(body);
    case Op::MrBlock: return mrBlock(body, QString::fromLatin1(rq.rawHeader("X-Request-ID")));
    case Op::Push: return push(body);
    case Op::Changes: return changes(url);
    case Op::Audit: return auditAppend(body);
    case Op::Match:
        lastMatchRequest = body;
        return {200, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("searchset")},
                                 {QStringLiteral("entry"), matchEntries}}};
    case Op::ConsultInbox:
    case Op::ConsultClaim: return consult(op, url, body);
    case Op::BinaryRead:   // handled in createRequest (raw bytes)
    case Op::Chunk:   // handled in createRequest (raw bytes)
    case Op::Other: break;
    }
    return {404, outcome(QStringLiteral("not-found"), QStringLiteral("no such operation"))};
}

// As registry/ChunkOp.cpp: append at the committed offset only, acknowledge a resent chunk,
// refuse a gap (409), check the whole-file SHA-256 at the end (422 and discard on mismatch).
FakeRegistry::Answer FakeRegistry::chunk(const QUrl& url, const QByteArray& bytes, bool query)
{
    const QUrlQuery q(url);
    const QString id = q.queryItemValue(QStringLiteral("id"));
    auto reply = [&](int status) {
        const qint64 offset = binaries.value(id).size();
        return Answer{status, QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                          {QStringLiteral("parameter"),
                                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("offset")},
                                                                  {QStringLiteral("valueInteger"), offset}},
                                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("complete")},
                                                                  {QStringLiteral("valueBoolean"), completeBinaries.contains(id)}}}}}};
    };
    // The offset query is a GET (sent as a custom "GET" request, so told apart by its parameters).
    if (query || !q.hasQueryItem(QStringLiteral("offset")) || completeBinaries.contains(id)) return reply(200);
    chunkBytesReceived += bytes.size();
    const qint64 offset = q.queryItemValue(QStringLiteral("offset")).toLongLong();
    const qint64 size = q.queryItemValue(QStringLiteral("size")).toLongLong();
    QByteArray& have = binaries[id];
    if (offset > have.size()) return reply(409);
    const qint64 skip = have.size() - offset;
    if (skip < bytes.size()) have.append(bytes.mid(skip));
    if (have.size() < size) return reply(200);
    if (QCryptographicHash::hash(have, QCryptographicHash::Sha256).toHex() != q.queryItemValue(QStringLiteral("sha256")).toLatin1()) {
        have.clear();
        return reply(422);
    }
    completeBinaries.insert(id);
    return reply(201);
}

FakeRegistry::Answer FakeRegistry::consult(Op op, const QUrl& url, const QJsonObject& body)
{
    const QString specialty = QUrlQuery(url).queryItemValue(QStringLiteral("specialty"));
    if (op == Op::ConsultInbox) {
        if (!consultGranted.contains(specialty)) return {403, outcome(QStringLiteral("forbidden"), QStringLiteral("not granted"))};
        return {200, consultInbox};
    }
    const QString id = param(body, QStringLiteral("id")).toString();
    claims.append(id);
    if (claimedElsewhere.contains(id)) return {409, outcome(QStringLiteral("conflict"), QStringLiteral("claimed by another"))};
    return {200, params({{QStringLiteral("id"), id}, {QStringLiteral("facility"), QStringLiteral("HOSP-0001")}})};
}

QNetworkReply* FakeRegistry::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    const QUrl url = request.url();
    const QString path = url.path();
    Op which = Op::Other;
    if (path.endsWith(u"/$enroll")) which = Op::Enroll;
    else if (path.endsWith(u"/$mr-block")) which = Op::MrBlock;
    else if (path.endsWith(u"/$changes")) which = Op::Changes;
    else if (path.endsWith(u"/$audit-append")) which = Op::Audit;
    else if (path.endsWith(u"/Patient/$match")) which = Op::Match;
    else if (path.endsWith(u"/Binary/$chunk")) which = Op::Chunk;
    else if (path.contains(u"/Binary/")
             && (op == GetOperation || request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "GET"))
        which = Op::BinaryRead;
    else if (path.endsWith(u"/$consult-inbox")) which = Op::ConsultInbox;
    else if (path.endsWith(u"/$consult-claim")) which = Op::ConsultClaim;
    else if (path == u"/fhir" && op != GetOperation) which = Op::Push;
    ++m_calls[which];

    QByteArray raw = outgoingData ? outgoingData->readAll() : QByteArray();
    if (!raw.isEmpty()) {
        requestEncodings.append(request.rawHeader("Content-Encoding"));
        if (request.rawHeader("Content-Encoding") == "gzip") raw = sync::gzipDecompress(raw).value();
    }
    const QJsonObject body = QJsonDocument::fromJson(raw).object();

    Fault f = m_faults.value(which);
    if (f.skip > 0) {
        --m_faults[which].skip;
        f.kind = Fault::Kind::None;
    } else if (f.times == 0) f.kind = Fault::Kind::None;
    else if (f.times > 0) --m_faults[which].times;

    using M = FakeReply::Mode;
    if (f.kind == Fault::Kind::Hang) return new FakeReply(request, op, 0, {}, {}, M::Hang, 0, this);
    if (f.kind == Fault::Kind::Status)
        return new FakeReply(request, op, f.status,
                             QJsonDocument(outcome(f.status >= 500 ? QStringLiteral("exception") : QStringLiteral("processing"),
                                                   QStringLiteral("injected")))
                                 .toJson(QJsonDocument::Compact),
                             {}, M::Normal, 0, this);
    Answer a;
    QByteArray out;
    if (which == Op::BinaryRead) {   // raw bytes, as the registry serves a photo
        const QString id = path.section(u'/', -1);
        binaryReads.append(id);
        if (completeBinaries.contains(id)) out = binaries.value(id);
        else a = Answer{404, outcome(QStringLiteral("not-found"), QStringLiteral("no such Binary"))};
    } else {
        a = which == Op::Chunk ? chunk(url, raw, op == GetOperation)
                               : handle(which, request, body, url);   // the registry does its work (commits)
    }
    if (out.isEmpty()) out = QJsonDocument(a.json).toJson(QJsonDocument::Compact);
    if (f.kind == Fault::Kind::MalformedJson) out = "{\"resourceType\":\"Bundle\", \"entry\": [ {";
    QByteArray encoding;
    if (gzipResponses) {
        out = sync::gzipCompress(out);
        encoding = "gzip";
    }
    M mode = M::Normal;
    if (f.kind == Fault::Kind::CutBody) mode = M::Cut;
    if (f.kind == Fault::Kind::DropAfterCommit) mode = M::Drop;
    if (which == Op::Chunk && dropChunkEvery > 0 && QUrlQuery(url).hasQueryItem(QStringLiteral("offset"))
        && ++chunkPosts % dropChunkEvery == 0)
        mode = M::Drop;
    return new FakeReply(request, op, a.status, out, encoding, mode, f.kind == Fault::Kind::Delay ? f.delayMs : 0, this);
}

} // namespace bhu::test
