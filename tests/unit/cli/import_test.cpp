// Legacy register import (ImportService and `bhuctl import patients`): the fixture
// tests/fixtures/legacy_register.csv has 30 rows — 20 good ones (Urdu names, a child with the
// father's CNIC, "Ali s/o Akbar Khan" in the name column, "W/O …" in the guardian column, a
// quoted remark with a comma and a line break, a CNIC whose last digit disagrees with the sex),
// 7 bad ones (short CNIC, landline, birth date in the future, no name, sex "X", age "abc",
// short mobile), one possible duplicate (Mohd Akram s/o Ghulam Rasool, two years apart) and
// two rows already seen (same CNIC and name; same name, guardian, sex and birth year).
#include "bhu/db/AuditLog.h"
#include "bhu/db/KeySlots.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/services/ImportService.h"
#include "bhu/services/PatientService.h"
#include "cli_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
QByteArray fixtureBytes(const QString& name)
{
    const QByteArray b = bhu::test::readAll(bhu::test::fixture(name));
    EXPECT_FALSE(b.isEmpty()) << "missing fixture " << name.toStdString();
    return b;
}

Patient byLegacyMr(db::Connection& c, const QString& legacyMr)
{
    db::PatientRepository repo(c);
    auto ids = repo.findByIdentifier(legacyMr);
    EXPECT_TRUE(ids.ok());
    if (!ids.ok() || ids->size() != 1) {
        ADD_FAILURE() << "expected exactly one patient with legacy MR " << legacyMr.toStdString();
        return {};
    }
    auto p = repo.get(ids->first());
    EXPECT_TRUE(p.ok());
    return p.ok() ? p.value() : Patient{};
}

struct ErrorRow {
    int row;
    QString error;
};

QList<ErrorRow> errorRows(const QByteArray& csv, int expectedColumns)
{
    auto t = parseCsv(csv);
    EXPECT_TRUE(t.ok());
    QList<ErrorRow> out;
    if (!t.ok()) return out;
    for (qsizetype i = 1; i < t->records.size(); ++i) {
        const QStringList& f = t->records.at(i).fields;
        EXPECT_EQ(f.size(), expectedColumns) << f.join(u'|').toStdString();
        out << ErrorRow{f.value(expectedColumns - 2).toInt(), f.value(expectedColumns - 1)};
    }
    return out;
}
} // namespace

TEST(Import, LegacyRegisterFixtureGivesExactCounts)
{
    auto t = bhu::test::makeTestDb();
    auto session = bhu::test::adminSession(t);
    ASSERT_TRUE(session);
    ImportService importer(*session);
    const QByteArray csv = fixtureBytes(QStringLiteral("legacy_register.csv"));

    auto r = importer.importPatients(csv);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rows, 30);
    EXPECT_EQ(r->imported, 20);
    EXPECT_EQ(r->skippedExisting, 2);
    EXPECT_EQ(r->rejected, 7);
    EXPECT_EQ(r->possibleDuplicates, 1);
    EXPECT_EQ(r->importedWithWarnings, 1);   // REG-0026: even last CNIC digit for a man
    EXPECT_EQ(r->relationAssumed, 18);       // all imported rows but "Ali s/o …" and "W/O …"
    EXPECT_EQ(PatientService(*session).count().value(), 20);

    // Columns found by their usual names, without a mapping file.
    for (const char* used : {"name=Patient Name", "guardian=Father/Husband Name", "sex=Gender", "age=Age", "birth_date=DOB",
                             "cnic=CNIC No", "phone=Mobile", "union_council=UC", "notes=Remarks", "legacy_mr=MR No"})
        EXPECT_TRUE(r->columnsUsed.contains(QString::fromUtf8(used))) << used;

    // The error/review CSV: the 14 original columns + row + error, one line per problem row.
    const QList<ErrorRow> errors = errorRows(r->errorCsv(), 16);
    QList<int> rows;
    for (const ErrorRow& e : errors) rows << e.row;
    EXPECT_EQ(rows, (QList<int>{9, 10, 11, 13, 20, 21, 22, 30}));
    auto errorOf = [&](int row) {
        for (const ErrorRow& e : errors)
            if (e.row == row) return e.error;
        return QString();
    };
    EXPECT_TRUE(errorOf(9).startsWith(u"rejected: CNIC No:")) << errorOf(9).toStdString();
    EXPECT_TRUE(errorOf(10).startsWith(u"rejected: Mobile:")) << errorOf(10).toStdString();
    EXPECT_TRUE(errorOf(11).startsWith(u"rejected: DOB:")) << errorOf(11).toStdString();
    EXPECT_TRUE(errorOf(13).startsWith(u"possible duplicate:")) << errorOf(13).toStdString();
    const Patient akram = byLegacyMr(session->store().conn(), QStringLiteral("REG-0001"));
    EXPECT_TRUE(errorOf(13).contains(formatMrNumber(akram.mrNumber()))) << errorOf(13).toStdString();
    EXPECT_TRUE(errorOf(20).startsWith(u"rejected: Patient Name:")) << errorOf(20).toStdString();
    EXPECT_TRUE(errorOf(21).startsWith(u"rejected: Gender:")) << errorOf(21).toStdString();
    EXPECT_TRUE(errorOf(22).startsWith(u"rejected: Age:")) << errorOf(22).toStdString();
    EXPECT_TRUE(errorOf(30).startsWith(u"rejected: Mobile:")) << errorOf(30).toStdString();
    // The original cells are kept as they were, Urdu and line breaks included.
    auto table = parseCsv(r->errorCsv());
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->records.at(0).fields.mid(0, 3), (QStringList{QStringLiteral("S.No"), QStringLiteral("MR No"), QStringLiteral("Patient Name")}));
    EXPECT_EQ(table->records.at(1).fields.at(7), u"33101-123456-1");
}

TEST(Import, RowsBecomeTheRightPatients)
{
    auto t = bhu::test::makeTestDb();
    auto session = bhu::test::adminSession(t);
    ASSERT_TRUE(session);
    auto r = ImportService(*session).importPatients(fixtureBytes(QStringLiteral("legacy_register.csv")));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    db::Connection& c = session->store().conn();

    const Patient akram = byLegacyMr(c, QStringLiteral("REG-0001"));
    EXPECT_EQ(akram.name, u"Muhammad Akram");
    EXPECT_EQ(akram.relation, Relation::SonOf);
    EXPECT_EQ(akram.guardianName, u"Ghulam Rasool");
    EXPECT_EQ(akram.sex, Sex::Male);
    EXPECT_TRUE(akram.birthDateEstimated);
    EXPECT_EQ(akram.birthDate, QDate::currentDate().addYears(-45));
    EXPECT_EQ(akram.phone, u"+923001234501");
    EXPECT_EQ(akram.address.village, u"Chak 204 RB");
    EXPECT_EQ(akram.address.unionCouncil, u"UC-27 Chak 204 RB");
    EXPECT_EQ(akram.address.district, u"Faisalabad");
    EXPECT_EQ(akram.mrNumber().size(), 12);

    // "Father/Husband Name" for an adult woman: W/O; for a girl: D/O.
    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0002")).relation, Relation::WifeOf);
    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0002")).identifier(IdSystem::Cnic), u"3310123456782");
    const Patient ayesha = byLegacyMr(c, QStringLiteral("REG-0004"));
    EXPECT_EQ(ayesha.relation, Relation::DaughterOf);
    EXPECT_EQ(ayesha.birthDate, QDate::currentDate().addYears(-2).addMonths(-3));

    // A CNIC on a 16-year-old's row is the father's.
    const Patient imran = byLegacyMr(c, QStringLiteral("REG-0007"));
    EXPECT_TRUE(imran.identifier(IdSystem::Cnic).isEmpty());
    EXPECT_EQ(imran.guardianCnic, u"3310134567891");
    EXPECT_EQ(imran.guardianRelationship, u"father");

    const Patient fatima = byLegacyMr(c, QStringLiteral("REG-0011"));
    EXPECT_EQ(fatima.name, u"فاطمہ بی بی");
    EXPECT_EQ(fatima.guardianName, u"محمد اسلم");
    EXPECT_EQ(fatima.sex, Sex::Female);

    const Patient ali = byLegacyMr(c, QStringLiteral("REG-0013"));
    EXPECT_EQ(ali.name, u"Ali");
    EXPECT_EQ(ali.relation, Relation::SonOf);
    EXPECT_EQ(ali.guardianName, u"Akbar Khan");

    const Patient rukhsana = byLegacyMr(c, QStringLiteral("REG-0015"));
    EXPECT_EQ(rukhsana.relation, Relation::WifeOf);
    EXPECT_EQ(rukhsana.guardianName, u"Tariq Mehmood");

    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0017")).notes, u"Diabetic, hypertensive\nRefer to THQ Tandlianwala");
    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0018")).birthDate, QDate(1999, 7, 4));
    EXPECT_FALSE(byLegacyMr(c, QStringLiteral("REG-0018")).birthDateEstimated);
    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0023")).phone, u"+923214567890");
    EXPECT_EQ(byLegacyMr(c, QStringLiteral("REG-0027")).birthDate, QDate(1990, 8, 12));

    // Not imported: rejected rows, the possible duplicate and the rows already seen.
    for (const char* mr : {"REG-0008", "REG-0012", "REG-0014", "REG-0028"})
        EXPECT_TRUE(db::PatientRepository(c).findByIdentifier(QString::fromUtf8(mr))->isEmpty()) << mr;
}

TEST(Import, ReRunImportsNothingNewAndIsAuditedWithCountsOnly)
{
    auto t = bhu::test::makeTestDb();
    auto session = bhu::test::adminSession(t);
    ASSERT_TRUE(session);
    const QByteArray csv = fixtureBytes(QStringLiteral("legacy_register.csv"));
    ASSERT_TRUE(ImportService(*session).importPatients(csv).ok());
    auto again = ImportService(*session).importPatients(csv);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->rows, 30);
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->skippedExisting, 22);
    EXPECT_EQ(again->rejected, 7);
    EXPECT_EQ(again->possibleDuplicates, 1);
    EXPECT_EQ(PatientService(*session).count().value(), 20);

    auto recent = db::AuditLog(session->store().conn()).recent(1);
    ASSERT_TRUE(recent.ok());
    const db::AuditEntry& e = recent->first();
    EXPECT_EQ(e.action, u"import");
    EXPECT_TRUE(e.patientId.isEmpty());
    EXPECT_TRUE(e.details.contains(u"\"skipped_existing\":22")) << e.details.toStdString();
    for (const char* secret : {"Akram", "REG-", "3310", "0300", "Faisalabad"})
        EXPECT_FALSE(e.details.contains(QString::fromUtf8(secret))) << secret;
    EXPECT_TRUE(session->store().verify().ok());
}

TEST(Import, MappingFileNamesTheColumns)
{
    auto t = bhu::test::makeTestDb();
    auto session = bhu::test::adminSession(t);
    ASSERT_TRUE(session);
    const QByteArray csv = "Mareez,Walid,Jins,Umar,Shanakhti Card,Tareekh\r\n"
                           "Bashir Ahmed,Nazir Ahmed,M,50,35202-1234567-1,\r\n"
                           "Razia Sultana,Bashir Ahmed,F,,,03/15/1980\r\n";
    auto mapping = ImportMapping::fromJson(R"({"name": "mareez", "guardian": "Walid", "sex": "Jins", "age": 4,
                                               "cnic": "Shanakhti Card", "birth_date": "Tareekh", "date_order": "mdy"})");
    ASSERT_TRUE(mapping.ok()) << mapping.error().message.toStdString();
    auto r = ImportService(*session).importPatients(csv, mapping.value());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->imported, 2) << r->errorCsv().toStdString();
    auto razia = db::PatientRepository(session->store().conn()).get(r->importedIds.at(1));
    ASSERT_TRUE(razia.ok());
    EXPECT_EQ(razia->birthDate, QDate(1980, 3, 15));
    EXPECT_EQ(razia->relation, Relation::WifeOf);

    // Unknown fields and columns that are not in the file are refused before anything is read.
    EXPECT_EQ(ImportMapping::fromJson(R"({"patient": "Mareez"})").code(), ErrorCode::Invalid);
    EXPECT_EQ(ImportMapping::fromJson("not json").code(), ErrorCode::Invalid);
    auto missing = ImportMapping::fromJson(R"({"name": "Patient"})");
    ASSERT_TRUE(missing.ok());
    auto refused = ImportService(*session).importPatients(csv, missing.value());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_TRUE(refused.error().message.contains(u"Patient"));
    // Without a mapping these headers are unknown: no name column.
    auto noName = ImportService(*session).importPatients(csv);
    EXPECT_EQ(noName.code(), ErrorCode::Invalid);
    EXPECT_EQ(PatientService(*session).count().value(), 2);
}

TEST(Import, NeedsTheImportPermission)
{
    auto t = bhu::test::makeTestDb();
    {
        auto s = bhu::test::openTestDb(t);
        ASSERT_TRUE(s->conn()
                        .exec(QStringLiteral("INSERT INTO users(id, username, full_name, role, created_at) "
                                             "VALUES ('u-fd', 'desk', 'Front Desk', 'front_desk', '2026-01-01T00:00:00Z')"))
                        .ok());
        auto keys = db::KeySlotFile::load(db::KeySlotFile::pathFor(t.path));
        auto key = keys->unlock(bhu::test::kAdmin, bhu::test::kPassword);
        ASSERT_TRUE(keys->setPassword(QStringLiteral("desk"), QStringLiteral("desk-password"), key.value()).ok());
        ASSERT_TRUE(keys->save().ok());
    }
    auto session = Session::unlock(t.path, QStringLiteral("desk"), QStringLiteral("desk-password"), QStringLiteral("test"));
    ASSERT_TRUE(session.ok()) << session.error().message.toStdString();
    auto r = ImportService(*session.value()).importPatients(fixtureBytes(QStringLiteral("legacy_register.csv")));
    EXPECT_EQ(r.code(), ErrorCode::Forbidden);
    EXPECT_EQ(PatientService(*session.value()).count().value(), 0);
}

TEST(ImportCli, WritesTheErrorFileAndPrintsTheSummary)
{
    auto t = bhu::test::makeTestDb();
    QTemporaryDir dir;
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    auto r = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("import"), QStringLiteral("patients"), QStringLiteral("--db"), t.path,
                                                       QStringLiteral("--csv"), bhu::test::fixture(QStringLiteral("legacy_register.csv")),
                                                       QStringLiteral("--errors"), errors});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = bhu::test::jsonObject(r.out);
    EXPECT_EQ(o.value(u"rows").toInt(), 30);
    EXPECT_EQ(o.value(u"imported").toInt(), 20);
    EXPECT_EQ(o.value(u"skipped_existing").toInt(), 2);
    EXPECT_EQ(o.value(u"rejected").toInt(), 7);
    EXPECT_EQ(o.value(u"possible_duplicates").toInt(), 1);
    const QList<ErrorRow> rows = errorRows(bhu::test::readAll(errors), 16);
    EXPECT_EQ(rows.size(), 8);

    // Again, without --errors: nothing new; the problems go to stderr with their row numbers.
    auto again = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("import"), QStringLiteral("patients"), QStringLiteral("--db"), t.path,
                                                           QStringLiteral("--csv"), bhu::test::fixture(QStringLiteral("legacy_register.csv"))});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(bhu::test::jsonObject(again.out).value(u"imported").toInt(), 0);
    EXPECT_TRUE(again.err.contains("row 9: CNIC No:")) << again.err.toStdString();

    // Usage errors.
    auto usage = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("import"), QStringLiteral("visits"), QStringLiteral("--db"), t.path});
    EXPECT_EQ(usage.exitCode, 2);
}
