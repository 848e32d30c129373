// Faults during sync (label "fault"): the clinic killed with SIGKILL at random points of a sync
// 50 times while it keeps recording, and the registry killed in the middle of pushes. After
// restarts and a final sync, the registry holds every committed record exactly once and both
// sides agree: the same resource ids, and the same content for every clinical resource.
#include "SyncFixture.h"
#include "bhu/db/AuditLog.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QElapsedTimer>
#include <QThread>

using namespace bhu;
using namespace bhu::test;

namespace {

class sync_fault : public SyncTest {
protected:
    // Starts `bhuctl sync` and SIGKILLs it after `ms` (if it is still running). Remembers how
    // long a run that finished took, so the next kill can be aimed inside a run.
    void syncAndKillAfter(const Clinic& c, int ms)
    {
        QElapsedTimer t;
        t.start();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BHU_PASSWORD"), kPassword);
        p.setProcessEnvironment(env);
        p.start(binPath(QStringLiteral("bhuctl")), {QStringLiteral("sync"), QStringLiteral("--db"), c.db.path});
        ASSERT_TRUE(p.waitForStarted(10000));
        if (!p.waitForFinished(ms)) {
            p.kill();
            p.waitForFinished(10000);
            ++m_kills;
        } else {
            m_lastRunMs = static_cast<int>(t.elapsed());
        }
    }

    // Runs sync until everything is acknowledged. Entries that failed during the faults wait out
    // their backoff (exit 3) — at most ~40 s after five failures — so this keeps trying for a while.
    void syncToCompletion(const Clinic& c)
    {
        SyncRun r;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 180000) {
            r = sync(c);
            if (r.exitCode == 0) return;
            QThread::msleep(2000);
        }
        FAIL() << "sync did not complete: exit " << r.exitCode << " " << r.err.toStdString()
               << QJsonDocument(r.report).toJson(QJsonDocument::Compact).toStdString();
    }

    // The clinic's whole record as FHIR (bhuctl export) against the registry's resources.
    void expectBothSidesAgree(const Clinic& c)
    {
        const QString path = c.db.dir->filePath(QStringLiteral("export.ndjson"));
        const RunResult r = run(QStringLiteral("bhuctl"), {QStringLiteral("export"), QStringLiteral("--db"), c.db.path, QStringLiteral("--fhir"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QMap<QString, QJsonObject> local = readNdjson(path);
        const QMap<QString, QJsonObject> remote = registryResources();
        ASSERT_GT(local.size(), 100);
        QStringList missing, extra, differ;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (!remote.contains(it.key())) missing << it.key();
            else if (!it.key().startsWith(u"Patient/") && withoutMeta(it.value()) != withoutMeta(remote.value(it.key())))
                differ << it.key();
        }
        for (auto it = remote.cbegin(); it != remote.cend(); ++it)
            if (!local.contains(it.key())) extra << it.key();
        EXPECT_TRUE(missing.isEmpty()) << missing.size() << " missing at the registry, e.g. " << missing.value(0).toStdString();
        EXPECT_TRUE(extra.isEmpty()) << extra.size() << " at the registry only, e.g. " << extra.value(0).toStdString();
        EXPECT_TRUE(differ.isEmpty()) << differ.size() << " differ, e.g. " << differ.value(0).toStdString();
        // Every patient carries a national MR number on both sides.
        EXPECT_EQ(localCount(c, QStringLiteral("SELECT count(DISTINCT patient_id) FROM patient_identifiers WHERE system = 'mr'")),
                  localCount(c, QStringLiteral("SELECT count(*) FROM patients")));
        EXPECT_EQ(localCount(c, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'synced'")), 0)
            << "pending " << localCount(c, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) << ", uploading "
            << localCount(c, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'uploading'")) << ", rejected "
            << localCount(c, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'rejected'"));
        // The clinic's database is consistent (integrity, audit chain).
        const RunResult v = run(QStringLiteral("bhuctl"), {QStringLiteral("verify"), QStringLiteral("--db"), c.db.path});
        EXPECT_EQ(v.exitCode, 0) << v.out.toStdString() << v.err.toStdString();
    }

    static QJsonObject withoutMeta(QJsonObject o)
    {
        o.remove(QStringLiteral("meta"));
        return o;
    }
    static QMap<QString, QJsonObject> readNdjson(const QString& path)
    {
        QMap<QString, QJsonObject> out;
        for (const QByteArray& line : readAll(path).split('\n')) {
            if (line.trimmed().isEmpty()) continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            out.insert(o.value(u"resourceType").toString() + u'/' + o.value(u"id").toString(), o);
        }
        return out;
    }
    QMap<QString, QJsonObject> registryResources()
    {
        QMap<QString, QJsonObject> out;
        for (const auto& [key, json] : registryRows("SELECT type || '/' || id::text, content::text FROM resources WHERE NOT deleted"))
            out.insert(key, QJsonDocument::fromJson(json).object());
        return out;
    }

    int m_kills = 0;
    int m_lastRunMs = 1500;
};

} // namespace

TEST_F(sync_fault, ClinicKilledAtRandomPointsOfSync50TimesLosesAndDuplicatesNothing)
{
    auto c = enrolledClinic(QStringLiteral("PB-FSD-030"), 130);
    QList<Patient> patients = registerPatients(*c, 150, QStringLiteral("Kill"));
    for (int i = 0; i < patients.size(); ++i) addVisits(*c, patients.at(i), 2, 1000 + static_cast<std::uint64_t>(i));
    QRandomGenerator rng(20261125);   // fixed: a failure can be replayed
    for (int run = 0; run < 50; ++run) {
        // bhuctl spends ~0.5 s unlocking, then MR refill, push and pull: most kills land in them.
        syncAndKillAfter(*c, rng.bounded(50, std::max(200, m_lastRunMs)));
        {   // the front desk and the clinician keep working between attempts
            const QList<Patient> more = registerPatients(*c, 4, QStringLiteral("More"));
            for (qsizetype j = 0; j < more.size(); ++j) addVisits(*c, more.at(j), 1, 5000 + static_cast<std::uint64_t>(run * 10 + j));
        }
    }
    EXPECT_GE(m_kills, 25) << "most runs should have been cut short";
    syncToCompletion(*c);
    expectBothSidesAgree(*c);
    EXPECT_EQ(registryCount(QStringLiteral("Patient")), localCount(*c, QStringLiteral("SELECT count(*) FROM patients")));
    EXPECT_EQ(registryCount(QStringLiteral("Encounter")), localCount(*c, QStringLiteral("SELECT count(*) FROM visits")));
    // The audit trail too (issue #7): every entry the registry holds is the clinic's, each
    // once, with no gap, and no kill made a resend look like tampering.
    EXPECT_EQ(count("SELECT count(*) FROM audit_refusals"), 0);
    const long long held = count("SELECT count(*) FROM audit_entries");
    EXPECT_EQ(count("SELECT coalesce(max(seq), 0) FROM audit_entries"), held);
    EXPECT_GT(held, 0);
    QHash<QString, QString> local;
    {
        auto s = c->session();
        ASSERT_TRUE(s);
        auto all = db::AuditLog(s->store().conn()).after(0, 1000000);
        ASSERT_TRUE(all.ok());
        for (const db::AuditEntry& e : all.value()) local.insert(QString::number(e.seq), e.hash);
    }
    long long matching = 0;
    for (const auto& [seq, hash] : registryRows("SELECT seq::text, hash FROM audit_entries"))
        matching += local.value(seq) == QString::fromLatin1(hash);
    EXPECT_EQ(matching, held);
}

TEST_F(sync_fault, RegistryKilledDuringPushesKeepsEveryCommittedRecordExactlyOnce)
{
    auto c = enrolledClinic(QStringLiteral("PB-FSD-031"), 131);
    QList<Patient> patients = registerPatients(*c, 300, QStringLiteral("Cut"));
    for (int i = 0; i < patients.size(); ++i) addVisits(*c, patients.at(i), 2, 2000 + static_cast<std::uint64_t>(i));
    const int port = server.port();
    QRandomGenerator rng(7);
    for (int round = 0; round < 5; ++round) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BHU_PASSWORD"), kPassword);
        p.setProcessEnvironment(env);
        p.start(binPath(QStringLiteral("bhuctl")), {QStringLiteral("sync"), QStringLiteral("--db"), c->db.path, QStringLiteral("--timeout"), QStringLiteral("60")});
        ASSERT_TRUE(p.waitForStarted(10000));
        QThread::msleep(static_cast<unsigned long>(rng.bounded(700, 2000)));
        server.kill();   // mid-transaction, most of the time
        ASSERT_TRUE(server.start(conninfo, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)})) << server.error().toStdString();
        ASSERT_EQ(server.port(), port);
        p.waitForFinished(120000);
    }
    syncToCompletion(*c);
    expectBothSidesAgree(*c);
    // Nothing half-stored: every change in the feed points to a stored version.
    EXPECT_EQ(count("SELECT count(*) FROM changes ch LEFT JOIN resource_versions v ON v.type = ch.type AND v.id = ch.id "
                    "AND v.server_version = ch.version WHERE v.id IS NULL"),
              0);
}
