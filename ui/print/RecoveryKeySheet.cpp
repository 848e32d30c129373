#include "RecoveryKeySheet.h"

#include <QDate>
#include <QFont>
#include <QPainter>

namespace bhu::ui {

void RecoveryKeySheet::paint(QPainter& p, qreal dpi) const
{
    const qreal mm = dpi / 25.4;
    const QRectF page(20 * mm, 20 * mm, 170 * mm, 250 * mm);
    auto font = [&](qreal pt, bool bold, bool mono = false) {
        QFont f(mono ? QStringLiteral("Monospace") : QString());
        if (mono) f.setStyleHint(QFont::TypeWriter);
        f.setPointSizeF(pt);
        f.setBold(bold);
        p.setFont(f);
    };
    qreal y = page.top();
    auto line = [&](const QString& text, qreal pt, bool bold, qreal heightMm, bool mono = false) {
        font(pt, bold, mono);
        p.drawText(QRectF(page.left(), y, page.width(), heightMm * mm), int(Qt::AlignLeading) | int(Qt::TextWordWrap), text);
        y += heightMm * mm;
    };
    line(tr("BHU Clinic — database recovery key"), 18, true, 14);
    line(tr("Facility: %1").arg(facility), 12, false, 8);
    line(tr("Printed: %1").arg(date.toString(Qt::ISODate)), 12, false, 14);
    line(recoveryKey, 20, true, 20, true);
    line(tr("This key opens the clinic database when no administrator can sign in. Keep this sheet in "
            "the facility's safe. Anyone with this key and a copy of the database can read every patient's "
            "record: never photograph it, type it into messages or leave it near the computer."),
         11, false, 40);
    line(tr("To use it: in the unlock window choose \"Forgot? Use the recovery key\", or run "
            "bhuctl recover --db PATH. A key change (Admin → Change database key) prints a new sheet; "
            "destroy this one then."),
         11, false, 30);
}

Status RecoveryKeySheet::savePdf(const QString& path) const
{
    return PrintTarget::toPdf(path, QPageSize(QPageSize::A4), tr("Recovery key"), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

Status RecoveryKeySheet::print(QPrinter& printer) const
{
    return PrintTarget::toPrinter(printer, QPageSize(QPageSize::A4), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

} // namespace bhu::ui
