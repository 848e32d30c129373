#include "bhu/services/PhotoCompression.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PhotoCompression", s); }

QByteArray jpegOf(const QImage& img, int quality)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, "jpeg");
    w.setQuality(quality);
    w.setOptimizedWrite(true);
    if (!w.write(img)) return {};
    return out;
}

QImage scaledTo(const QImage& img, int longEdge)
{
    if (std::max(img.width(), img.height()) <= longEdge) return img;
    return img.width() >= img.height() ? img.scaledToWidth(longEdge, Qt::SmoothTransformation)
                                       : img.scaledToHeight(longEdge, Qt::SmoothTransformation);
}
} // namespace

Result<CompressedPhoto> compressPhoto(const QImage& image)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Error::make(ErrorCode::Invalid, tr("The picture could not be read. Take the photo again or choose another file."));
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    for (int edge = PhotoLimits::kMaxLongEdge; edge >= PhotoLimits::kMinLongEdge; edge = edge * 4 / 5) {
        const QImage scaled = scaledTo(rgb, edge);
        for (int q = PhotoLimits::kStartQuality; q >= PhotoLimits::kMinQuality; q -= 5) {
            QByteArray jpeg = jpegOf(scaled, q);
            if (jpeg.isEmpty())
                return Error::make(ErrorCode::Failed, tr("The photo could not be compressed."), QStringLiteral("jpeg writer failed"));
            const bool last = q - 5 < PhotoLimits::kMinQuality && edge * 4 / 5 < PhotoLimits::kMinLongEdge;
            if (jpeg.size() <= PhotoLimits::kByteBudget || last) return CompressedPhoto{jpeg, scaled.width(), scaled.height(), q};
        }
    }
    return Error::make(ErrorCode::Failed, tr("The photo could not be compressed."), QStringLiteral("no size fits"));
}

Result<CompressedPhoto> compressPhotoFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // Decode at most twice the target size: a 12-MP camera file need not be decoded in full.
    const QSize full = reader.size();
    if (full.isValid() && std::max(full.width(), full.height()) > 2 * PhotoLimits::kMaxLongEdge && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(full.scaled(2 * PhotoLimits::kMaxLongEdge, 2 * PhotoLimits::kMaxLongEdge, Qt::KeepAspectRatio));
    const QImage img = reader.read();
    if (img.isNull())
        return Error::make(ErrorCode::Invalid, tr("This file is not a picture that can be read (use JPEG or PNG)."),
                           QStringLiteral("image read: %1").arg(reader.errorString()));
    return compressPhoto(img);
}

} // namespace bhu::services
