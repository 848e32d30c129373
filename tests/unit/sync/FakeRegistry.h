#pragma once
// An in-memory registry behind a QNetworkAccessManager (as Nextcloud's FakeQNAM): the protocol
// subset the clinic uses — $enroll, $mr-block, transaction push with per-entry outcomes and
// idempotency by (type, id, client-version), the $changes feed with cursor, next link and
// 410 — plus fault injection per operation: any HTTP status, hang (never answers, so the job
// times out), delay, cut the body half-way, drop the connection after committing (the
// registry stored it, the clinic hears nothing), malformed JSON. Counts operations.
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <functional>

namespace bhu::test {

enum class Op { Enroll, MrBlock, Push, Changes, Audit, Match, Chunk, ConsultInbox, ConsultClaim, BinaryRead, Other };

struct Fault {
    enum class Kind { None, Status, Hang, Delay, CutBody, DropAfterCommit, MalformedJson };
    Kind kind = Kind::None;
    int status = 500;
    int delayMs = 0;
    int times = -1;   // how many requests it affects; -1: all
    int skip = 0;     // requests answered normally before it starts
};

struct StoredResource {
    QJsonObject resource;   // as stored (meta.versionId set)
    int version = 0;
    int clientVersion = 0;
};

class FakeRegistry : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit FakeRegistry(QObject* parent = nullptr);

    static QString base() { return QStringLiteral("http://registry.test/fhir"); }
    QString addEnrolmentToken();   // one-time

    void setFault(Op op, Fault f) { m_faults[op] = f; }
    void clearFaults() { m_faults.clear(); }
    int calls(Op op) const { return m_calls.value(op); }
    qint64 nextPayload() const { return m_nextPayload; }   // the next MR number it hands out

    // Behaviour switches.
    QSet<QString> rejectIds;          // push: these resource ids get 422
    QSet<QString> failIds;            // push: these resource ids get a per-entry 500 (not stored)
    bool assignNationalMr = false;    // push: a Patient with only a provisional MR gets a national one
    QHash<QString, QJsonObject> conflictFor;   // push: Patient id → merge-conflict extension to add
    bool expireCursorOnce = false;    // $changes with a non-empty cursor answers 410 once
    bool gzipResponses = false;
    int maxEntries = 1000;            // push: more entries in a Bundle → 413
    std::function<void(const QJsonObject& bundle)> onPush;   // runs while the push is "on the wire"

    // Server-side state.
    QMap<QString, StoredResource> resources;   // "Type/id"
    QList<QPair<qint64, QString>> feed;        // (sequence, "Type/id" at that time) in order
    QList<QJsonObject> feedResources;          // the resource as of each feed entry
    int storedWrites = 0;                       // new versions stored (replays excluded)
    int mrBlocksIssued = 0;
    QHash<QString, QJsonObject> mrByRequest;    // $mr-block is idempotent by X-Request-ID
    QList<QJsonObject> pushedBundles;
    QList<QByteArray> requestEncodings;         // Content-Encoding of each request with a body
    // $audit-append: the device's chain as received (seq → entry JSON part list), and the
    // refusals (gap or a changed entry), as the real registry keys them.
    QMap<qint64, QJsonObject> auditEntries;
    QMap<qint64, QString> auditHashes;
    QStringList auditRefusals;
    int auditReceived = 0;                      // entries received, duplicates included
    // Patient/$match: the Bundle entries to answer with, and the last Parameters received.
    QJsonArray matchEntries;
    QJsonObject lastMatchRequest;
    // Binary/$chunk (teleconsultation photos): bytes committed per Binary id, complete ones,
    // and every chunk byte received (resends included).
    QHash<QString, QByteArray> binaries;
    QSet<QString> completeBinaries;
    qint64 chunkBytesReceived = 0;
    int dropChunkEvery = 0;   // > 0: every Nth chunk is stored, then the connection drops (answer lost)
    int chunkPosts = 0;
    // The specialist's end: $consult-inbox answers `consultInbox` (a searchset Bundle) to a
    // device granted `consultGranted`; $consult-claim wins unless the id is in `claimedElsewhere`
    // (409); GET Binary/<id> serves the complete `binaries` (404 otherwise). The ids asked.
    QJsonObject consultInbox;
    QSet<QString> consultGranted;
    QSet<QString> claimedElsewhere;
    QStringList claims;
    QStringList binaryReads;
    // A change made elsewhere (another facility): stored as a new version and fed.
    int injectChange(QJsonObject resource);
    // A raw resource straight into the feed (for malformed-resource tests).
    void injectRaw(const QJsonObject& resource);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    struct Answer {
        int status = 200;
        QJsonObject json;
    };
    Answer handle(Op op, const QNetworkRequest& rq, const QJsonObject& body, const QUrl& url);
    Answer enroll(const QJsonObject& body);
    Answer mrBlock(const QJsonObject& body, const QString& requestId);
    Answer push(const QJsonObject& bundle);
    Answer changes(const QUrl& url);
    Answer auditAppend(const QJsonObject& body);
    Answer chunk(const QUrl& url, const QByteArray& bytes, bool query);
    Answer consult(Op op, const QUrl& url, const QJsonObject& body);
    int store(const QString& key, QJsonObject resource, int clientVersion);
    QHash<Op, Fault> m_faults;
    QHash<Op, int> m_calls;
    QSet<QString> m_tokens;
    QSet<QString> m_credentials;
    qint64 m_nextPayload = 100001;
    QSet<QString> m_changedByServer;   // answered with the changed resource; a replay answers the same
    qint64 m_seq = 0;
};

// A reply with a fixed status and body, delivered after `delayMs`; optionally cut half-way
// (RemoteHostClosedError) or never finished (hang: only abort() ends it).
class FakeReply : public QNetworkReply {
    Q_OBJECT
public:
    enum class Mode { Normal, Cut, Hang, Drop };
    FakeReply(const QNetworkRequest& rq, QNetworkAccessManager::Operation op, int status, QByteArray body, QByteArray encoding, Mode mode,
              int delayMs, QObject* parent);
    void abort() override;
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver();
    QByteArray m_body;
    qint64 m_pos = 0;
    Mode m_mode;
    bool m_done = false;
};

} // namespace bhu::test
