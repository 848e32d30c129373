#include "bhu/db/ExportReader.h"

#include "bhu/db/PatientRepository.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/db/Withdrawn.h"

#include <algorithm>
#include <limits>

namespace bhu::db {

Result<QList<Patient>> ExportReader::nextPatients(qint64& cursor, int limit)
{
    auto st = m_c.prepare("SELECT rowid, id FROM patients WHERE deleted = 0 AND rowid > ? ORDER BY rowid LIMIT ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, cursor).bind(2, limit);
    QList<QString> ids;
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        cursor = st.value()->int64(0);
        ids.append(st.value()->text(1));
    }
    st.value()->reset();
    QList<Patient> out;
    out.reserve(ids.size());
    PatientRepository patients(m_c);
    for (const QString& id : ids) {
        auto p = patients.get(id);
        if (!p.ok()) return p.error();
        out.append(p.value());
    }
    return out;
}

Result<QList<VisitRecord>> ExportReader::currentVisits(const QString& patientId)
{
    auto visits = VisitRepository(m_c).forPatient(patientId, std::numeric_limits<int>::max());
    if (!visits.ok()) return visits.error();
    std::reverse(visits->begin(), visits->end());
    // A correction points to the version it amends: export the whole chain, oldest first, so
    // that every reference in the export resolves.
    QList<VisitRecord> out;
    for (const VisitRecord& r : visits.value()) {
        if (r.visit.amendsId.isEmpty()) {
            out.append(r);
            continue;
        }
        auto chain = VisitRepository(m_c).versions(r.visit.id);
        if (!chain.ok()) return chain.error();
        out.append(chain.value());
    }
    return out;
}

Result<ExportCounts> ExportReader::counts()
{
    ExportCounts c;
    auto patients = m_c.queryInt(QStringLiteral("SELECT count(*) FROM patients WHERE deleted = 0"));
    if (!patients.ok()) return patients.error();
    c.patients = patients.value();
    // Every version of the visits not withdrawn (withdrawn ones are not exported).
    auto visits = m_c.queryInt(QStringLiteral("SELECT count(*) FROM visits v WHERE" BHU_VISIT_NOT_WITHDRAWN("v.id")));
    if (!visits.ok()) return visits.error();
    c.visits = visits.value();
    auto st = m_c.prepare("SELECT kind, count(*) FROM clinical_facts f WHERE" BHU_VISIT_NOT_WITHDRAWN("f.visit_id") "GROUP BY kind");
    if (!st.ok()) return st.error();
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        const QString kind = st.value()->text(0);
        const qint64 n = st.value()->int64(1);
        if (kind == u"vitals") c.vitals = n;
        else if (kind == u"diagnosis") c.diagnoses = n;
        else if (kind == u"prescription") c.prescriptions = n;
        else if (kind == u"referral") c.referrals = n;
    }
    st.value()->reset();
    return c;
}

} // namespace bhu::db
