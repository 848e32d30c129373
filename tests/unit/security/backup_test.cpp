// Backups: an online copy through the SQLite backup API, still encrypted (byte scan for the
// seeded patients' names, CNICs and phones), its key file beside it, keep-N, and a restore that
// is verified before it replaces anything.
#include "bhu/db/KeySlots.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/services/BackupService.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/PatientGenerator.h"
#include "security_support.h"

#include <QDir>
#include <QFile>

using namespace bhu;
using namespace bhu::services;

namespace {
RegisterOptions confirmed()
{
    RegisterOptions o;
    o.confirmedNotDuplicate = true;
    return o;
}

const QDate kToday(2026, 11, 25);

QList<QByteArray> needles(const QList<Patient>& patients)
{
    QList<QByteArray> out;
    for (const Patient& p : patients) {
        if (p.name.toUtf8().size() >= 5) out << p.name.toUtf8();
        for (const auto& i : p.identifiers) out << i.value.toUtf8();
        if (!p.phone.isEmpty()) out << p.phone.toUtf8();
    }
    return out;
}

struct Seeded {
    bhu::test::TestDb t;
    QList<QByteArray> needles;
};

Seeded seeded(int n)
{
    Seeded s{bhu::test::makeTestDb(), {}};
    auto admin = bhu::test::adminOf(s.t);
    QList<Patient> patients = synth::PatientGenerator(5, kToday, QStringLiteral("BHU-0001")).next(n);
    s.needles = needles(patients);
    EXPECT_TRUE(db::PatientRepository(admin->store().conn()).createMany(patients, admin->actor()).ok());
    return s;
}
} // namespace

TEST(Backup, RoundTripStaysEncryptedAndRestoresEverything)
{
    auto s = seeded(400);
    QTemporaryDir usb;
    QString file;
    {
        auto admin = bhu::test::adminOf(s.t);
        // The scan itself must be able to find names: the live database holds them in plaintext
        // to a connection, so check the needles are real first.
        auto p = db::PatientRepository(admin->store().conn()).count();
        ASSERT_EQ(p.value(), 400);
        QList<qint64> progress;
        auto r = BackupService(*admin).backupNow(usb.path(), 7, [&](qint64 done, qint64 total) { progress << done * 100 / qMax<qint64>(total, 1); });
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        file = r->file;
        EXPECT_TRUE(file.endsWith(BackupService::fileSuffix()));
        ASSERT_FALSE(progress.isEmpty());
        EXPECT_EQ(progress.last(), 100);
        // Work goes on during and after the backup (other connection).
        Patient extra;
        extra.name = QStringLiteral("Added After Backup");
        extra.sex = Sex::Male;
        extra.birthDate = QDate(1980, 1, 1);
        ASSERT_TRUE(PatientService(*admin).registerPatient(extra, confirmed()).ok());
    }
    const QByteArray bytes = bhu::test::readAll(file);
    ASSERT_GT(bytes.size(), 100000);
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_EQ(bhu::test::countPlaintext(bytes, s.needles), 0);
    EXPECT_EQ(bhu::test::countPlaintext(bhu::test::readAll(file + QStringLiteral(".keys")), s.needles), 0);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));

    // Restore into the live path: verified, then replaced; the old database kept beside it.
    ASSERT_TRUE(BackupService::restore(file, s.t.path, bhu::test::kAdmin, bhu::test::kPassword).ok());
    EXPECT_TRUE(QFile::exists(s.t.path + QStringLiteral(".before-restore")));
    auto admin = bhu::test::adminOf(s.t);
    ASSERT_TRUE(admin);
    EXPECT_EQ(db::PatientRepository(admin->store().conn()).count().value(), 400);   // the backup's state
    EXPECT_TRUE(admin->store().verify().ok());
    EXPECT_EQ(admin->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'")).value(), 1);
}

TEST(Backup, DamagedOrWrongSecretBackupReplacesNothing)
{
    auto s = seeded(50);
    QTemporaryDir usb;
    QString file;
    {
        auto admin = bhu::test::adminOf(s.t);
        auto r = BackupService(*admin).backupNow(usb.path(), 7);
        ASSERT_TRUE(r.ok());
        file = r->file;
    }
    const QByteArray liveBefore = bhu::test::sha256Of(s.t.path);
    EXPECT_TRUE(BackupService::restore(file, s.t.path, bhu::test::kAdmin, QStringLiteral("wrong-password-1")).is(ErrorCode::WrongPassword));
    // Flip bytes in the middle of a page: the HMAC check refuses it.
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        QByteArray junk(64, 'X');
        f.write(junk);
    }
    auto r = BackupService::restore(file, s.t.path, bhu::test::kAdmin, bhu::test::kPassword);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(bhu::test::sha256Of(s.t.path), liveBefore);
    EXPECT_FALSE(QFile::exists(s.t.path + QStringLiteral(".before-restore")));
    EXPECT_FALSE(QFile::exists(s.t.path + QStringLiteral(".restoring")));
    EXPECT_TRUE(bhu::test::adminOf(s.t));
}

TEST(Backup, KeepsTheNewestNAndSchedulesDaily)
{
    auto t = bhu::test::makeTestDb();
    auto admin = bhu::test::adminOf(t);
    QTemporaryDir usb;
    ManualClock clock(QDateTime(kToday, QTime(8, 0), Qt::UTC));
    BackupService backups(*admin, clock);
    EXPECT_FALSE(backups.isDue().value());   // no folder yet
    ASSERT_TRUE(backups.saveSettings(BackupSettings{usb.path(), 24, 2}).ok());
    EXPECT_TRUE(backups.isDue().value());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(backups.backupNow(usb.path(), 2).ok());
        clock.advanceSecs(3600);
    }
    EXPECT_FALSE(backups.isDue().value());
    clock.advanceSecs(23 * 3600);   // 24 h after the last one (10:00)
    EXPECT_TRUE(backups.isDue().value());
    const QStringList left = QDir(usb.path()).entryList({QStringLiteral("*") + BackupService::fileSuffix()}, QDir::Files, QDir::Name);
    ASSERT_EQ(left.size(), 2);
    EXPECT_TRUE(left.last().contains(u"-100000")) << left.join(u' ').toStdString();   // 10:00, the newest
}

TEST(Backup, ScheduledBackupRunsForAnyRoleOnlyWhenDue)
{
    auto t = bhu::test::makeTestDb();
    QTemporaryDir usb;
    ManualClock clock(QDateTime(kToday, QTime(8, 0), Qt::UTC));
    {
        auto admin = bhu::test::adminOf(t);
        ASSERT_TRUE(BackupService(*admin, clock).saveSettings(BackupSettings{usb.path(), 24, 3}).ok());
    }
    bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("front-desk-pass-1"));
    auto desk = bhu::test::sessionAs(t, QStringLiteral("desk"), QStringLiteral("front-desk-pass-1"));
    ASSERT_TRUE(desk);
    BackupService backups(*desk, clock);
    EXPECT_TRUE(backups.settings().is(ErrorCode::Forbidden));   // the settings stay the admin's
    auto first = backups.runScheduled();
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_FALSE(first->file.isEmpty());
    clock.advanceSecs(3600);
    auto notDue = backups.runScheduled();
    ASSERT_TRUE(notDue.ok());
    EXPECT_TRUE(notDue->file.isEmpty());
    EXPECT_EQ(QDir(usb.path()).entryList({QStringLiteral("*") + BackupService::fileSuffix()}, QDir::Files).size(), 1);
}
