#pragma once
// Millimetres to device units for printed layouts. Fonts keep their point sizes (the paint
// device's resolution turns them into the right physical size), so the painter is not scaled.
#include <QPointF>
#include <QRectF>

namespace bhu::ui {

class Mm {
public:
    explicit Mm(qreal dotsPerInch) : m_k(dotsPerInch / 25.4) {}
    qreal operator()(qreal mm) const { return mm * m_k; }
    QPointF point(qreal x, qreal y) const { return {x * m_k, y * m_k}; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return {x * m_k, y * m_k, w * m_k, h * m_k}; }

private:
    qreal m_k;
};

} // namespace bhu::ui
