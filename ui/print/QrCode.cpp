#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace bhu::ui {

QrCode QrCode::encode(const QByteArray& text)
{
    QrCode code;
    QRcode* qr = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!qr) return code;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i) code.m_modules[i] = (qr->data[i] & 1) != 0;   // bit 0: dark
    QRcode_free(qr);
    return code;
}

void QrCode::paint(QPainter& painter, const QRectF& target, int quietModules) const
{
    if (isNull()) return;
    const qreal module = qMin(target.width(), target.height()) / (m_size + 2 * quietModules);
    const QPointF origin = target.topLeft() + QPointF(module * quietModules, module * quietModules);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            // Slightly oversized modules: no hairline gaps between neighbours when rasterised.
            if (isDark(x, y)) painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * module, module * 1.02, module * 1.02));
        }
    }
    painter.restore();
}

} // namespace bhu::ui
