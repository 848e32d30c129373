// The hand-built month (November 2026), patient by patient:
//   P1 boy, born 2025-11-10: 11-09 (age 0, new, pneumonia J18.9 provisional);
//                            11-10 (his 1st birthday: 1–4 band, follow-up, A09 confirmed).
//   P2 woman, born 1976-11-01: 11-01 (first day of the month, her 50th birthday: 50+, new,
//                            I10 confirmed, referred to DHQ).
//   P3 girl, born 2021-11-30: 11-30 (last day, her 5th birthday: 5–14, new, J18.9 confirmed).
//   P4 man, born 2000-05-05: 10-31 (October: not counted, but makes November a follow-up);
//                            11-15 (J06.9 + J02.9: one visit, counted once in row 1);
//                            12-01 (December: not counted).
//   P5 woman, born 1990-01-01: 11-20, signed as A09, then corrected to B54 (malaria): counts
//                            once, as malaria.
//   P6 boy, born 2010-03-03: 11-12 LHW home visit (HH), referred: not OPD; LHW section only.
//   P7 girl, born 2026-06-01: 11-18 visit still open (waiting): not counted anywhere.
#include "ReportFixture.h"

#include "bhu/db/VisitRepository.h"
#include "bhu/services/PatientService.h"

#include <gtest/gtest.h>

namespace bhu::test {

QDateTime at(QDate d, int hour) { return QDateTime(d, QTime(hour, 0)).toUTC(); }

Patient person(const char* name, Sex sex, QDate born)
{
    Patient p;
    p.name = QString::fromLatin1(name);
    p.sex = sex;
    p.birthDate = born;
    return p;
}

Diagnosis dx(const char* code, DiagnosisCertainty c)
{
    Diagnosis d;
    d.icd10 = QString::fromLatin1(code);
    d.display = QString::fromLatin1(code);
    d.certainty = c;
    return d;
}

VisitRecord visit(const Patient& p, QDate day, QList<Diagnosis> dxs, bool referred, EncounterClass cls, int hour)
{
    VisitRecord r;
    r.visit.patientId = p.id;
    r.visit.facilityCode = QStringLiteral("BHU-0001");
    r.visit.encounterClass = cls;
    r.visit.status = VisitStatus::Closed;
    r.visit.startedAt = at(day, hour);
    r.visit.closedAt = at(day, hour + 1);
    r.visit.signedBy = cls == EncounterClass::HomeHealth ? QStringLiteral("lhw.rubina") : QStringLiteral("drsana");
    r.visit.chiefComplaint = QStringLiteral("complaint");
    r.diagnoses = dxs;
    if (referred) {
        Referral f;
        f.toLevel = FacilityLevel::Dhq;
        f.facilityName = QStringLiteral("DHQ Hospital");
        f.reason = QStringLiteral("needs a specialist");
        r.referrals = {f};
    }
    return r;
}

ReportMonth makeReportMonth()
{
    ReportMonth m;
    m.db = makeTestDb();
    auto store = openTestDb(m.db);
    EXPECT_TRUE(store);
    m.session = std::make_unique<services::Session>(std::move(store), QStringLiteral("test"));
    services::PatientService patients(*m.session);
    QList<Patient> ps;
    for (const Patient& p : {person("Ali Raza", Sex::Male, QDate(2025, 11, 10)), person("Nasreen Bibi", Sex::Female, QDate(1976, 11, 1)),
                             person("Hira Khan", Sex::Female, QDate(2021, 11, 30)), person("Imran Shah", Sex::Male, QDate(2000, 5, 5)),
                             person("Saima Akhtar", Sex::Female, QDate(1990, 1, 1)), person("Usman Ghani", Sex::Male, QDate(2010, 3, 3)),
                             person("Zainab Noor", Sex::Female, QDate(2026, 6, 1))}) {
        auto r = patients.registerPatient(p, services::RegisterOptions{true, {}, {}});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        ps.append(r.value());
    }
    using C = DiagnosisCertainty;
    QList<VisitRecord> visits{
        visit(ps[0], QDate(2026, 11, 9), {dx("J18.9", C::Provisional)}),
        visit(ps[0], QDate(2026, 11, 10), {dx("A09", C::Confirmed)}),
        visit(ps[1], QDate(2026, 11, 1), {dx("I10", C::Confirmed)}, true),
        visit(ps[2], QDate(2026, 11, 30), {dx("J18.9", C::Confirmed)}),
        visit(ps[3], QDate(2026, 10, 31), {dx("J06.9", C::Confirmed)}),
        visit(ps[3], QDate(2026, 11, 15), {dx("J06.9", C::Confirmed), dx("J02.9", C::Provisional)}),
        visit(ps[3], QDate(2026, 12, 1), {dx("J06.9", C::Confirmed)}),
        visit(ps[4], QDate(2026, 11, 20), {dx("A09", C::Provisional)}),
        visit(ps[5], QDate(2026, 11, 12), {dx("R50.9", C::Provisional)}, true, EncounterClass::HomeHealth),
    };
    db::VisitRepository repo(m.session->store().conn());
    const db::Actor who = m.session->actor();
    Status s = repo.createClosedMany(visits, who);
    EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    // P5's visit corrected: A09 → B54.
    VisitRecord corrected = visits[7];
    corrected.diagnoses = {dx("B54", DiagnosisCertainty::Confirmed)};
    auto amended = repo.amend(visits[7].visit.id, corrected, QStringLiteral("malaria test positive"), at(QDate(2026, 11, 21)), who);
    EXPECT_TRUE(amended.ok()) << amended.error().message.toStdString();
    // P7: an open visit is not counted.
    Visit open;
    open.patientId = ps[6].id;
    open.facilityCode = QStringLiteral("BHU-0001");
    open.startedAt = at(QDate(2026, 11, 18));
    auto started = repo.start(open, QDate(2026, 11, 18), who);
    EXPECT_TRUE(started.ok()) << started.error().message.toStdString();
    return m;
}

} // namespace bhu::test
