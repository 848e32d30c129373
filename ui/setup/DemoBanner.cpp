#include "DemoBanner.h"

namespace bhu::ui {

DemoBanner::DemoBanner(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setTextFormat(Qt::PlainText);
    setText(tr("DEMO — training data. The patients here are invented; nothing is synchronised or reported."));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
    setMargin(fontMetrics().height() / 2);
    // Black on amber: readable in sunlight and in grey-scale, unlike any colour the screens use.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfb, 0xbf, 0x24));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    setAccessibleName(text());
}

} // namespace bhu::ui
