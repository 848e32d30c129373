#pragma once
// The one server sequence of national MR payloads (mr_counter), shared by $mr-block and the
// national numbers assigned to provisionally numbered patients. Payloads 80,000,000,000 and up
// (synthetic) and 9… (provisional) are never issued.
#include "bhu/registry/Db.h"

#include <QString>
#include <optional>

namespace bhu::registry {

inline constexpr long long kFirstSyntheticPayload = 80'000'000'000LL;

// Reserves `count` payloads and records the block; nullopt when the national range is spent.
struct MrBlock {
    QString id;
    long long firstPayload = 0;
    int count = 0;
};
std::optional<MrBlock> allocateMrBlock(pqxx::work& w, long long facilityId, const QString& deviceId,
                                       const QString& requestId, const char* purpose, int count);
// The 11-digit payload text of a payload ("00000100001").
QString payloadText(long long payload);

} // namespace bhu::registry
