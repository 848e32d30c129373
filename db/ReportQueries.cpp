#include "bhu/db/ReportQueries.h"

#include "bhu/db/ImmunisationRepository.h"
#include "bhu/db/MaternalRepository.h"
#include "bhu/db/Withdrawn.h"

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::ReportQueries", s); }

// Fields inside group_concat are separated by char(31), items by char(30).
// Persons, not patient rows (migration 0005, docs/reports.md "Merged patients"): each visit is
// resolved through patient_person to the record its patient was merged into (or itself), and
// that record — the survivor — gives the patient id, sex, birth date, name and MR number.
// New visit: no earlier visit of the person in this database, under the survivor or under any
// record merged into it (no chains: the registry refuses to merge a survivor away). Answered
// from the index visits_patient(patient_id, started_at) alone — reading the earlier visits'
// rows to check their status and facility doubled the report's time (docs/performance.md). A
// correction keeps its visit's started_at, so it is never "earlier" than the visit it corrects.
// Withdrawn visits (entered in error, db/Withdrawn.h) count for nothing: neither as visits nor
// as the earlier visit that makes a later one a follow-up (one primary-key lookup per earlier
// visit found).
#define BHU_REPORT_PERSON_COLUMNS \
    "SELECT v.id, pp.person_id, v.visit_date, v.encounter_class, p.sex, p.birth_date, v.signed_by, v.token_number, " \
    " NOT EXISTS (SELECT 1 FROM visits e WHERE e.patient_id = pp.person_id AND e.started_at < v.started_at " \
    "             AND" BHU_VISIT_NOT_WITHDRAWN("e.id") ") " \
    " AND NOT EXISTS (SELECT 1 FROM patient_links l JOIN visits e ON e.patient_id = l.merged_id " \
    "                 WHERE l.survivor_id = pp.person_id AND e.started_at < v.started_at " \
    "                 AND" BHU_VISIT_NOT_WITHDRAWN("e.id") "), "
#define BHU_REPORT_FROM \
    "FROM visits v JOIN patient_person pp ON pp.patient_id = v.patient_id JOIN patients p ON p.id = pp.person_id "
constexpr char kCounts[] =
    BHU_REPORT_PERSON_COLUMNS
    " EXISTS (SELECT 1 FROM clinical_facts r WHERE r.visit_id = v.id AND r.kind = 'referral'), "
    " (SELECT group_concat(coalesce(d.code, '') || char(31) || coalesce(json_extract(d.data, '$.certainty'), ''), char(30)) "
    "    FROM clinical_facts d WHERE d.visit_id = v.id AND d.kind = 'diagnosis') "
    BHU_REPORT_FROM
    "WHERE v.visit_date BETWEEN ?1 AND ?2 AND v.facility_code = ?3 AND v.status = 'closed' "
    "  AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.amends_id = v.id) AND" BHU_VISIT_NOT_WITHDRAWN("v.id");

constexpr char kRegister[] =
    BHU_REPORT_PERSON_COLUMNS
    " EXISTS (SELECT 1 FROM clinical_facts r WHERE r.visit_id = v.id AND r.kind = 'referral'), "
    " (SELECT group_concat(coalesce(d.code, '') || char(31) || coalesce(json_extract(d.data, '$.certainty'), '') || char(31) "
    "    || coalesce(json_extract(d.data, '$.display'), ''), char(30)) "
    "    FROM (SELECT * FROM clinical_facts WHERE visit_id = v.id AND kind = 'diagnosis' ORDER BY position) d), "
    " p.name, "
    " (SELECT value FROM patient_identifiers i WHERE i.patient_id = p.id AND i.system IN ('mr','mr-provisional') "
    "    ORDER BY i.system LIMIT 1), "
    " json_extract(v.data, '$.chief_complaint'), "
    " (SELECT group_concat(trim(coalesce(json_extract(x.data, '$.medicine_name'), '') || ' ' || coalesce(json_extract(x.data, '$.strength'), '') "
    "    || ' ' || coalesce(json_extract(x.data, '$.form'), '')), char(30)) "
    "    FROM (SELECT * FROM clinical_facts WHERE visit_id = v.id AND kind = 'prescription' ORDER BY position) x), "
    " (SELECT group_concat(upper(coalesce(json_extract(r.data, '$.to_level'), '')) || ' ' || coalesce(json_extract(r.data, '$.facility_name'), '') "
    "    || ' (' || coalesce(json_extract(r.data, '$.urgency'), '') || '): ' || coalesce(json_extract(r.data, '$.reason'), ''), char(30)) "
    "    FROM (SELECT * FROM clinical_facts WHERE visit_id = v.id AND kind = 'referral' ORDER BY position) r) "
    BHU_REPORT_FROM
    "WHERE v.visit_date BETWEEN ?1 AND ?2 AND v.facility_code = ?3 AND v.status = 'closed' "
    "  AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.amends_id = v.id) AND" BHU_VISIT_NOT_WITHDRAWN("v.id")
    "ORDER BY v.visit_date, v.token_number";

#undef BHU_REPORT_PERSON_COLUMNS
#undef BHU_REPORT_FROM

QStringList items(const QString& s)
{
    return s.isEmpty() ? QStringList() : s.split(QChar(30));
}
} // namespace

Result<QList<ReportVisit>> ReportQueries::visits(const QDate& from, const QDate& to, const QString& facilityCode, Detail detail,
                                                 const std::function<bool()>& cancelled)
{
    const bool reg = detail == Detail::Register;
    auto st = m_c.prepare(reg ? kRegister : kCounts);
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, facilityCode);
    QList<ReportVisit> out;
    for (int n = 0;; ++n) {
        if (cancelled && n % 2000 == 0 && cancelled()) {
            q->reset();
            return Error::make(ErrorCode::Cancelled, tr("The report was cancelled."));
        }
        auto row = q->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        ReportVisit v;
        v.visitId = q->text(0);
        v.patientId = q->text(1);
        v.date = QDate::fromString(q->text(2), Qt::ISODate);
        v.encounterClass = encounterClassFromCode(q->text(3)).value_or(EncounterClass::Ambulatory);
        v.sex = sexFromCode(q->text(4));
        v.birthDate = q->isNull(5) ? QDate() : QDate::fromString(q->text(5), Qt::ISODate);
        v.signedBy = q->text(6);
        v.token = static_cast<int>(q->int64(7));
        v.isNew = q->int64(8) != 0;
        v.referred = q->int64(9) != 0;
        for (const QString& d : items(q->text(10))) {
            const QStringList f = d.split(QChar(31));
            ReportDiagnosis rd;
            rd.icd10 = f.value(0);
            rd.confirmed = f.value(1) == u"confirmed";
            rd.display = f.value(2);
            v.diagnoses.append(rd);
        }
        if (reg) {
            v.name = q->text(11);
            v.mr = q->text(12);
            v.complaint = q->text(13);
            v.treatment = items(q->text(14));
            v.referredTo = items(q->text(15));
        }
        out.append(std::move(v));
    }
    q->reset();
    return out;
}

Result<CommunityFacts> ReportQueries::community(const QDate& from, const QDate& to, const QString& facilityCode)
{
    CommunityFacts f;
    auto doses = ImmunisationRepository(m_c).givenBetween(from, to, facilityCode);
    if (!doses.ok()) return doses.error();
    f.doses = std::move(doses.value());
    MaternalRepository maternal(m_c);
    auto contacts = maternal.contactsBetween(from, to, facilityCode);
    if (!contacts.ok()) return contacts.error();
    f.contacts = std::move(contacts.value());
    auto pregnancies = maternal.pregnanciesBetween(from, to, facilityCode);
    if (!pregnancies.ok()) return pregnancies.error();
    f.pregnancies = std::move(pregnancies.value());
    auto lhw = m_c.prepare("SELECT username FROM users WHERE role = 'lhw'");
    if (!lhw.ok()) return lhw.error();
    while (true) {
        auto row = lhw.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        f.lhwUsers.insert(lhw.value()->text(0));
    }
    lhw.value()->reset();
    return f;
}

} // namespace bhu::db
