#include "bhu/sync/SyncEngine.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/DemoMark.h"
#include "bhu/db/MrNumberPool.h"
#include "bhu/db/SyncApply.h"
#include "bhu/db/SyncQueue.h"
#include "bhu/domain/Clock.h"
#include "bhu/fhir/FhirConfig.h"
#include "bhu/sync/AuditPush.h"
#include "bhu/sync/PhotoUpload.h"
#include "bhu/sync/BundleBuilder.h"
#include "bhu/sync/PushResponse.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSync, "bhu.sync")

namespace bhu::sync {

namespace {
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// The run's sync session on a transaction Bundle (meta extension sync-session).
void tagSession(QJsonObject& bundle, const QString& session)
{
    QJsonObject meta = bundle.value(u"meta").toObject();
    QJsonArray ext = meta.value(u"extension").toArray();
    ext.append(QJsonObject{{QStringLiteral("url"), fhir::FhirConfig().extensionUrl(u"sync-session")}, {QStringLiteral("valueString"), session}});
    meta.insert(QStringLiteral("extension"), ext);
    bundle.insert(QStringLiteral("meta"), meta);
}

RegistryEndpoint endpointOf(const db::Enrolment& e, int timeoutMs)
{
    return RegistryEndpoint{QUrl(e.registryUrl), e.credential, TlsPolicy{e.pinSha256, e.caPem}, timeoutMs};
}

// Invented patients must never reach the national registry (docs/installing.md).
Error demoRefusal()
{
    return Error::make(ErrorCode::Forbidden,
                       QCoreApplication::translate("bhu::sync::SyncEngine",
                                                   "This is the demo facility (DEMO — training data): it is never enrolled or "
                                                   "synchronised, so its invented patients cannot reach the national registry. "
                                                   "Enrol the facility's own database."),
                       QStringLiteral("demo database"));
}
} // namespace

SyncEngine::SyncEngine(db::Store& store, QNetworkAccessManager* nam, SyncOptions options, QObject* parent)
    : QObject(parent), m_store(store), m_nam(nam ? nam : new QNetworkAccessManager(this)), m_opt(std::move(options))
{
    m_opt.batchSize = std::clamp(m_opt.batchSize, 1, 1000);
    m_opt.pageSize = std::clamp(m_opt.pageSize, 1, 1000);
}

SyncEngine::~SyncEngine() = default;

QDateTime SyncEngine::now() const { return (m_opt.clock ? *m_opt.clock : Clock::system()).nowUtc(); }

double SyncEngine::random() const { return m_opt.random ? m_opt.random() : QRandomGenerator::global()->generateDouble(); }

void SyncEngine::cancel()
{
    m_cancel = true;
    QMetaObject::invokeMethod(this, [this] {
        if (m_client) m_client->abort();
    }, Qt::QueuedConnection);
}

Status SyncEngine::checkCancel() const
{
    if (m_cancel) return Error::make(ErrorCode::Cancelled, tr("Synchronisation was cancelled."), QStringLiteral("net:cancelled"));
    return {};
}

Result<db::Enrolment> SyncEngine::enroll(const EnrolRequest& rq)
{
    if (m_store.user().role != Role::Admin)
        return Error::make(ErrorCode::Forbidden, tr("Only the administrator may enrol this clinic with the registry."));
    if (db::isDemoDatabase(m_store.conn())) return demoRefusal();
    const QUrl url(rq.registryUrl);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("Enter the registry address as https://host:port/fhir."));
    if (rq.token.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("Enter the enrolment token from the registry operator."));
    RegistryClient client(m_nam, RegistryEndpoint{url, QString(), TlsPolicy{QString(), rq.caPem}, m_opt.timeoutMs});
    m_client = &client;
    auto a = client.enroll(rq.token.trimmed(), rq.deviceName.isEmpty() ? m_store.facility().name : rq.deviceName);
    m_client = nullptr;
    if (!a.ok()) return a.error();
    db::Enrolment e;
    e.registryUrl = url.toString();
    e.deviceId = a->deviceId;
    e.deviceName = rq.deviceName;
    e.credential = a->credential;
    e.pinSha256 = a->peerSha256;
    e.caPem = rq.caPem;
    e.facilityCode = a->facilityCode;
    e.facilityNumber = a->facilityNumber;
    e.enrolledAt = now();
    BHU_TRY(db::SyncStateStore(m_store.conn()).saveEnrolment(e, m_store.actor(QStringLiteral("sync"))));
    qCInfo(lcSync) << "enrolled device" << e.deviceId;
    return e;
}

SyncReport SyncEngine::syncOnce()
{
    QElapsedTimer timer;
    timer.start();
    m_cancel = false;
    SyncReport rep;
    db::SyncStateStore state(m_store.conn());
    auto en = state.enrolment();
    Status s;
    if (db::isDemoDatabase(m_store.conn())) {
        s = demoRefusal();
    } else if (!en.ok()) {
        s = en.error();
    } else if (!en->isEnrolled()) {
        s = Error::make(ErrorCode::NotFound, tr("This clinic is not enrolled with a registry yet. The administrator enrols it first."),
                        QStringLiteral("not enrolled"));
    } else {
        (void)state.recordAttempt(now());
        RegistryClient client(m_nam, endpointOf(en.value(), m_opt.timeoutMs));
        client.setByteCounter([&rep](qint64 sent, qint64 received) {
            rep.bytesSent += sent;
            rep.bytesReceived += received;
        });
        m_client = &client;
        s = run(client, en.value(), rep);
        m_client = nullptr;
    }
    auto left = db::SyncQueue(m_store.conn()).pendingCount();
    rep.pendingLeft = left.ok() ? left.value() : -1;
    rep.durationMs = timer.elapsed();
    if (s.ok()) {
        rep.ok = true;
    } else {
        rep.error = s.error().message;
        rep.errorDetail = s.error().detail;
        rep.cancelled = s.is(ErrorCode::Cancelled);
        rep.transient = RegistryClient::isTransient(s.error());
    }
    (void)state.recordResult(now(), rep.toJson(), rep.error, rep.bytesSent, rep.bytesReceived);
    qCInfo(lcSync).noquote() << "sync run:" << QString::fromUtf8(QJsonDocument(rep.toJson()).toJson(QJsonDocument::Compact))
                             << rep.errorDetail;
    return rep;
}

Status SyncEngine::run(RegistryClient& client, const db::Enrolment& enrolment, SyncReport& rep)
{
    m_session = newId();
    if (m_opt.verifyUpdate) {   // the update notice (issue #12): one small request, never fails the run
        const QString version = m_opt.programVersion.isEmpty() ? QCoreApplication::applicationVersion() : m_opt.programVersion;
        BHU_TRY(UpdateCheck(m_store.conn(), client, m_opt.verifyUpdate, version).run(rep, m_store.actor(QStringLiteral("sync")), now()));
    }
    auto recovered = db::SyncQueue(m_store.conn()).recoverUploading();
    if (!recovered.ok()) return recovered.error();
    if (recovered.value() > 0) qCInfo(lcSync) << "resending" << recovered.value() << "entries left uploading";
    BHU_TRY(refillMr(client, rep));
    BHU_TRY(pushAll(client, enrolment, rep));
    // Teleconsultation photos after the text (docs/telemedicine.md): the bytes in resumable
    // chunks, then the photos' Communications, which wait in the outbox until their bytes are in.
    auto photos = PhotoUpload(m_store.conn(), client).uploadAll();
    if (!photos.ok()) return photos.error();
    // The chunks' bytes are already in rep.bytesSent: the client's byte counter saw them.
    if (photos->completed > 0) BHU_TRY(pushAll(client, enrolment, rep));
    // Audit trail → registry, after the clinical push (issue #7; sync/AuditPush.cpp).
    BHU_TRY(AuditPush(m_store.conn(), client, enrolment.deviceId).run(rep, [this] { return checkCancel(); }));
    return pullAll(client, rep);
}

Status SyncEngine::refillMr(RegistryClient& client, SyncReport& rep)
{
    BHU_TRY(checkCancel());
    db::MrNumberPool pool(m_store.conn());
    auto free = pool.freeCount();
    if (!free.ok()) return free.error();
    if (free.value() >= m_opt.mrRefillBelow) return {};
    Q_EMIT progress(QStringLiteral("mr"), 0, 1);
    // The request id is stored before asking: if the answer is lost, the next run asks again
    // under the same id and the registry hands out the same block, not a second one.
    db::SyncStateStore state(m_store.conn());
    auto pending = state.pendingMrRequest();
    if (!pending.ok()) return pending.error();
    QString requestId = pending.value();
    if (requestId.isEmpty()) {
        requestId = newId();
        BHU_TRY(state.setPendingMrRequest(requestId));
    }
    auto block = client.mrBlock(m_opt.mrRefillCount, requestId);
    if (!block.ok()) return block.error();
    db::Connection& c = m_store.conn();
    db::Transaction tx(c);
    BHU_TRY(tx.started());
    BHU_TRY(pool.addBlock(block->blockId, block->numbers));
    BHU_TRY(state.setPendingMrRequest(QString()));
    BHU_TRY(db::AuditLog(c).append(m_store.actor(QStringLiteral("sync")), QStringLiteral("sync.mr-block"), QStringLiteral("MrBlock"),
                                   block->blockId, QString(), QStringLiteral("count=%1").arg(block->numbers.size())));
    BHU_TRY(tx.commit());
    rep.mrReceived += static_cast<int>(block->numbers.size());
    Q_EMIT progress(QStringLiteral("mr"), 1, 1);
    return {};
}

Status SyncEngine::pushAll(RegistryClient& client, const db::Enrolment& enrolment, SyncReport& rep)
{
    db::SyncQueue queue(m_store.conn());
    db::SyncApply apply(m_store.conn());
    const db::Actor who = m_store.actor(QStringLiteral("sync"));
    auto due = queue.dueCount(now());
    const qint64 total = due.ok() ? due.value() : 0;
    qint64 done = 0;
    int batchSize = m_opt.batchSize;
    for (;;) {
        BHU_TRY(checkCancel());
        auto batch = queue.claim(batchSize, now());
        if (!batch.ok()) return batch.error();
        if (batch->items.isEmpty()) return {};
        BuiltBundle built = buildTransaction(batch.value(), enrolment.deviceId);
        tagSession(built.bundle, m_session);
        Exchange nothingToSend;   // every entry unbuildable or empty: no request
        nothingToSend.json = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                         {QStringLiteral("type"), QStringLiteral("transaction-response")}};
        Result<Exchange> answer = nothingToSend;
        if (!built.owner.isEmpty()) answer = client.push(built.bundle, batch->requestId);
        Result<PushResult> result = answer.ok() ? readTransactionResponse(answer->json, batch.value(), built) : Result<PushResult>(answer.error());
        if (!result.ok()) {
            if (RegistryClient::httpStatus(result.error()) == 413 && batchSize > 1) {   // too large: halve and go on
                BHU_TRY(queue.releaseNow(batch->requestId));
                batchSize = std::max(1, batchSize / 2);
                continue;
            }
            BHU_TRY(queue.release(batch->requestId, result.error().detail, now(), [this] { return random(); }));
            return result.error();
        }
        // The acknowledgement and what the registry changed in its answer (a national MR number, a
        // merged field) commit together: were the outbox marked synced alone, a crash in between
        // would lose the registry's change for good (our own version is then never pulled again).
        db::Transaction acknowledged(m_store.conn());
        BHU_TRY(acknowledged.started());
        BHU_TRY(queue.complete(result->outcomes, who));
        auto n = apply.applyReturned(result->returned, who);
        if (!n.ok()) return n.error();
        BHU_TRY(acknowledged.commit());
        for (const db::EntryOutcome& o : result->outcomes)
            ++(o.kind == db::EntryOutcome::Kind::Acknowledged ? rep.pushed : rep.rejected);
        rep.conflicts += n->conflicts;
        // Entries the registry answered with 5xx: back to pending with backoff.
        BHU_TRY(queue.release(batch->requestId, QStringLiteral("entry not stored by the registry"), now(), [this] { return random(); }));
        done += batch->items.size();
        Q_EMIT progress(QStringLiteral("push"), done, std::max(total, done));
        if (result->outcomes.size() < batch->items.size())
            return Error::make(ErrorCode::Failed, tr("The registry could not store some records. They will be sent again later."),
                               QStringLiteral("http 500 entries (request %1)").arg(batch->requestId));
    }
}

} // namespace bhu::sync
