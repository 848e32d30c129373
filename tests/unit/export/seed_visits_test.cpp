// Synthetic visits (bhu::synth::VisitGenerator): deterministic per seed, seasonal, clinically
// plausible, and stored through SeedService (admin only).
#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/VitalsCheck.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"
#include "bhu/services/VisitService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
const QDate kToday(2026, 11, 20);

QList<Patient> somePatients(int n)
{
    QList<Patient> ps = synth::PatientGenerator(3, kToday, QStringLiteral("BHU-0001")).next(n);
    for (int i = 0; i < ps.size(); ++i) ps[i].id = QStringLiteral("p%1").arg(i);
    return ps;
}

QStringList codes(const QList<VisitRecord>& visits)
{
    QStringList out;
    for (const VisitRecord& r : visits)
        for (const Diagnosis& d : r.diagnoses) out << d.icd10;
    return out;
}
} // namespace

TEST(SeedVisits, SameSeedSameVisitsOtherSeedOthers)
{
    const QList<Patient> ps = somePatients(60);
    auto run = [&](std::uint64_t seed) {
        synth::VisitGenerator g(seed, kToday, QStringLiteral("BHU-0001"));
        QList<VisitRecord> all;
        for (const Patient& p : ps) all.append(g.forPatient(p, 4));
        return all;
    };
    const QList<VisitRecord> a = run(42), b = run(42), c = run(43);
    ASSERT_EQ(a.size(), 240);
    EXPECT_EQ(codes(a), codes(b));
    EXPECT_EQ(a.first().visit.id, b.first().visit.id);
    EXPECT_EQ(a.last().visit.startedAt, b.last().visit.startedAt);
    EXPECT_NE(codes(a), codes(c));
}

TEST(SeedVisits, PlausibleClosedVisitsFromTheReferenceLists)
{
    const ReferenceData& ref = ReferenceData::builtIn();
    const QList<Patient> ps = somePatients(400);
    synth::VisitGenerator g(5, kToday, QStringLiteral("BHU-0001"), QStringLiteral("drsana"));
    int visits = 0, referrals = 0, muac = 0;
    for (const Patient& p : ps) {
        for (const VisitRecord& r : g.forPatient(p, 5)) {
            ++visits;
            EXPECT_EQ(r.visit.status, VisitStatus::Closed);
            EXPECT_EQ(r.visit.signedBy, u"drsana");
            EXPECT_LE(r.visit.startedAt.date(), kToday);
            EXPECT_GE(r.visit.startedAt.date(), kToday.addDays(-366));
            if (p.birthDate.isValid()) {
                EXPECT_GE(r.visit.startedAt.date(), p.birthDate);
            }
            ASSERT_GE(r.diagnoses.size(), 1);
            ASSERT_LE(r.diagnoses.size(), 2);
            for (const Diagnosis& d : r.diagnoses) EXPECT_TRUE(ref.diagnosis(d.icd10).has_value()) << d.icd10.toStdString();
            ASSERT_GE(r.prescriptions.size(), 1);
            ASSERT_LE(r.prescriptions.size(), 3);
            for (const Prescription& rx : r.prescriptions) EXPECT_TRUE(ref.medicine(rx.medicineCode).has_value());
            ASSERT_TRUE(r.vitals.has_value());
            EXPECT_TRUE(validateVitals(*r.vitals).ok()) << validateVitals(*r.vitals).error().message.toStdString();
            if (r.vitals->muacCm) ++muac;
            referrals += static_cast<int>(r.referrals.size());
            if (r.diagnoses.first().icd10 == u"A09") {
                EXPECT_EQ(r.prescriptions.first().medicineCode, u"ors-sachet");
            }
            if (r.diagnoses.first().icd10 == u"J18.9") {
                EXPECT_TRUE(r.prescriptions.first().medicineCode.startsWith(u"amoxicillin"));
            }
            if (r.diagnoses.first().icd10 == u"Z34.9") {
                EXPECT_EQ(p.sex, Sex::Female);
            }
        }
    }
    EXPECT_GT(muac, 0);
    EXPECT_GT(referrals, visits / 100);    // ~3%, plus dog bites
    EXPECT_LT(referrals, visits / 12);
}

TEST(SeedVisits, DiarrhoeaPeaksInSummerPneumoniaInWinter)
{
    const QList<Patient> ps = somePatients(3000);
    synth::VisitGenerator g(11, kToday, QStringLiteral("BHU-0001"));
    auto count = [&](QDate day, const QString& code) {
        int n = 0;
        for (const Patient& p : ps)
            for (const Diagnosis& d : g.visit(p, day).diagnoses) n += d.icd10 == code;
        return n;
    };
    const int julyA09 = count(QDate(2026, 7, 15), QStringLiteral("A09"));
    const int janA09 = count(QDate(2026, 1, 15), QStringLiteral("A09"));
    EXPECT_GT(julyA09, 2 * janA09) << julyA09 << " vs " << janA09;
    EXPECT_GT(count(QDate(2026, 1, 15), QStringLiteral("J18.9")), count(QDate(2026, 7, 15), QStringLiteral("J18.9")));
    EXPECT_GT(count(QDate(2026, 10, 15), QStringLiteral("B54")), 3 * count(QDate(2026, 4, 15), QStringLiteral("B54")) + 1);
}

TEST(SeedVisits, StoredInOneGoAndShownInHistoryOnlyAdminMaySeed)
{
    auto t = bhu::test::makeTestDb();
    auto s = services::Session::unlock(t.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    auto& admin = *s.value();
    services::PatientService patients(admin);
    ASSERT_TRUE(patients.reserveSyntheticMrNumbers(5).ok());
    QList<Patient> batch = synth::PatientGenerator(1, kToday, admin.facility().code).next(5);
    ASSERT_TRUE(patients.registerMany(batch).ok());
    synth::VisitGenerator g(1, kToday, admin.facility().code, admin.user().username);
    QList<VisitRecord> visits;
    for (const Patient& p : batch) visits.append(g.forPatient(p, 4));
    auto st = services::SeedService(admin).addClosedVisits(visits);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
    EXPECT_EQ(services::SeedService(admin).visitCount().value(), static_cast<qint64>(visits.size()));
    auto h = services::VisitService(admin).history(batch.first().id);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 4);
    EXPECT_EQ(h->first().visit.status, VisitStatus::Closed);
    EXPECT_EQ(h->first().diagnoses, visits.at(3).diagnoses);   // newest first
    EXPECT_TRUE(admin.store().verify().ok());

    bhu::test::addUser(t, QStringLiteral("drsana"), Role::Clinician, QStringLiteral("doctor-password-1"));
    auto doc = services::Session::unlock(t.path, QStringLiteral("drsana"), QStringLiteral("doctor-password-1"), QStringLiteral("test"));
    ASSERT_TRUE(doc.ok());
    QList<VisitRecord> more = g.forPatient(batch.first(), 1);
    EXPECT_EQ(services::SeedService(*doc.value()).addClosedVisits(more).code(), ErrorCode::Forbidden);
}
