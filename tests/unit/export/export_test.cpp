// bhuctl export's service: a seeded database exported as FHIR R4 NDJSON parses line by line,
// every reference resolves inside the export, counts match the database, the export is audited
// with counts only, and a front-desk user is refused with nothing written.
#include "bhu/db/ExportReader.h"
#include "bhu/services/ExportService.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"
#include "bhu/services/VisitService.h"
#include "bhu/services/WithdrawalService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"
#include "bhu/test/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {

class Export : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb();
        auto s = Session::unlock(t.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        admin = std::move(s.value());
        const QDate today(2026, 11, 20);
        synth::PatientGenerator pg(7, today, admin->facility().code);
        synth::VisitGenerator vg(7, today, admin->facility().code, admin->user().username);
        PatientService patients(*admin);
        ASSERT_TRUE(patients.reserveSyntheticMrNumbers(50).ok());
        QList<Patient> batch = pg.next(50);
        ASSERT_TRUE(patients.registerMany(batch).ok());
        QList<VisitRecord> visits;
        for (const Patient& p : batch) visits.append(vg.forPatient(p, 3));
        auto st = SeedService(*admin).addClosedVisits(visits);
        ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    }

    QList<QJsonObject> readNdjson(const QString& path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        QList<QJsonObject> out;
        int lineNo = 0;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            ++lineNo;
            EXPECT_TRUE(line.endsWith('\n')) << "line " << lineNo;
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
            EXPECT_EQ(err.error, QJsonParseError::NoError) << "line " << lineNo << ": " << err.errorString().toStdString();
            EXPECT_TRUE(doc.isObject()) << "line " << lineNo;
            out.append(doc.object());
        }
        return out;
    }

    static void collectReferences(const QJsonValue& v, QStringList& refs)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == u"reference" && it.value().isString()) refs << it.value().toString();
                else collectReferences(it.value(), refs);
            }
        } else if (v.isArray()) {
            for (const QJsonValue& e : v.toArray()) collectReferences(e, refs);
        }
    }

    void expectReferencesResolve(const QList<QJsonObject>& resources)
    {
        QSet<QString> known;
        for (const QJsonObject& r : resources) {
            const QString type = r.value(u"resourceType").toString(), id = r.value(u"id").toString();
            ASSERT_FALSE(type.isEmpty());
            ASSERT_FALSE(id.isEmpty());
            const QString key = type + u'/' + id;
            EXPECT_FALSE(known.contains(key)) << "duplicate " << key.toStdString();
            known << key << QStringLiteral("urn:uuid:") + id;
        }
        int checked = 0;
        for (const QJsonObject& r : resources) {
            QStringList refs;
            collectReferences(r, refs);
            for (const QString& ref : refs) {
                EXPECT_TRUE(known.contains(ref)) << "unresolved " << ref.toStdString() << " in "
                                                 << r.value(u"resourceType").toString().toStdString();
                ++checked;
            }
        }
        EXPECT_GT(checked, 500);
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> admin;
};

} // namespace

TEST_F(Export, SeededDatabaseExportsParsesResolvesAndMatchesCounts)
{
    const QString path = t.dir->filePath(QStringLiteral("export.ndjson"));
    auto sum = ExportService(*admin).exportFhirNdjson(path, {}, 7);   // small batches: several rounds
    ASSERT_TRUE(sum.ok()) << sum.error().message.toStdString();
    const QList<QJsonObject> resources = readNdjson(path);
    ASSERT_EQ(resources.size(), sum->resources());

    QMap<QString, qint64> byType;
    for (const QJsonObject& r : resources) ++byType[r.value(u"resourceType").toString()];
    auto counts = db::ExportReader(admin->store().conn()).counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->patients, 50);
    EXPECT_EQ(counts->visits, 150);
    EXPECT_EQ(byType.value(QStringLiteral("Patient")), counts->patients);
    EXPECT_EQ(byType.value(QStringLiteral("Encounter")), counts->visits);
    EXPECT_EQ(byType.value(QStringLiteral("Condition")), counts->diagnoses);
    EXPECT_EQ(byType.value(QStringLiteral("MedicationRequest")), counts->prescriptions);
    EXPECT_EQ(byType.value(QStringLiteral("ServiceRequest")), counts->referrals);
    EXPECT_GE(byType.value(QStringLiteral("Observation")), counts->vitals * 3);   // weight, temperature, pulse at least
    EXPECT_EQ(byType.value(QStringLiteral("Patient")), sum->patients);
    EXPECT_EQ(byType.value(QStringLiteral("Observation")), sum->observations);
    EXPECT_EQ(byType.size(), counts->referrals > 0 ? 6 : 5);
    expectReferencesResolve(resources);

    // Audited with counts only: no names, no ids of patients.
    auto st = admin->store().conn().prepare("SELECT details, patient_id FROM audit_log WHERE action = 'export'");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(st.value()->step().value());
    EXPECT_TRUE(st.value()->text(0).contains(QStringLiteral("patients=50"))) << st.value()->text(0).toStdString();
    EXPECT_TRUE(st.value()->text(1).isEmpty());
    st.value()->reset();
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions{});
    // Nothing but the target in the folder (QSaveFile's temporary file was renamed over it).
    EXPECT_EQ(QDir(t.dir->path()).entryList({QStringLiteral("export*")}, QDir::Files), QStringList{QStringLiteral("export.ndjson")});
}

TEST_F(Export, UrnUuidReferencesResolveToo)
{
    const QString path = t.dir->filePath(QStringLiteral("urn.ndjson"));
    fhir::FhirConfig cfg;
    cfg.references = fhir::ReferenceStyle::UrnUuid;
    auto sum = ExportService(*admin).exportFhirNdjson(path, cfg);
    ASSERT_TRUE(sum.ok());
    const QList<QJsonObject> resources = readNdjson(path);
    expectReferencesResolve(resources);
    EXPECT_TRUE(bhu::test::readAll(path).contains("\"urn:uuid:"));
}

TEST_F(Export, FrontDeskIsRefusedAndNothingIsWritten)
{
    bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("front-desk-pw"));
    auto desk = Session::unlock(t.path, QStringLiteral("desk"), QStringLiteral("front-desk-pw"), QStringLiteral("test"));
    ASSERT_TRUE(desk.ok());
    const QStringList before = QDir(t.dir->path()).entryList(QDir::Files);
    const QString path = t.dir->filePath(QStringLiteral("desk.ndjson"));
    auto sum = ExportService(*desk.value()).exportFhirNdjson(path);
    EXPECT_EQ(sum.code(), ErrorCode::Forbidden);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(t.dir->path()).entryList(QDir::Files), before);
}

TEST_F(Export, AFailedExportLeavesTheOldFileAlone)
{
    const QString path = t.dir->filePath(QStringLiteral("missing-folder/out.ndjson"));
    EXPECT_FALSE(ExportService(*admin).exportFhirNdjson(path).ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(Export, ACorrectionAndTheVersionItAmendsAreBothExportedAndResolve)
{
    bhu::test::addUser(t, QStringLiteral("dr"), Role::Clinician, QStringLiteral("clinician-pw-1"));
    auto dr = Session::unlock(t.path, QStringLiteral("dr"), QStringLiteral("clinician-pw-1"), QStringLiteral("test"));
    ASSERT_TRUE(dr.ok());
    qint64 cursor = 0;
    auto first = db::ExportReader(admin->store().conn()).nextPatients(cursor, 1);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 1);
    VisitService visits(*dr.value());
    auto history = visits.history(first->constFirst().id);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    VisitRecord corrected = history->constFirst();
    const QString originalId = corrected.visit.id;
    corrected.visit.chiefComplaint = QStringLiteral("Corrected complaint");
    auto amended = visits.amendVisit(originalId, corrected, QStringLiteral("wrong complaint typed"));
    ASSERT_TRUE(amended.ok()) << amended.error().message.toStdString();

    const QString path = t.dir->filePath(QStringLiteral("amended.ndjson"));
    auto sum = ExportService(*admin).exportFhirNdjson(path);
    ASSERT_TRUE(sum.ok());
    const QList<QJsonObject> resources = readNdjson(path);
    QStringList encounterIds;
    for (const QJsonObject& r : resources)
        if (r.value(u"resourceType").toString() == u"Encounter") encounterIds << r.value(u"id").toString();
    EXPECT_TRUE(encounterIds.contains(originalId));
    EXPECT_TRUE(encounterIds.contains(amended->visit.id));
    EXPECT_EQ(encounterIds.size(), 151);
    EXPECT_EQ(db::ExportReader(admin->store().conn()).counts()->visits, 151);
    expectReferencesResolve(resources);
}

TEST_F(Export, AWithdrawnVisitIsNeitherExportedNorCounted)
{
    qint64 cursor = 0;
    auto first = db::ExportReader(admin->store().conn()).nextPatients(cursor, 1);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->size(), 1);
    auto history = VisitService(*admin).history(first->constFirst().id);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    const VisitRecord wrong = history->constFirst();
    ASSERT_TRUE(WithdrawalService(*admin).withdrawVisit(wrong.visit.id, QStringLiteral("recorded under the wrong patient")).ok());

    const QString path = t.dir->filePath(QStringLiteral("withdrawn.ndjson"));
    auto sum = ExportService(*admin).exportFhirNdjson(path);
    ASSERT_TRUE(sum.ok());
    const QList<QJsonObject> resources = readNdjson(path);
    QSet<QString> ids;
    int encounters = 0;
    for (const QJsonObject& r : resources) {
        ids.insert(r.value(u"id").toString());
        if (r.value(u"resourceType").toString() == u"Encounter") ++encounters;
    }
    EXPECT_FALSE(ids.contains(wrong.visit.id));
    for (const Diagnosis& d : wrong.diagnoses) EXPECT_FALSE(ids.contains(d.id));
    EXPECT_EQ(encounters, 149);
    EXPECT_EQ(db::ExportReader(admin->store().conn()).counts()->visits, 149);
    expectReferencesResolve(resources);
}
