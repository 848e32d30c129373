#include "bhu/registry/BinaryStore.h"

#include "bhu/registry/Db.h"

namespace bhu::registry {

namespace {
StoredBinary fromRow(const pqxx::row& r)
{
    StoredBinary b;
    b.id = q8(r[0].as<std::string>());
    b.facilityId = r[1].as<long long>();
    b.contentType = q8(r[2].as<std::string>());
    b.size = r[3].as<long long>();
    b.sha256 = q8(r[4].as<std::string>());
    b.committed = r[5].as<long long>();
    b.complete = r[6].as<bool>();
    return b;
}

std::optional<StoredBinary> one(const pqxx::result& rows)
{
    if (rows.empty()) return std::nullopt;
    return fromRow(rows[0]);
}
} // namespace

std::optional<StoredBinary> lockBinary(pqxx::work& w, const QString& id)
{
    return one(w.exec_params("SELECT id::text, facility_id, content_type, size, sha256, committed, complete FROM binaries "
                             "WHERE id = $1 FOR UPDATE",
                             s8(id)));
}

std::optional<StoredBinary> findBinary(pqxx::work& w, const QString& id)
{
    return one(w.exec_params("SELECT id::text, facility_id, content_type, size, sha256, committed, complete FROM binaries WHERE id = $1",
                             s8(id)));
}

void createBinary(pqxx::work& w, const QString& id, long long facilityId, const QString& deviceId, const QString& contentType,
                  long long size, const QString& sha256)
{
    w.exec_params("INSERT INTO binaries(id, facility_id, device_id, content_type, size, sha256) VALUES ($1, $2, $3, $4, $5, $6) "
                  "ON CONFLICT (id) DO NOTHING",
                  s8(id), facilityId, s8(deviceId), s8(contentType), size, s8(sha256));
}

long long appendBinary(pqxx::work& w, const QString& id, const QByteArray& bytes)
{
    auto r = w.exec_params("UPDATE binaries SET data = data || decode($2, 'hex'), committed = committed + $3 WHERE id = $1 "
                           "RETURNING committed",
                           s8(id), bytes.toHex().toStdString(), static_cast<long long>(bytes.size()));
    return r[0][0].as<long long>();
}

QString binarySha256(pqxx::work& w, const QString& id)
{
    auto r = w.exec_params("SELECT encode(sha256(data), 'hex') FROM binaries WHERE id = $1", s8(id));
    return q8(r[0][0].as<std::string>());
}

void completeBinary(pqxx::work& w, const QString& id)
{
    w.exec_params("UPDATE binaries SET complete = true, completed_at = now() WHERE id = $1", s8(id));
}

void discardBinary(pqxx::work& w, const QString& id)
{
    w.exec_params("UPDATE binaries SET data = ''::bytea, committed = 0 WHERE id = $1", s8(id));
}

QByteArray binaryData(pqxx::work& w, const QString& id)
{
    auto r = w.exec_params("SELECT encode(data, 'hex') FROM binaries WHERE id = $1", s8(id));
    if (r.empty()) return {};
    return QByteArray::fromHex(QByteArray::fromStdString(r[0][0].as<std::string>()));
}

} // namespace bhu::registry
