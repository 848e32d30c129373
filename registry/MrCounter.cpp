#include "bhu/registry/MrCounter.h"

#include <QUuid>

namespace bhu::registry {

std::optional<MrBlock> allocateMrBlock(pqxx::work& w, long long facilityId, const QString& deviceId,
                                       const QString& requestId, const char* purpose, int count)
{
    auto row = w.exec_params1("UPDATE mr_counter SET next_payload = next_payload + $1 RETURNING next_payload - $1", count);
    const long long first = row[0].as<long long>();
    if (first + count > kFirstSyntheticPayload) return std::nullopt;   // the caller's transaction rolls back
    MrBlock b{QUuid::createUuid().toString(QUuid::WithoutBraces), first, count};
    w.exec_params("INSERT INTO mr_blocks (id, facility_id, device_id, request_id, purpose, first_payload, count)"
                  " VALUES ($1, $2, NULLIF($3, '')::uuid, NULLIF($4, ''), $5, $6, $7)",
                  s8(b.id), facilityId, s8(deviceId), s8(requestId), std::string(purpose), first, count);
    return b;
}

QString payloadText(long long payload)
{
    return QStringLiteral("%1").arg(payload, 11, 10, QLatin1Char('0'));
}

} // namespace bhu::registry
