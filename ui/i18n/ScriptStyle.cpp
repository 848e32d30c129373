#include "ScriptStyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QStyleOption>
#include <QWidget>
#include <cmath>

namespace bhu::ui {

QString ScriptStyle::tallSample()
{
    // Stacked initial forms (بہت، پیچیدگی) rise highest; ی، ے، ں and ج reach lowest.
    return QStringLiteral("پیچیدگی بہتیں نستعلیق کیجیے ججّے Ág");
}

int ScriptStyle::lineHeight(const QFont& font)
{
    static QHash<QString, int> cache;   // GUI thread only
    const QString key = font.key();
    if (auto it = cache.constFind(key); it != cache.cend()) return *it;
    const QFontMetricsF fm(font);
    const QRectF ink = fm.boundingRect(tallSample());
    // Widgets centre the declared ascent + descent in their contents: the ink beyond it on
    // either side must fit on both sides.
    const qreal over = qMax(qreal(0), qMax(-ink.top() - fm.ascent(), ink.bottom() - fm.descent()));
    const int h = int(std::ceil(fm.ascent() + fm.descent() + 2 * over)) + 1;
    cache.insert(key, h);
    return h;
}

namespace {
QFont fontOf(const QWidget* widget) { return widget ? widget->font() : QApplication::font(); }
} // namespace

int ScriptStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    if (metric == PM_HeaderDefaultSectionSizeVertical) {
        // Table rows: the text plus the item's margins above and below.
        const int margin = QProxyStyle::pixelMetric(PM_FocusFrameVMargin, option, widget) + 2;
        return qMax(base, lineHeight(fontOf(widget)) + 2 * margin);
    }
    return base;
}

QSize ScriptStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_LineEdit:
    case CT_ComboBox:
    case CT_SpinBox: {
        // The contents' height as the widget asked for it (font height), replaced by the ink's.
        const QFont font = fontOf(widget);
        const int extra = lineHeight(font) - QFontMetrics(font).height();
        if (extra > 0) s.rheight() += extra;
        break;
    }
    default:
        break;
    }
    return s;
}

} // namespace bhu::ui
