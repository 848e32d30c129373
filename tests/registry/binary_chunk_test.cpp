// POST [base]/Binary/$chunk (docs/telemedicine.md, "Registry and sync"): a photo uploaded in
// chunks, with retries of chunks that already arrived, a gap refused with the offset to resume
// from, the whole-file hash checked at the end, stored exactly once, byte-identical, read-only
// once complete, and only for the facility that uploads it.
#include "RegistryFixture.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace bhu::test;

namespace {
class BinaryChunks : public RegistryTest {
protected:
    QByteArray photo = [] {
        QByteArray b(150000, Qt::Uninitialized);
        QRandomGenerator g(42);
        for (char& c : b) c = static_cast<char>(g.bounded(256));
        return b;
    }();
    QString sha = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    QString id = newId();

    Resp chunk(const Device& d, long long offset, int len, const QString& hash = {})
    {
        const std::string path = QStringLiteral("/fhir/Binary/$chunk?id=%1&offset=%2&size=%3&sha256=%4&contentType=image/jpeg")
                                     .arg(id)
                                     .arg(offset)
                                     .arg(photo.size())
                                     .arg(hash.isEmpty() ? sha : hash)
                                     .toStdString();
        return post(path, photo.mid(offset, len), d.credential, {{"Content-Type", "application/octet-stream"}});
    }
    static long long offsetOf(const Resp& r)
    {
        for (const QJsonValue p : r.json.value(u"parameter").toArray())
            if (p.toObject().value(u"name").toString() == u"offset") return p.toObject().value(u"valueInteger").toInteger();
        return -1;
    }
    static bool completeOf(const Resp& r)
    {
        for (const QJsonValue p : r.json.value(u"parameter").toArray())
            if (p.toObject().value(u"name").toString() == u"complete") return p.toObject().value(u"valueBoolean").toBool();
        return false;
    }
};
} // namespace

TEST_F(BinaryChunks, AnUploadResumesAndIsStoredOnceByteIdentical)
{
    const Device d = enroll(QStringLiteral("BHU-0001"), 1);
    Resp r = chunk(d, 0, 60000);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(offsetOf(r), 60000);
    // The answer was lost: the clinic sends the same chunk again. Nothing is written twice.
    r = chunk(d, 0, 60000);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(offsetOf(r), 60000);
    // A chunk past the committed offset (a gap) is refused with where to resume.
    r = chunk(d, 120000, 30000);
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(offsetOf(r), 60000);
    // The clinic asks where to resume after a restart.
    r = get(QStringLiteral("/fhir/Binary/$chunk?id=%1").arg(id).toStdString(), d.credential);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(offsetOf(r), 60000);
    // An overlapping chunk stores only its new part.
    r = chunk(d, 50000, 60000);
    EXPECT_EQ(offsetOf(r), 110000);
    r = chunk(d, 110000, 40000);
    EXPECT_EQ(r.status, 201) << r.body;
    EXPECT_TRUE(completeOf(r));
    EXPECT_EQ(count("SELECT count(*) FROM binaries"), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM binaries WHERE complete AND encode(sha256(data), 'hex') = '%1' AND length(data) = %2")
                        .arg(sha)
                        .arg(photo.size())
                        .toStdString()),
              1);
    // Sent again after completion: acknowledged, nothing changes.
    r = chunk(d, 0, 60000);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(completeOf(r));
    EXPECT_THROW(exec("UPDATE binaries SET data = ''::bytea"), std::exception);
    EXPECT_THROW(exec("DELETE FROM binaries"), std::exception);
}

TEST_F(BinaryChunks, AWrongWholeFileHashDiscardsTheBytes)
{
    const Device d = enroll(QStringLiteral("BHU-0001"), 1);
    const QString wrong = QString(64, u'a');
    ASSERT_EQ(chunk(d, 0, 64 * 1024, wrong).status, 200);
    ASSERT_EQ(chunk(d, 64 * 1024, 64 * 1024, wrong).status, 200);
    Resp r = chunk(d, 128 * 1024, photo.size() - 128 * 1024, wrong);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_EQ(offsetOf(r), 0);
    EXPECT_EQ(count("SELECT count(*) FROM binaries WHERE complete OR committed > 0"), 0);
}

TEST_F(BinaryChunks, AnotherFacilityCannotWriteOrProbeIt)
{
    const Device a = enroll(QStringLiteral("BHU-0001"), 1);
    const Device b = enroll(QStringLiteral("BHU-0002"), 2);
    ASSERT_EQ(chunk(a, 0, 1000).status, 200);
    EXPECT_EQ(chunk(b, 1000, 1000).status, 403);
    EXPECT_EQ(get(QStringLiteral("/fhir/Binary/$chunk?id=%1").arg(id).toStdString(), b.credential).status, 403);
}

TEST_F(BinaryChunks, BadParametersAndOversizedChunksAreRefused)
{
    const Device d = enroll(QStringLiteral("BHU-0001"), 1);
    EXPECT_EQ(post("/fhir/Binary/$chunk?id=x&offset=0&size=10&sha256=" + sha.toStdString(), "0123456789", d.credential).status, 400);
    EXPECT_EQ(chunk(d, 0, 70000).status, 413);
}
