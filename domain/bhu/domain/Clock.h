#pragma once
// Injectable clock: production code asks a Clock for "now", tests substitute a ManualClock.
#include <QDateTime>

namespace bhu {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    static const Clock& system();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime nowUtc() const override { return m_t; }
    void advanceSecs(qint64 s) { m_t = m_t.addSecs(s); }
    void set(QDateTime t) { m_t = std::move(t); }

private:
    QDateTime m_t;
};

// ISO-8601 UTC with milliseconds: the one text format for timestamps in storage and on the wire.
QString isoUtc(const QDateTime& t);

} // namespace bhu
