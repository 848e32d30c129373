#pragma once
// Where a printed layout goes: a PDF file, a printer, or an image (previews and tests).
// The layout is a function painting at the painter's origin on a device of the given dpi.
#include "bhu/domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <functional>

class QPainter;
class QPrinter;

namespace bhu::ui {

using PaintFunction = std::function<void(QPainter& painter, qreal dpi)>;

class PrintTarget {
    Q_DECLARE_TR_FUNCTIONS(PrintTarget)
public:
    static Status toPdf(const QString& path, const QPageSize& page, const QString& title, const PaintFunction& paint);
    static Status toPrinter(QPrinter& printer, const QPageSize& page, const PaintFunction& paint);
    static QImage toImage(const QPageSize& page, int dpi, const PaintFunction& paint);
};

} // namespace bhu::ui
