// The bhu-registry command line: migrate is repeatable, serve refuses plain HTTP unless asked,
// serve over TLS works, facility add issues distinct tokens.
#include "RegistryFixture.h"

#include "bhu/test/TestSupport.h"

#include <QFile>
#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace bhu::test {

namespace {
// A self-signed certificate and key for 127.0.0.1, written as PEM files.
bool writeSelfSigned(const QString& certPath, const QString& keyPath)
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    X509* cert = X509_new();
    if (!key || !cert) return false;
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    bool ok = X509_sign(cert, key, EVP_sha256()) > 0;
    FILE* c = std::fopen(certPath.toLocal8Bit().constData(), "w");
    FILE* k = std::fopen(keyPath.toLocal8Bit().constData(), "w");
    ok = ok && c && k && PEM_write_X509(c, cert) == 1 && PEM_write_PrivateKey(k, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    if (c) std::fclose(c);
    if (k) std::fclose(k);
    X509_free(cert);
    EVP_PKEY_free(key);
    return ok;
}
} // namespace

using Cli = RegistryTest;

TEST_F(Cli, MigrateIsRepeatable)
{
    const RunResult r = run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("applied 0 migration(s)")) << r.out.toStdString();
    // Each migration recorded once (the list grows as branches add migrations).
    EXPECT_GE(count("SELECT count(*) FROM schema_migrations"), 1);
    EXPECT_EQ(count("SELECT count(*) - count(DISTINCT version) FROM schema_migrations"), 0);
}

TEST_F(Cli, ServeRefusesPlainHttpUnlessAllowed)
{
    const RunResult r = run(QStringLiteral("bhu-registry"),
                            {QStringLiteral("serve"), QStringLiteral("--db"), conninfo, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                            QString(), 20000);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("--allow-http")) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains("listening on"));
}

TEST_F(Cli, ServeOverTls)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("registry.crt")), key = dir.filePath(QStringLiteral("registry.key"));
    ASSERT_TRUE(writeSelfSigned(cert, key));
    const Device d = enroll(QStringLiteral("F1"), 1);
    server.stop();

    QProcess tls;
    tls.setStandardErrorFile(dir.filePath(QStringLiteral("log")));
    tls.start(binPath(QStringLiteral("bhu-registry")), {QStringLiteral("serve"), QStringLiteral("--db"), conninfo, QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"), cert, QStringLiteral("--key"), key});
    ASSERT_TRUE(tls.waitForStarted(10000));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        tls.waitForReadyRead(200);
        out += tls.readAllStandardOutput();
    }
    ASSERT_TRUE(out.startsWith("listening on https://127.0.0.1:")) << out.toStdString();
    const int port = out.mid(out.lastIndexOf(':') + 1).split('/').first().toInt();

    httplib::SSLClient client("127.0.0.1", port);
    client.set_ca_cert_path(cert.toStdString().c_str());
    client.enable_server_certificate_verification(true);
    auto res = client.Get("/fhir/$changes", httplib::Headers{{"Authorization", "Bearer " + d.credential.toStdString()}});
    ASSERT_TRUE(res) << httplib::to_string(res.error());
    EXPECT_EQ(res->status, 200);
    // Plain HTTP to the TLS port gets no answer.
    httplib::Client plain("127.0.0.1", port);
    plain.set_read_timeout(5, 0);
    auto p = plain.Get("/fhir/$changes");
    EXPECT_TRUE(!p || p->status != 200);
    tls.terminate();
    EXPECT_TRUE(tls.waitForFinished(10000));
}

TEST_F(Cli, FacilityAddIssuesDistinctTokensAndNumbers)
{
    const QString t1 = addFacility(QStringLiteral("F1"), QStringLiteral("BHU One"));
    const QString t2 = addFacility(QStringLiteral("F2"), QStringLiteral("BHU Two"));
    const QString t3 = addFacility(QStringLiteral("F1"), QStringLiteral("BHU One"));   // a new token, same facility
    EXPECT_NE(t1, t2);
    EXPECT_NE(t1, t3);
    EXPECT_EQ(count("SELECT count(*) FROM facilities"), 2);
    EXPECT_EQ(count("SELECT count(DISTINCT number) FROM facilities"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM enrolment_tokens"), 3);
    EXPECT_EQ(enrollRaw(t3).status, 200);
    EXPECT_EQ(enrollRaw(t1).status, 200);
}

} // namespace bhu::test
