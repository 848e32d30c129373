#include "LinkPipe.h"

#include <algorithm>

namespace bhu::linksim {

LinkPipe::LinkPipe(QTcpSocket* from, QTcpSocket* to, LinkShape shape, QObject* parent)
    : QObject(parent), m_from(from), m_to(to), m_shape(shape)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LinkPipe::deliverDue);
    connect(from, &QTcpSocket::readyRead, this, &LinkPipe::readIn);
}

void LinkPipe::readIn()
{
    if (!m_from) return;
    // Small chunks, so a large body trickles out at the line's pace instead of arriving at once.
    constexpr qint64 kChunk = 512;
    while (m_from->bytesAvailable() > 0) {
        QByteArray bytes = m_from->read(kChunk);
        if (bytes.isEmpty()) break;
        const double now = static_cast<double>(m_clock.elapsed());
        const double sendMs = static_cast<double>(bytes.size()) * 8.0 / m_shape.kbitPerSecond;   // kbit/s = bit/ms
        m_lineFreeAtMs = std::max(m_lineFreeAtMs, now) + sendMs;
        m_queue.enqueue({static_cast<qint64>(m_lineFreeAtMs) + m_shape.latencyMs, std::move(bytes)});
    }
    if (!m_timer.isActive()) deliverDue();
}

void LinkPipe::deliverDue()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && m_queue.head().dueMs <= now) {
        const Chunk c = m_queue.dequeue();
        if (m_to) m_to->write(c.bytes);
        m_carried += c.bytes.size();
    }
    if (!m_queue.isEmpty()) m_timer.start(static_cast<int>(std::max<qint64>(1, m_queue.head().dueMs - now)));
    else Q_EMIT drained();
}

} // namespace bhu::linksim
