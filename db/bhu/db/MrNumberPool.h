#pragma once
// Issues MR numbers at the front desk, offline: a national number from the pool of blocks the
// registry reserved for this facility, else a provisional number in the facility's own
// namespace (9 FFFFF SSSSS C, see domain MrNumber.h). Runs inside the registration transaction,
// so a number is used exactly once even across a crash.
#include "bhu/db/Connection.h"
#include "bhu/domain/Patient.h"

namespace bhu::db {

class MrNumberPool {
public:
    explicit MrNumberPool(Connection& c) : m_c(c) {}
    Result<Identifier> issue(const QString& patientId);
    Result<qint64> freeCount();
    // Adds a block of national numbers (12 digits each, check digit valid). Used by sync.
    Status addBlock(const QString& blockId, const QStringList& numbers);
    // Synthetic national numbers for seeded demo, test and benchmark databases: payloads from
    // 80,000,000,000 up (first digit 8), a range the registry reserves and never issues, so
    // synthetic records can never be mistaken for real ones. In its own transaction.
    Status addSyntheticBlock(int count);
    static constexpr qint64 kSyntheticPayloadStart = 80'000'000'000;

private:
    Connection& m_c;
};

} // namespace bhu::db
