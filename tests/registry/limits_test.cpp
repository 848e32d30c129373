// Refused requests: malformed JSON, not a transaction Bundle, oversized bodies, gzip bombs,
// unknown encodings — each an OperationOutcome, and nothing stored.
#include "RegistryFixture.h"

#include <QJsonDocument>
#include <pqxx/pqxx>
#include <zlib.h>

namespace bhu::test {

namespace {
QByteArray gzip(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&z, static_cast<uLong>(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}
} // namespace

class Limits : public RegistryTest {
protected:
    void expectRefused(const Resp& r, int status, const QString& code)
    {
        EXPECT_EQ(r.status, status) << r.body;
        EXPECT_EQ(issueCode(r), code) << r.body;
        EXPECT_EQ(count("SELECT count(*) FROM resources"), 0);
    }
};

TEST_F(Limits, MalformedBundlesAreRefusedWholeWith400)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    expectRefused(post("/fhir", "{\"resourceType\": \"Bundle\", ", d.credential), 400, QStringLiteral("structure"));
    expectRefused(postJson("/fhir", patientResource(p, 1), d.credential), 400, QStringLiteral("invalid"));
    QJsonObject batch = transaction({entry(patientResource(p, 1))});
    batch.insert(QStringLiteral("type"), QStringLiteral("batch"));
    expectRefused(postJson("/fhir", batch, d.credential), 400, QStringLiteral("invalid"));
    QJsonObject noRequest = entry(patientResource(p, 1));
    noRequest.remove(QStringLiteral("request"));
    expectRefused(postJson("/fhir", transaction({entry(encounterResource(newId(), p.id)), noRequest}), d.credential), 400,
                  QStringLiteral("structure"));
}

TEST_F(Limits, OversizedBodyIs413)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    QByteArray big(9 * 1024 * 1024, ' ');
    big.prepend("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]");
    big.append('}');
    expectRefused(post("/fhir", big, d.credential), 413, QStringLiteral("too-costly"));
}

TEST_F(Limits, TooManyEntriesIs413)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    QJsonArray entries;
    for (int i = 0; i < 1001; ++i) entries.append(entry(encounterResource(newId(), p.id)));
    expectRefused(postJson("/fhir", transaction(entries), d.credential), 413, QStringLiteral("too-costly"));
}

TEST_F(Limits, GzipBodyIsAcceptedAndAZipBombIs413)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Patient p = makePatient(d.facilityCode, QStringLiteral("Amina Bibi"));
    const QByteArray json = QJsonDocument(transaction({entry(patientResource(p, 1))})).toJson(QJsonDocument::Compact);
    const Resp ok = post("/fhir", gzip(json), d.credential, {{"Content-Encoding", "gzip"}});
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_EQ(entryStatus(ok, 0), QStringLiteral("201 Created"));
    exec("DELETE FROM changes; DELETE FROM catchment; DELETE FROM identifiers; DELETE FROM resource_versions; DELETE FROM resources");

    QByteArray bomb(48 * 1024 * 1024, ' ');   // 48 MiB of spaces: ~50 KiB compressed
    bomb.prepend("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]");
    bomb.append('}');
    const QByteArray z = gzip(bomb);
    ASSERT_LT(z.size(), 1024 * 1024);
    expectRefused(post("/fhir", z, d.credential, {{"Content-Encoding", "gzip"}}), 413, QStringLiteral("too-costly"));
    // The server is still there.
    EXPECT_EQ(get("/fhir/$changes", d.credential).status, 200);
}

TEST_F(Limits, UnknownContentEncodingIs415)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    expectRefused(post("/fhir", "xx", d.credential, {{"Content-Encoding", "compress"}}), 415, QStringLiteral("not-supported"));
}

TEST_F(Limits, ResponsesAreGzippedWhenAccepted)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    QJsonArray entries;
    for (int i = 0; i < 5; ++i) entries.append(entry(patientResource(makePatient(d.facilityCode, QStringLiteral("Amina Bibi")), 1)));
    ASSERT_EQ(postJson("/fhir", transaction(entries), d.credential).status, 200);
    // httplib::Client inflates transparently; the header tells that the wire was gzip.
    const Resp r = get("/fhir/$changes", d.credential, {{"Accept-Encoding", "gzip"}});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.header("Content-Encoding"), "gzip");
    EXPECT_EQ(r.json.value(u"entry").toArray().size(), 5);
    const Resp plain = get("/fhir/$changes", d.credential, {{"Accept-Encoding", "identity"}});
    EXPECT_EQ(plain.header("Content-Encoding"), "");
}

TEST_F(Limits, UnknownEndpointIsAnOperationOutcome)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Resp r = get("/fhir/Nothing/here/at/all", d.credential);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(issueCode(r), QStringLiteral("not-found"));
}

} // namespace bhu::test

namespace bhu::test {

TEST_F(Limits, AnUnreachableDatabaseIs503Transient)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    ASSERT_EQ(get("/fhir/$changes", d.credential).status, 200);
    // The database disappears under the running server (its connections are terminated).
    QString admin = conninfo;
    const QString name = conninfo.section(QStringLiteral("dbname="), 1).section(u' ', 0, 0);
    admin.replace(QStringLiteral("dbname=") + name, QStringLiteral("dbname=postgres"));
    {
        pqxx::connection c(admin.toStdString());
        pqxx::nontransaction w(c);
        w.exec("DROP DATABASE " + name.toStdString() + " WITH (FORCE)");
    }
    const Resp r = get("/fhir/$changes", d.credential);
    EXPECT_EQ(r.status, 503) << r.body;
    EXPECT_EQ(issueCode(r), QStringLiteral("transient"));
    EXPECT_EQ(r.body.find("dbname"), std::string::npos);   // no internals in the answer
}

} // namespace bhu::test
