#pragma once
// A message label of the consultation widgets: red for a refusal, green for done (as the visit
// form's), hidden when empty.
#include <QColor>
#include <QLabel>
#include <QPalette>

namespace bhu::ui {

inline void showStatus(QLabel* label, const QString& text, bool error)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1b, 0x6e, 0x3a));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace bhu::ui
