#include "TrendChart.h"

#include "patients/PatientText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace bhu::ui {

TrendChart::TrendChart(const QString& title, const QString& unit, QWidget* parent) : QWidget(parent), m_title(title), m_unit(unit)
{
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrendChart::setSeries(const QList<Series>& series)
{
    m_series = series;
    for (Series& s : m_series) std::sort(s.points.begin(), s.points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    update();
}

int TrendChart::pointCount() const
{
    int n = 0;
    for (const Series& s : m_series) n += int(s.points.size());
    return n;
}

QSize TrendChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 9};
}

QSize TrendChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 24, fontMetrics().height() * 6};
}

void TrendChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const int lh = fm.height();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, width(), lh), Qt::AlignLeading | Qt::AlignVCenter, tr("%1 (%2)").arg(m_title, m_unit));

    QDate first, last;
    double lo = 0, hi = 0;
    bool any = false;
    for (const Series& s : std::as_const(m_series))
        for (const auto& [d, v] : s.points) {
            if (!any) {
                first = last = d;
                lo = hi = v;
                any = true;
            }
            first = qMin(first, d);
            last = qMax(last, d);
            lo = qMin(lo, v);
            hi = qMax(hi, v);
        }
    const int axisW = fm.horizontalAdvance(locale.toString(qMax(qAbs(hi), qAbs(lo)), 'f', 0)) + fm.averageCharWidth() * 2;
    const QRect plot(axisW, lh + 4, width() - axisW - 8, height() - 3 * lh - 8);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    if (!any || plot.width() < 10 || plot.height() < 10) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No measurements yet"));
        return;
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const qint64 days = qMax<qint64>(1, first.daysTo(last));
    auto at = [&](const QDate& d, double v) {
        const qreal x = first == last ? plot.center().x() : plot.left() + plot.width() * qreal(first.daysTo(d)) / qreal(days);
        const qreal y = plot.bottom() - plot.height() * (v - lo) / (hi - lo);
        return QPointF(x, y);
    };
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, plot.top() - lh / 2, axisW - 4, lh), Qt::AlignRight | Qt::AlignVCenter, locale.toString(hi, 'f', 0));
    p.drawText(QRect(0, plot.bottom() - lh / 2, axisW - 4, lh), Qt::AlignRight | Qt::AlignVCenter, locale.toString(lo, 'f', 0));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, PatientText::date(first));
    if (last != first)
        p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), lh), Qt::AlignRight | Qt::AlignVCenter, PatientText::date(last));

    int legendX = plot.left();
    for (const Series& s : std::as_const(m_series)) {
        if (s.points.isEmpty()) continue;
        QPainterPath path(at(s.points.constFirst().first, s.points.constFirst().second));
        for (const auto& [d, v] : s.points) path.lineTo(at(d, v));
        p.setPen(QPen(s.colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.colour);
        if (s.points.size() <= 60)
            for (const auto& [d, v] : s.points) p.drawEllipse(at(d, v), 2.5, 2.5);
        const QRect legend(legendX, plot.bottom() + lh + 2, fm.horizontalAdvance(s.name) + 24, lh);
        p.fillRect(QRect(legend.left(), legend.center().y() - 2, 12, 4), s.colour);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(legend.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        legendX = legend.right() + 12;
    }
}

} // namespace bhu::ui
