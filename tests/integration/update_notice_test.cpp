// The update notice end to end (issue #12; docs/installing.md, "Update notice"): the real
// bhu-registry serves a manifest signed with a test release key (`--update-manifest`), a clinic's
// sync run fetches it (ETag: an unchanged manifest is a 304), verifies it with the key the
// verifier was given and stores the notice; `bhuctl sync` shows it to the administrator. A
// changed manifest is refused and never becomes a notice; a withdrawn one takes the notice away.
#include "SyncFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/UpdateNoticeStore.h"
#include "bhu/services/UpdateService.h"
#include "bhu/sync/SyncEngine.h"
#include "bhu/test/ReleaseKey.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bhu;
using namespace bhu::test;

namespace {

const QString kPackage = QStringLiteral("bhu-clinic_9.0.0-1_amd64.deb");

class update_notice : public SyncTest {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--update-manifest"), manifestPath()};
    }
    QString manifestPath() const { return m_dir.filePath(QStringLiteral("bhu-clinic.manifest")); }
    void announce(const QByteArray& signedManifest) const
    {
        QFile f(manifestPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(signedManifest);
    }
    // One sync run in this process, with the test release key injected into the verifier (the
    // programs use the key built into them).
    sync::SyncReport syncWithKey(const Clinic& c, const QByteArray& publicKey) const
    {
        auto s = c.session();
        sync::SyncOptions opt;
        opt.verifyUpdate = services::announcedManifestVerifier({publicKey}, QStringLiteral("0.1.0"));
        opt.programVersion = QStringLiteral("0.1.0");
        return sync::SyncEngine(s->store(), nullptr, opt).syncOnce();
    }
    std::optional<db::UpdateNotice> stored(const Clinic& c) const
    {
        auto s = c.session();
        auto n = db::UpdateNoticeStore(s->store().conn()).notice();
        EXPECT_TRUE(n.ok());
        return n.ok() ? n.value() : std::nullopt;
    }
    qint64 auditCount(const Clinic& c, const QString& action) const
    {
        auto s = c.session();
        db::AuditFilter f;
        f.action = action;
        auto r = db::AuditLog(s->store().conn()).query(f);
        return r.ok() ? r->size() : -1;
    }

    QTemporaryDir m_dir;
    ReleaseKey m_release;
};

} // namespace

TEST_F(update_notice, RegistryServesTheManifestBytesWithAnETag)
{
    const QByteArray file = m_release.signedFile(releaseManifest(kPackage, "bytes", QStringLiteral("9.0.0")));
    announce(file);
    const Device d = enroll(QStringLiteral("PB-UPD-001"), 301);
    EXPECT_EQ(get("/fhir/$update-manifest", QString()).status, 401);   // enrolled devices only
    const Resp first = get("/fhir/$update-manifest", d.credential);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(QByteArray::fromStdString(first.body), file);
    const std::string etag = first.header("ETag");
    ASSERT_FALSE(etag.empty());
    EXPECT_EQ(get("/fhir/$update-manifest", d.credential, {{"If-None-Match", etag}}).status, 304);
    announce(m_release.signedFile(releaseManifest(kPackage, "bytes", QStringLiteral("9.0.1"))));   // replaced: no restart
    const Resp changed = get("/fhir/$update-manifest", d.credential, {{"If-None-Match", etag}});
    EXPECT_EQ(changed.status, 200);
    EXPECT_NE(changed.header("ETag"), etag);
    QFile::remove(manifestPath());
    const Resp gone = get("/fhir/$update-manifest", d.credential);
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(issueCode(gone), u"not-found");
}

TEST_F(update_notice, ServeRefusesAFileThatIsNotASignedManifest)
{
    const QString wrong = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(wrong);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("version 9 is out\n");
    }
    const RunResult r = run(QStringLiteral("bhu-registry"),
                            {QStringLiteral("serve"), QStringLiteral("--db"), conninfo, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--allow-http"), QStringLiteral("--update-manifest"), wrong},
                            QString(), 20000);
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("not a signed update manifest")) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains("listening on"));
}

TEST_F(update_notice, AVerifiedNewerReleaseBecomesTheAdministratorsNotice)
{
    announce(m_release.signedFile(releaseManifest(kPackage, "bytes", QStringLiteral("9.0.0"), QStringLiteral("Faster search."))));
    auto clinic = enrolledClinic(QStringLiteral("PB-UPD-002"), 302);
    const sync::SyncReport r = syncWithKey(*clinic, m_release.publicKey);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_FALSE(r.updateRejected);
    auto n = stored(*clinic);
    ASSERT_TRUE(n.has_value());
    EXPECT_EQ(n->version, u"9.0.0");
    EXPECT_EQ(n->where, u"the district IT office");
    EXPECT_EQ(n->notes, u"Faster search.");
    EXPECT_EQ(auditCount(*clinic, QStringLiteral("update.notice")), 1);

    // Unchanged manifest: the next run gets a 304 and changes nothing.
    EXPECT_EQ(server.log().count("$update-manifest status=304"), 0);
    ASSERT_TRUE(syncWithKey(*clinic, m_release.publicKey).ok);
    EXPECT_EQ(server.log().count("$update-manifest status=304"), 1) << server.log().toStdString();
    EXPECT_EQ(auditCount(*clinic, QStringLiteral("update.notice")), 1);
    EXPECT_EQ(stored(*clinic)->version, u"9.0.0");

    // bhuctl sync (the administrator) shows it in its JSON.
    const SyncRun cli = sync(*clinic);
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    const QJsonObject update = cli.report.value(u"update_available").toObject();
    EXPECT_EQ(update.value(u"version").toString(), u"9.0.0");
    EXPECT_EQ(update.value(u"where").toString(), u"the district IT office");

    // The registry stops announcing it: the notice goes.
    QFile::remove(manifestPath());
    ASSERT_TRUE(syncWithKey(*clinic, m_release.publicKey).ok);
    EXPECT_FALSE(stored(*clinic).has_value());
    EXPECT_EQ(auditCount(*clinic, QStringLiteral("update.withdrawn")), 1);
}

TEST_F(update_notice, AChangedOrForeignManifestIsRefusedAndNeverShown)
{
    const QByteArray body = releaseManifest(kPackage, "bytes", QStringLiteral("9.0.0"));
    QByteArray changed = body;
    changed.replace("the district IT office", "http://elsewhere.example/bhu");
    announce(ReleaseKey::signedManifestFile(changed, m_release.sign(body)));
    auto clinic = enrolledClinic(QStringLiteral("PB-UPD-003"), 303);
    const sync::SyncReport r = syncWithKey(*clinic, m_release.publicKey);
    EXPECT_TRUE(r.ok) << r.error.toStdString();   // the sync itself goes on
    EXPECT_TRUE(r.updateRejected);
    EXPECT_FALSE(stored(*clinic).has_value());
    EXPECT_EQ(auditCount(*clinic, QStringLiteral("update.rejected")), 1);

    ReleaseKey stranger;
    announce(stranger.signedFile(body));
    EXPECT_TRUE(syncWithKey(*clinic, m_release.publicKey).updateRejected);
    EXPECT_FALSE(stored(*clinic).has_value());

    const SyncRun cli = sync(*clinic);
    EXPECT_FALSE(cli.report.contains(u"update_available"));
}

TEST_F(update_notice, AnOlderReleaseIsNoNotice)
{
    announce(m_release.signedFile(releaseManifest(kPackage, "bytes", QStringLiteral("0.0.9"))));
    auto clinic = enrolledClinic(QStringLiteral("PB-UPD-004"), 304);
    const sync::SyncReport r = syncWithKey(*clinic, m_release.publicKey);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_FALSE(r.updateRejected);
    EXPECT_FALSE(stored(*clinic).has_value());
}
