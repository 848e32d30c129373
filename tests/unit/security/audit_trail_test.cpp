// The audit trail: an attacker with the key and a raw SQLCipher connection drops the trigger and
// edits, deletes or reorders an entry — `bhuctl verify` and `bhuctl audit verify` fail naming
// it. Queries by user, patient, action and date; the sync hook reads after a sequence number.
#include "bhu/db/AuditLog.h"
#include "bhu/db/KeySlots.h"
#include "bhu/services/AuditService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/UserService.h"
#include "security_support.h"

using namespace bhu;
using namespace bhu::services;

namespace {
// What an attacker with a password does: unwrap the key, open the file directly, drop the
// append-only triggers and run their SQL.
void tamper(const bhu::test::TestDb& t, const QString& sql)
{
    auto keys = db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path));
    ASSERT_TRUE(keys.ok());
    auto key = keys->unlock(bhu::test::kAdmin, bhu::test::kPassword);
    ASSERT_TRUE(key.ok());
    auto raw = db::Connection::open(t.path, key.value(), db::Connection::Mode::OpenExisting);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE(raw.value()->exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")).ok());
    auto s = raw.value()->exec(sql);
    ASSERT_TRUE(s.ok()) << s.error().detail.toStdString();
}

bhu::test::TestDb dbWithSomeEntries()
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    PatientService patients(*admin);
    Patient p;
    p.name = QStringLiteral("Zainab Bibi");
    p.sex = Sex::Female;
    p.birthDate = QDate(1995, 3, 14);
    auto created = patients.registerPatient(p);
    EXPECT_TRUE(created.ok());
    EXPECT_TRUE(patients.open(created->id).ok());
    EXPECT_TRUE(patients.recordPrint(created->id, QStringLiteral("card")).ok());
    return t;
}

SearchQuery nameQuery(const QString& text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

bhu::test::RunResult verifyWith(const QString& command, const bhu::test::TestDb& t)
{
    QStringList args = command == u"audit" ? QStringList{QStringLiteral("audit"), QStringLiteral("verify")} : QStringList{command};
    return bhu::test::run(QStringLiteral("bhuctl"), args << QStringLiteral("--db") << t.path);
}
} // namespace

TEST(AuditTamper, UntouchedTrailVerifies)
{
    auto t = dbWithSomeEntries();
    EXPECT_EQ(verifyWith(QStringLiteral("verify"), t).exitCode, 0);
    EXPECT_EQ(verifyWith(QStringLiteral("audit"), t).exitCode, 0);
}

struct TamperCase {
    const char* name;
    const char* sql;
    const char* expected;   // in bhuctl's message
};

class AuditTamper : public ::testing::TestWithParam<TamperCase> {};

TEST_P(AuditTamper, BhuctlVerifyFailsNamingTheEntry)
{
    auto t = dbWithSomeEntries();
    tamper(t, QString::fromLatin1(GetParam().sql));
    for (const QString& command : {QStringLiteral("verify"), QStringLiteral("audit")}) {
        auto r = verifyWith(command, t);
        EXPECT_EQ(r.exitCode, 1) << command.toStdString() << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(GetParam().expected)) << command.toStdString() << ": " << r.err.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Edits, AuditTamper,
    ::testing::Values(TamperCase{"edited", "UPDATE audit_log SET username = 'someone' WHERE seq = 3", "entry 3 (entry edited)"},
                      TamperCase{"patientChanged", "UPDATE audit_log SET patient_id = NULL WHERE action = 'patient.view'", "(entry edited)"},
                      TamperCase{"deleted", "DELETE FROM audit_log WHERE seq = 2", "entry 2 (entry missing or reordered)"},
                      TamperCase{"newestDeleted", "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)", "missing or reordered"},
                      TamperCase{"reordered",
                                 "UPDATE audit_log SET seq = -1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; "
                                 "UPDATE audit_log SET seq = 3 WHERE seq = -1",
                                 "entry 2"}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(AuditQuery, FiltersByUserPatientActionAndDate)
{
    auto t = dbWithSomeEntries();
    {
        auto admin = bhu::test::adminOf(t);
        ASSERT_TRUE(UserService(*admin).add(QStringLiteral("salma"), {}, Role::Supervisor, QStringLiteral("supervisor-pass-1")).ok());
    }
    auto sup = bhu::test::sessionAs(t, QStringLiteral("salma"), QStringLiteral("supervisor-pass-1"));
    ASSERT_TRUE(sup);
    AuditService audit(*sup);
    auto all = audit.list({});
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 6);
    EXPECT_GT(all->first().seq, all->last().seq);   // newest first

    auto logins = audit.list(AuditQuery{.action = QStringLiteral("login")});
    ASSERT_TRUE(logins.ok());
    for (const auto& e : logins.value()) EXPECT_TRUE(e.action == u"login" || e.action.startsWith(u"login.")) << e.action.toStdString();
    EXPECT_GE(logins->size(), 2);

    auto bySup = audit.list(AuditQuery{.user = QStringLiteral("SALMA")});
    ASSERT_TRUE(bySup.ok());
    ASSERT_EQ(bySup->size(), 1);
    EXPECT_EQ(bySup->first().action, u"login");

    // By patient: its MR number finds the registration, the view and the print.
    auto hits = PatientService(*sup).search(nameQuery(QStringLiteral("Zainab Bibi")));
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits->hits.isEmpty());
    auto aboutHer = audit.list(AuditQuery{.patient = hits->hits.first().mr});
    ASSERT_TRUE(aboutHer.ok());
    QStringList actions;
    for (const auto& e : aboutHer.value()) actions << e.action;
    EXPECT_TRUE(actions.contains(u"patient.create") && actions.contains(u"patient.view") && actions.contains(u"patient.print"))
        << actions.join(u',').toStdString();
    EXPECT_TRUE(audit.list(AuditQuery{.patient = QStringLiteral("99999999999")})->isEmpty());

    const QDate today = QDateTime::currentDateTimeUtc().date();
    EXPECT_EQ(audit.list(AuditQuery{.from = today, .to = today})->size(), all->size());
    EXPECT_TRUE(audit.list(AuditQuery{.from = today.addDays(-9), .to = today.addDays(-1)})->isEmpty());

    // The sync hook: after a sequence number, oldest first, linked by hashes.
    auto after = db::AuditLog(sup->store().conn()).after(2, 100);
    ASSERT_TRUE(after.ok());
    ASSERT_FALSE(after->isEmpty());
    EXPECT_EQ(after->first().seq, 3);
    for (qsizetype i = 1; i < after->size(); ++i) EXPECT_EQ(after->at(i).prevHash, after->at(i - 1).hash);
}

TEST(AuditQuery, PrintingTheTrailIsAudited)
{
    auto t = dbWithSomeEntries();
    auto admin = bhu::test::adminOf(t);
    ASSERT_TRUE(AuditService(*admin).recordPrint(AuditQuery{.user = QStringLiteral("admin")}, 12).ok());
    auto printed = AuditService(*admin).list(AuditQuery{.action = QStringLiteral("audit.print")});
    ASSERT_EQ(printed->size(), 1);
    EXPECT_TRUE(printed->first().details.contains(u"entries=12"));
}

TEST(AuditQuery, RegistryLookupHookRecordsThePatientNotTheQuery)
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    const QString id = QStringLiteral("7c1f3f0e-2a6b-4f55-9d59-2f0a4a8b1c11");
    ASSERT_TRUE(AuditService(*admin).recordRegistryLookup(QStringLiteral("3520212345671"), id).ok());
    auto e = AuditService(*admin).list(AuditQuery{.patient = id});
    ASSERT_TRUE(e.ok());
    ASSERT_EQ(e->size(), 1);
    EXPECT_EQ(e->first().action, u"registry.lookup");
    EXPECT_FALSE(e->first().details.contains(u"3520212345671"));
}
