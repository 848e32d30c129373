#pragma once
// One direction of a simulated slow link: bytes written in come out of the other socket after
// the link's one-way latency, no faster than its bandwidth allows (serialisation delay), in
// order. A 2G/EDGE link as a BHU sees it: 40 kbit/s, 300 ms.
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTcpSocket>
#include <QTimer>

namespace bhu::linksim {

struct LinkShape {
    double kbitPerSecond = 40.0;
    int latencyMs = 300;
};

class LinkPipe : public QObject {
    Q_OBJECT
public:
    LinkPipe(QTcpSocket* from, QTcpSocket* to, LinkShape shape, QObject* parent = nullptr);
    qint64 bytesCarried() const { return m_carried; }
    bool idle() const { return m_queue.isEmpty(); }

Q_SIGNALS:
    void drained();   // everything read so far has been delivered

private:
    void readIn();
    void deliverDue();

    struct Chunk {
        qint64 dueMs;
        QByteArray bytes;
    };
    QPointer<QTcpSocket> m_from, m_to;
    LinkShape m_shape;
    QElapsedTimer m_clock;
    QQueue<Chunk> m_queue;
    QTimer m_timer;
    double m_lineFreeAtMs = 0;   // when the simulated line finishes sending what is queued
    qint64 m_carried = 0;
};

} // namespace bhu::linksim
