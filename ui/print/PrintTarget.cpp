#include "PrintTarget.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <cmath>

namespace bhu::ui {

Status PrintTarget::toPdf(const QString& path, const QPageSize& page, const QString& title, const PaintFunction& paint)
{
    QPdfWriter writer(path);
    writer.setPageSize(page);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("BHU Clinic"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(ErrorCode::Failed, tr("Could not write %1. Choose another folder, or check that the disk is not full.").arg(path),
                           QStringLiteral("pdf.begin"));
    paint(painter, writer.resolution());
    painter.end();
    if (QFileInfo(path).size() <= 0)
        return Error::make(ErrorCode::Failed, tr("Could not write %1. Choose another folder, or check that the disk is not full.").arg(path),
                           QStringLiteral("pdf.empty"));
    return Status::success();
}

Status PrintTarget::toPrinter(QPrinter& printer, const QPageSize& page, const PaintFunction& paint)
{
    printer.setFullPage(true);
    printer.setPageSize(page);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::make(ErrorCode::Failed, tr("The printer %1 could not start printing. Check that it is on and has paper.").arg(printer.printerName()),
                           QStringLiteral("printer.begin"));
    paint(painter, printer.resolution());
    painter.end();
    return Status::success();
}

QImage PrintTarget::toImage(const QPageSize& page, int dpi, const PaintFunction& paint)
{
    const QSizeF mm = page.size(QPageSize::Millimeter);
    QImage image(static_cast<int>(std::lround(mm.width() * dpi / 25.4)), static_cast<int>(std::lround(mm.height() * dpi / 25.4)),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, dpi);
    return image;
}

} // namespace bhu::ui
