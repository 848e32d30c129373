#include "TelePhotos.h"

#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/SyncStateStore.h"
#include "bhu/services/PhotoCompression.h"
#include "bhu/sync/SyncEngine.h"

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

bool runTelePhotos(const test::TestDb& clinic, QJsonObject& out, QString* error)
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

    // One real sync run, as the clinic's Sync does it: the push (patient, visit and the request's
    // text), then the photos in chunks, then their Communications. The first push acknowledgement
    // is when the registry holds the answerable request; the last is when the photos are in.
    QNetworkAccessManager nam;
    sync::SyncEngine engine(*store, &nam);
    qint64 textMs = -1, photosMs = -1;
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine, [&](const QString& phase, qint64 done, qint64) {
        if (phase != u"push" || done <= 0) return;
        if (textMs < 0) textMs = t.elapsed();
        photosMs = t.elapsed();
    });
    t.restart();
    const sync::SyncReport rep = engine.syncOnce();
    if (!rep.ok) return (*error = rep.error + QLatin1Char(' ') + rep.errorDetail), false;
    const int photosLeft = int(c.queryInt(QStringLiteral("SELECT count(*) FROM consultation_photos WHERE uploaded_bytes < size")).value());
    const qint64 requestsLeft =
        c.queryInt(QStringLiteral("SELECT count(*) FROM outbox WHERE resource_type = 'CommunicationRequest' AND state <> 'synced'")).value();
    out.insert(QStringLiteral("text_ms"), textMs);       // the request answerable at the registry
    out.insert(QStringLiteral("photos_ms"), photosMs);   // the three photos and their Communications in
    out.insert(QStringLiteral("sync_ms"), rep.durationMs);
    out.insert(QStringLiteral("text_first"), textMs >= 0 && textMs < photosMs);
    out.insert(QStringLiteral("bytes_sent"), rep.bytesSent);
    out.insert(QStringLiteral("pushed"), rep.pushed);
    out.insert(QStringLiteral("completed"), 3 - photosLeft);
    out.insert(QStringLiteral("request_left"), requestsLeft);
    if (photosLeft > 0 || requestsLeft > 0 || rep.pendingLeft > 0)
        return (*error = QStringLiteral("not everything arrived: %1 photos, %2 requests, %3 outbox entries left")
                              .arg(photosLeft)
                              .arg(requestsLeft)
                              .arg(rep.pendingLeft)),
               false;
    return true;
}

} // namespace bhu::bench
