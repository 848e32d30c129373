#pragma once
// Downscaling and compression of clinical photos before they are stored (docs/telemedicine.md,
// "Photos"): the long edge is scaled down to kMaxLongEdge pixels (never up), EXIF orientation
// applied, and the image saved as baseline JPEG at kStartQuality; when the file is still larger
// than kByteBudget the quality steps down by 5 to kMinQuality, then the long edge shrinks by a
// fifth, until it fits. Metadata (EXIF, GPS) is dropped: the JPEG is written fresh.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QImage>

namespace bhu::services {

struct CompressedPhoto {
    QByteArray jpeg;
    int width = 0;
    int height = 0;
    int quality = 0;
};

struct PhotoLimits {
    static constexpr int kMaxLongEdge = 1280;
    static constexpr int kMinLongEdge = 640;
    static constexpr int kStartQuality = 80;
    static constexpr int kMinQuality = 60;
    static constexpr qint64 kByteBudget = 160 * 1024;
};

Result<CompressedPhoto> compressPhoto(const QImage& image);
// Reads a photo file (JPEG, PNG, …; orientation from EXIF) and compresses it.
Result<CompressedPhoto> compressPhotoFile(const QString& path);

} // namespace bhu::services
