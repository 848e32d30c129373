// Audit sync end to end (issue #7): a clinic (`bhuctl sync`) sends its hash-chained audit trail
// to the real bhu-registry. Entries arrive exactly once across two syncs and a full replay;
// the registry's copy is append-only (UPDATE/DELETE/TRUNCATE fail) and `bhu-registry audit
// verify` re-checks it; a clinic whose chain was rewritten — consistently enough to pass its own
// verify — or has a gap is refused and the refusal is recorded.
#include "SyncFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/AuditSyncState.h"
#include "bhu/db/SyncStateStore.h"

#include <pqxx/pqxx>

using namespace bhu;
using namespace bhu::test;

namespace {

class audit_sync : public SyncTest {
protected:
    // "seq:hash" of every entry, in seq order.
    QStringList registryChain()
    {
        QStringList out;
        for (const auto& [seq, hash] : registryRows("SELECT seq::text, hash FROM audit_entries ORDER BY audit_entries.seq"))
            out.append(seq + u':' + QString::fromUtf8(hash));
        return out;
    }
    QStringList localChain(const Clinic& c)
    {
        auto s = c.session();
        auto all = db::AuditLog(s->store().conn()).after(0, 1000000);
        EXPECT_TRUE(all.ok());
        QStringList out;
        for (const db::AuditEntry& e : all.value()) out.append(QString::number(e.seq) + u':' + e.hash);
        return out;
    }
    void resetAuditCursor(const Clinic& c)
    {
        auto s = c.session();
        auto e = db::SyncStateStore(s->store().conn()).enrolment();
        ASSERT_TRUE(db::AuditSyncState(s->store().conn()).setSentThrough(e->deviceId, 0).ok());
    }
    RunResult verify(const QString& facility)
    {
        return run(QStringLiteral("bhu-registry"),
                   {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), conninfo, QStringLiteral("--facility"), facility});
    }
    // Throws pqxx::sql_error when the registry refuses the statement.
    void registrySql(const std::string& sql)
    {
        pqxx::connection c(conninfo.toStdString());
        pqxx::work w(c);
        w.exec(sql);
        w.commit();
    }
};

// What an intruder with the database key does: edit entry `seq` and re-hash every later entry
// so the local chain verifies again.
void rewriteLocalChainFrom(const Clinic& c, qint64 seq)
{
    auto s = c.session();
    db::Connection& conn = s->store().conn();
    ASSERT_TRUE(conn.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    auto all = db::AuditLog(conn).after(0, 1000000);
    ASSERT_TRUE(all.ok());
    QString prev = kAuditGenesis;
    for (db::AuditEntry e : all.value()) {
        if (e.seq == seq) e.details = QStringLiteral("nothing to see");
        if (e.seq >= seq) {
            e.prevHash = prev;
            e.hash = auditHash(e);
            auto st = conn.prepare("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?");
            ASSERT_TRUE(st.ok());
            st.value()->bind(1, e.details).bind(2, e.prevHash).bind(3, e.hash).bind(4, e.seq);
            ASSERT_TRUE(st.value()->run().ok());
        }
        prev = e.hash;
    }
    ASSERT_TRUE(db::AuditLog(conn).verify().ok());   // the local check is fooled
}

} // namespace

TEST_F(audit_sync, EntriesArriveOnceAcrossTwoSyncsAndAReplay)
{
    auto a = enrolledClinic(QStringLiteral("PB-AUD-001"), 201);
    const QList<Patient> patients = registerPatients(*a, 3, QStringLiteral("Gulnaz"));
    const SyncRun r1 = sync(*a);
    ASSERT_EQ(r1.exitCode, 0) << r1.err.toStdString();
    const int first = r1.report.value(u"audit_pushed").toInt();
    ASSERT_GT(first, 3);   // database.create, user.add, sync.enrol, 3 × patient.create, sync.push, …
    EXPECT_EQ(count("SELECT count(*) FROM audit_entries"), first);
    QStringList local = localChain(*a);
    EXPECT_EQ(registryChain(), local.mid(0, first));

    registerPatients(*a, 2, QStringLiteral("Gulnaz"));
    const SyncRun r2 = sync(*a);
    ASSERT_EQ(r2.exitCode, 0) << r2.err.toStdString();
    const int second = r2.report.value(u"audit_pushed").toInt();
    EXPECT_GE(second, 2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_entries"), first + second);
    local = localChain(*a);
    EXPECT_EQ(registryChain(), local.mid(0, first + second));

    // A replay of the whole trail (the clinic lost its cursor): duplicates are ignored.
    resetAuditCursor(*a);
    const SyncRun r3 = sync(*a);
    ASSERT_EQ(r3.exitCode, 0) << r3.err.toStdString();
    const int third = r3.report.value(u"audit_pushed").toInt();
    EXPECT_GT(third, first + second);   // everything offered again …
    local = localChain(*a);
    EXPECT_EQ(registryChain(), local.mid(0, third));   // … each held once, in order
    EXPECT_EQ(count("SELECT count(*) FROM audit_refusals"), 0);

    const RunResult v = verify(QStringLiteral("PB-AUD-001"));
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_TRUE(v.out.contains(QByteArray(QByteArray::number(third) + " entries, chain intact"))) << v.out.toStdString();

    // Patient identity only as ids.
    const auto text = registryRows("SELECT 'x', string_agg(concat_ws('|', entry_id, username, action, entity_type, entity_id,"
                                   " patient_id, source, details), E'\\n') FROM audit_entries");
    ASSERT_EQ(text.size(), 1);
    EXPECT_TRUE(text.constFirst().second.contains(patients.constFirst().id.toUtf8()));
    for (const Patient& p : patients) {
        EXPECT_FALSE(text.constFirst().second.contains(p.name.toUtf8())) << p.name.toStdString();
        if (!p.phone.isEmpty()) {
            EXPECT_FALSE(text.constFirst().second.contains(p.phone.toUtf8()));
        }
    }
}

TEST_F(audit_sync, RegistryCopyIsAppendOnlyAndVerifyNamesAnEditedEntry)
{
    auto a = enrolledClinic(QStringLiteral("PB-AUD-002"), 202);
    registerPatients(*a, 1, QStringLiteral("Sadia"));
    ASSERT_EQ(sync(*a).exitCode, 0);
    ASSERT_GE(count("SELECT count(*) FROM audit_entries"), 3);
    EXPECT_THROW(registrySql("UPDATE audit_entries SET details = 'x' WHERE seq = 2"), pqxx::sql_error);
    EXPECT_THROW(registrySql("DELETE FROM audit_entries WHERE seq = 2"), pqxx::sql_error);
    EXPECT_THROW(registrySql("TRUNCATE audit_entries"), pqxx::sql_error);
    EXPECT_EQ(verify(QStringLiteral("PB-AUD-002")).exitCode, 0);

    // Only the table owner can get past the trigger; the chain still gives the edit away.
    registrySql("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only;"
                "UPDATE audit_entries SET details = 'x' WHERE seq = 2;"
                "ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only");
    const RunResult v = verify(QStringLiteral("PB-AUD-002"));
    EXPECT_EQ(v.exitCode, 3);
    EXPECT_TRUE(v.out.contains("BROKEN at entry 2 (entry edited)")) << v.out.toStdString();
    EXPECT_EQ(verify(QStringLiteral("NO-SUCH")).exitCode, 1);
}

TEST_F(audit_sync, RewrittenTrailIsRefusedAndRecorded)
{
    auto a = enrolledClinic(QStringLiteral("PB-AUD-003"), 203);
    registerPatients(*a, 2, QStringLiteral("Rukhsana"));
    ASSERT_EQ(sync(*a).exitCode, 0);
    const auto before = registryChain();
    ASSERT_GE(before.size(), 3);

    rewriteLocalChainFrom(*a, 2);
    resetAuditCursor(*a);   // the intruder also resets what was sent, hoping to overwrite it
    const SyncRun r = sync(*a);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.report.value(u"audit_refused").toBool());
    EXPECT_TRUE(r.report.value(u"ok").toBool());   // the clinical sync itself went on
    EXPECT_TRUE(r.err.contains("audit")) << r.err.toStdString();
    EXPECT_EQ(registryChain(), before);   // the registry kept the original entries
    EXPECT_EQ(count("SELECT count(*) FROM audit_refusals WHERE seq = 2 AND reason = 'changed'"), 1);
    EXPECT_TRUE(server.log().contains("audit refused seq=2 reason=changed"));
    const RunResult v = verify(QStringLiteral("PB-AUD-003"));
    EXPECT_EQ(v.exitCode, 0);   // the registry's copy is intact …
    EXPECT_TRUE(v.out.contains("1 refused resend(s)")) << v.out.toStdString();   // … and the attempt is on record

    EXPECT_THROW(registrySql("UPDATE audit_refusals SET reason = 'gap'"), pqxx::sql_error);   // the evidence stays
    EXPECT_THROW(registrySql("DELETE FROM audit_refusals"), pqxx::sql_error);

    // Sent again next run: refused again, recorded once.
    EXPECT_EQ(sync(*a).exitCode, 3);
    EXPECT_EQ(count("SELECT count(*) FROM audit_refusals"), 1);
}

TEST_F(audit_sync, GapInTheTrailIsRefused)
{
    auto a = enrolledClinic(QStringLiteral("PB-AUD-004"), 204);
    ASSERT_EQ(sync(*a).exitCode, 0);
    const long long held = count("SELECT count(*) FROM audit_entries");
    registerPatients(*a, 2, QStringLiteral("Nasreen"));
    {   // the first entry not yet sent disappears
        auto s = a->session();
        db::Connection& conn = s->store().conn();
        ASSERT_TRUE(conn.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
        ASSERT_TRUE(conn.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(held + 1)).ok());
    }
    const SyncRun r = sync(*a);
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.report.value(u"audit_refused").toBool());
    EXPECT_EQ(count("SELECT count(*) FROM audit_entries"), held);
    EXPECT_EQ(count("SELECT count(*) FROM audit_refusals WHERE reason = 'gap'"), 1);
}
