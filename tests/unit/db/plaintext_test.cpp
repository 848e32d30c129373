// No patient name, CNIC or phone from seeded data appears in the database file, its WAL or
// the key-slot file: both through bhuctl (as an admin would) and in-process with the WAL live.
#include "bhu/db/KeySlots.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/test/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;

namespace {
const QDate kToday(2026, 11, 25);

// Needles: every name of 5+ bytes, every CNIC and phone (as stored and as typed).
QList<QByteArray> needles(const QList<Patient>& patients)
{
    QList<QByteArray> out;
    for (const Patient& p : patients) {
        if (p.name.toUtf8().size() >= 5) out << p.name.toUtf8();
        if (!p.nameUrdu.isEmpty()) out << p.nameUrdu.toUtf8();
        for (const auto& i : p.identifiers) out << i.value.toUtf8();
        if (!p.phone.isEmpty()) out << p.phone.toUtf8() << p.phone.mid(3).toUtf8();
    }
    return out;
}

void expectNoPlaintext(const QString& path, const QList<QByteArray>& needles)
{
    const QByteArray bytes = bhu::test::readAll(path);
    ASSERT_FALSE(bytes.isEmpty()) << path.toStdString();
    int found = 0;
    for (const QByteArray& n : needles)
        if (bytes.contains(n)) ++found;
    EXPECT_EQ(found, 0) << found << " plaintext values found in " << path.toStdString();
}
} // namespace

TEST(Plaintext, SeededDatabaseAndKeyFileContainNoPatientData)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("clinic.db"));
    auto init = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--facility"),
                                                         QStringLiteral("BHU-0001"), QStringLiteral("--facility-name"),
                                                         QStringLiteral("BHU Test"), QStringLiteral("--admin"), QStringLiteral("admin")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    auto seed = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("seed"), QStringLiteral("--db"), db, QStringLiteral("--patients"),
                                                         QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("7"),
                                                         QStringLiteral("--today"), kToday.toString(Qt::ISODate)});
    ASSERT_EQ(seed.exitCode, 0) << seed.err.toStdString();

    // The same generator, seed and date reproduce the seeded values.
    synth::PatientGenerator gen(7, kToday, QStringLiteral("BHU-0001"));
    const QList<QByteArray> n = needles(gen.next(1000));
    ASSERT_GT(n.size(), 2000);
    expectNoPlaintext(db, n);
    expectNoPlaintext(db::KeySlotFile::pathFor(db), n);
    if (QFile::exists(db + QStringLiteral("-wal")) && QFile(db + QStringLiteral("-wal")).size() > 0)
        expectNoPlaintext(db + QStringLiteral("-wal"), n);

    auto info = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("info"), QStringLiteral("--db"), db});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains("\"patients\":1000")) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains("\"sqlcipher_version\":\"4.")) << info.out.toStdString();
}

TEST(Plaintext, LiveWalContainsNoPatientData)
{
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::openTestDb(t);
    synth::PatientGenerator gen(11, kToday, QStringLiteral("BHU-0001"));
    QList<Patient> patients = gen.next(300);
    const QList<QByteArray> n = needles(patients);
    ASSERT_TRUE(db::PatientRepository(s->conn()).createMany(patients, s->actor(QStringLiteral("test"))).ok());
    const QString wal = t.path + QStringLiteral("-wal");
    ASSERT_GT(QFile(wal).size(), 0) << "expected a live WAL";
    expectNoPlaintext(wal, n);
    expectNoPlaintext(t.path, n);
}
