#include "bhu/db/MrNumberPool.h"

#include "bhu/domain/Clock.h"
#include "bhu/domain/MrNumber.h"

#include <QCoreApplication>

namespace bhu::db {

Result<Identifier> MrNumberPool::issue(const QString& patientId)
{
    const QString now = isoUtc(Clock::system().nowUtc());
    auto take = m_c.prepare("UPDATE mr_pool SET used_by = ?1, used_at = ?2 "
                            "WHERE value = (SELECT value FROM mr_pool WHERE used_by IS NULL ORDER BY value LIMIT 1) "
                            "RETURNING value");
    if (!take.ok()) return take.error();
    take.value()->bind(1, patientId).bind(2, now);
    auto row = take.value()->step();
    if (!row.ok()) return row.error();
    if (row.value()) {
        const QString value = take.value()->text(0);
        take.value()->reset();
        return Identifier{IdSystem::Mr, value};
    }
    take.value()->reset();

    auto facility = m_c.queryInt(QStringLiteral("SELECT number FROM facility LIMIT 1"));
    if (!facility.ok()) return facility.error();
    auto next = m_c.prepare("UPDATE counters SET value = value + 1 WHERE name = 'mr_provisional' RETURNING value");
    if (!next.ok()) return next.error();
    auto r = next.value()->step();
    if (!r.ok()) return r.error();
    const qint64 seq = r.value() ? next.value()->int64(0) : 0;
    next.value()->reset();
    auto mr = MrNumber::provisional(static_cast<int>(facility.value()), static_cast<int>(seq));
    if (!mr.ok())
        return Error::make(ErrorCode::Failed,
                           QCoreApplication::translate("bhu::db::MrNumberPool",
                                                       "This facility has used all its provisional MR numbers. Connect to the "
                                                       "registry and synchronise to receive national numbers."),
                           mr.error().detail);
    return Identifier{IdSystem::MrProvisional, mr->digits()};
}

Result<qint64> MrNumberPool::freeCount()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM mr_pool WHERE used_by IS NULL"));
}

Status MrNumberPool::addBlock(const QString& blockId, const QStringList& numbers)
{
    auto ins = m_c.prepare("INSERT OR IGNORE INTO mr_pool(value, block_id, received_at) VALUES (?,?,?)");
    if (!ins.ok()) return ins.error();
    const QString now = isoUtc(Clock::system().nowUtc());
    for (const QString& n : numbers) {
        auto mr = MrNumber::parse(n);
        if (!mr.ok() || mr->isProvisional())
            return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::db::MrNumberPool", "The registry sent an invalid MR number block."),
                               QStringLiteral("bad number in block ") + blockId);
        ins.value()->bind(1, mr->digits()).bind(2, blockId).bind(3, now);
        BHU_TRY(ins.value()->run());
    }
    return {};
}

Status MrNumberPool::addSyntheticBlock(int count)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto used = m_c.queryInt(QStringLiteral("SELECT count(*) FROM mr_pool WHERE block_id = 'synthetic'"));
    if (!used.ok()) return used.error();
    auto ins = m_c.prepare("INSERT INTO mr_pool(value, block_id, received_at) VALUES (?, 'synthetic', ?)");
    if (!ins.ok()) return ins.error();
    const QString now = isoUtc(Clock::system().nowUtc());
    for (int i = 0; i < count; ++i) {
        auto mr = MrNumber::fromPayload(kSyntheticPayloadStart + used.value() + i);
        if (!mr.ok()) return mr.error();
        ins.value()->bind(1, mr->digits()).bind(2, now);
        BHU_TRY(ins.value()->run());
    }
    return tx.commit();
}

} // namespace bhu::db
