#include "TelePhotos.h"

#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/services/PhotoCompression.h"
#include "bhu/sync/PhotoUpload.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPainter>

namespace bhu::bench {

namespace {
// A synthetic skin photo with fine detail at 4000×3000 (12 MP).
QImage lesionPhoto(quint32 seed)
{
    QImage img(4000, 3000, QImage::Format_RGB32);
    img.fill(QColor(196, 150, 120));
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    auto rnd = [&seed](int n) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 8) % quint32(n));
    };
    for (int i = 0; i < 20000; ++i) {
        p.setBrush(QColor(150 + rnd(60), 90 + rnd(50), 70 + rnd(40)));
        const int r = 2 + rnd(60);
        p.drawEllipse(rnd(4000), rnd(3000), r, r);
    }
    return img;
}
} // namespace

bool runTelePhotos(const test::TestDb& clinic, const QString& url, QJsonObject& out, QString* error)
{
    auto store = test::openTestDb(clinic);
    if (!store) return (*error = QStringLiteral("cannot open the clinic database")), false;
    db::Connection& c = store->conn();
    const db::Actor who = store->actor(QStringLiteral("bench"));
    ConsultationRequest r;
    r.patientId = c.queryText(QStringLiteral("SELECT patient_id FROM visits LIMIT 1")).value();
    r.visitId = c.queryText(QStringLiteral("SELECT id FROM visits LIMIT 1")).value();
    r.facilityCode = store->facility().code;
    r.specialty = QStringLiteral("dermatology");
    r.urgency = ConsultationUrgency::Urgent;
    r.question = QStringLiteral("Tinea corporis or something else? Treatment?");
    r.caseSummary = QStringLiteral("Patient: 34 years, female");
    db::ConsultationRepository repo(c);
    auto req = repo.createRequest(r, who);
    if (!req.ok()) return (*error = req.error().message), false;

    QElapsedTimer t;
    t.start();
    qint64 photoBytes = 0;
    for (quint32 i = 0; i < 3; ++i) {
        auto jpeg = services::compressPhoto(lesionPhoto(1000 + i));
        if (!jpeg.ok()) return (*error = jpeg.error().message), false;
        ConsultationPhoto ph;
        ph.consultationId = req->id;
        ph.caption = QStringLiteral("photo %1").arg(i + 1);
        ph.width = jpeg->width;
        ph.height = jpeg->height;
        ph.data = jpeg->jpeg;
        photoBytes += ph.data.size();
        if (auto a = repo.addPhoto(ph, who); !a.ok()) return (*error = a.error().message), false;
    }
    out.insert(QStringLiteral("compress_ms"), t.elapsed());
    out.insert(QStringLiteral("photo_bytes"), photoBytes);

    auto e = db::SyncStateStore(c).enrolment();
    if (!e.ok()) return (*error = e.error().message), false;
    QNetworkAccessManager nam;
    sync::RegistryEndpoint ep;
    ep.base = QUrl(url);
    ep.credential = e->credential;
    sync::RegistryClient client(&nam, ep);
    t.restart();
    auto up = sync::PhotoUpload(c, client).uploadAll();
    if (!up.ok()) return (*error = up.error().message + QLatin1Char(' ') + up.error().detail), false;
    out.insert(QStringLiteral("upload_ms"), t.elapsed());
    out.insert(QStringLiteral("bytes_sent"), up->bytesSent);
    out.insert(QStringLiteral("completed"), up->completed);
    return true;
}

} // namespace bhu::bench
