#include "bhu/registry/AuditStore.h"

#include <QHash>

namespace bhu::registry {

namespace {
constexpr int kVerifyChunk = 10000;

AuditRecord fromRow(const pqxx::row& r)
{
    AuditRecord e;
    e.seq = r[0].as<long long>();
    QString* fields[] = {&e.id, &e.at, &e.userId, &e.username, &e.action, &e.entityType, &e.entityId,
                         &e.patientId, &e.source, &e.details, &e.prevHash, &e.hash};
    int i = 1;
    for (QString* f : fields) *f = q8(r[i++].as<std::string>());
    return e;
}

const char* const kEntryColumns =
    "seq, entry_id, at, user_id, username, action, entity_type, entity_id, patient_id, source, details, prev_hash, hash";

void insertEntry(pqxx::work& w, const Caller& c, const AuditRecord& e)
{
    w.exec_params("INSERT INTO audit_entries (device_id, facility_id, seq, entry_id, at, user_id, username, action, entity_type,"
                  " entity_id, patient_id, source, details, prev_hash, hash, request_id)"
                  " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                  s8(c.deviceId), c.facilityId, static_cast<long long>(e.seq), s8(e.id), s8(e.at), s8(e.userId), s8(e.username),
                  s8(e.action), s8(e.entityType), s8(e.entityId), s8(e.patientId), s8(e.source), s8(e.details), s8(e.prevHash),
                  s8(e.hash), s8(c.requestId));
}

void recordRefusal(pqxx::work& w, const Caller& c, const AuditRefusal& r)
{
    w.exec_params("INSERT INTO audit_refusals (device_id, facility_id, seq, reason, stored_hash, received_hash, request_id)"
                  " VALUES ($1, $2, $3, $4, NULLIF($5, ''), $6, $7) ON CONFLICT DO NOTHING",
                  s8(c.deviceId), c.facilityId, r.seq, s8(r.reason), s8(r.storedHash), s8(r.receivedHash), s8(c.requestId));
}
} // namespace

QString AuditRefusal::describe() const
{
    if (reason == u"gap") return QStringLiteral("audit entry %1: entries before it are missing").arg(seq);
    if (reason == u"changed") return QStringLiteral("audit entry %1: differs from the entry already received").arg(seq);
    if (reason == u"unlinked") return QStringLiteral("audit entry %1: does not link to the previous entry").arg(seq);
    return QStringLiteral("audit entry %1: its content does not match its hash").arg(seq);
}

AuditAppendResult appendAuditEntries(pqxx::work& w, const Caller& caller, const std::vector<AuditRecord>& entries)
{
    AuditAppendResult out;
    // One writer per device at a time: the head read below stays the head until commit.
    w.exec_params("SELECT 1 FROM devices WHERE id = $1 FOR UPDATE", s8(caller.deviceId));
    long long headSeq = 0;
    QString headHash = kAuditGenesis;
    auto head = w.exec_params("SELECT seq, hash FROM audit_entries WHERE device_id = $1 ORDER BY seq DESC LIMIT 1", s8(caller.deviceId));
    if (!head.empty()) {
        headSeq = head[0][0].as<long long>();
        headHash = q8(head[0][1].as<std::string>());
    }
    // Hashes already held for the batch's range (a replay is answered from these).
    QHash<long long, QString> held;
    long long lo = entries.front().seq, hi = entries.front().seq;
    for (const AuditRecord& e : entries) {
        lo = std::min<long long>(lo, e.seq);
        hi = std::max<long long>(hi, e.seq);
    }
    if (lo <= headSeq)
        for (const auto& r : w.exec_params("SELECT seq, hash FROM audit_entries WHERE device_id = $1 AND seq BETWEEN $2 AND $3",
                                           s8(caller.deviceId), lo, std::min(hi, headSeq)))
            held.insert(r[0].as<long long>(), q8(r[1].as<std::string>()));

    std::vector<const AuditRecord*> fresh;
    for (const AuditRecord& e : entries) {
        AuditRefusal r{e.seq, {}, {}, e.hash};
        if (e.seq <= headSeq) {
            r.storedHash = held.value(e.seq);
            if (r.storedHash == e.hash) {
                ++out.duplicates;
                continue;
            }
            r.reason = QStringLiteral("changed");
        } else if (e.seq != headSeq + 1) {
            r.reason = QStringLiteral("gap");
        } else if (e.prevHash != headHash) {
            r.storedHash = headHash;
            r.reason = QStringLiteral("unlinked");
        } else if (auditHash(e) != e.hash) {
            r.reason = QStringLiteral("hash");
        } else {
            fresh.push_back(&e);
            headSeq = e.seq;
            headHash = e.hash;
            held.insert(e.seq, e.hash);
            continue;
        }
        recordRefusal(w, caller, r);
        out.refusal = r;
        out.duplicates = 0;
        out.head = head.empty() ? 0 : head[0][0].as<long long>();
        return out;
    }
    for (const AuditRecord* e : fresh) insertEntry(w, caller, *e);
    out.stored = static_cast<int>(fresh.size());
    out.head = headSeq;
    return out;
}

Result<QList<DeviceChainCheck>> verifyFacilityAudit(Db& db, const QString& facilityCode)
{
    auto facility = db.transact([&](pqxx::work& w) {
        auto r = w.exec_params("SELECT id FROM facilities WHERE code = $1", s8(facilityCode));
        return r.empty() ? 0LL : r[0][0].as<long long>();
    });
    if (!facility.ok()) return facility.error();
    if (facility.value() == 0) return Error::make(ErrorCode::NotFound, QStringLiteral("No facility has the code %1.").arg(facilityCode));
    auto devices = db.transact([&](pqxx::work& w) {
        QList<DeviceChainCheck> list;
        for (const auto& r : w.exec_params("SELECT d.id::text, d.name, (SELECT count(*) FROM audit_refusals a WHERE a.device_id = d.id)"
                                           " FROM devices d WHERE d.facility_id = $1 ORDER BY d.enrolled_at, d.id",
                                           facility.value())) {
            DeviceChainCheck c;
            c.deviceId = q8(r[0].as<std::string>());
            c.deviceName = q8(r[1].as<std::string>());
            c.refusals = r[2].as<long long>();
            list.append(c);
        }
        return list;
    });
    if (!devices.ok()) return devices.error();
    QList<DeviceChainCheck> out = devices.value();
    for (DeviceChainCheck& c : out) {
        long long expected = 1;
        QString prev = kAuditGenesis;
        for (;;) {   // in chunks, so a long chain never sits in memory at once
            auto chunk = db.transact([&](pqxx::work& w) {
                std::vector<AuditRecord> rows;
                for (const auto& r : w.exec_params(std::string("SELECT ") + kEntryColumns +
                                                       " FROM audit_entries WHERE device_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3",
                                                   s8(c.deviceId), expected, kVerifyChunk))
                    rows.push_back(fromRow(r));
                return rows;
            });
            if (!chunk.ok()) return chunk.error();
            for (const AuditRecord& e : chunk.value()) {
                if (c.brokenAt) break;
                if (e.seq != expected) c.brokenAt = expected, c.why = QStringLiteral("entry missing or reordered");
                else if (e.prevHash != prev) c.brokenAt = e.seq, c.why = QStringLiteral("chain broken");
                else if (auditHash(e) != e.hash) c.brokenAt = e.seq, c.why = QStringLiteral("entry edited");
                else {
                    prev = e.hash;
                    ++expected;
                    ++c.entries;
                }
            }
            if (c.brokenAt || static_cast<int>(chunk.value().size()) < kVerifyChunk) break;
        }
    }
    return out;
}

} // namespace bhu::registry
