#include "bhu/db/PatientFinder.h"

#include "bhu/db/Withdrawn.h"

namespace bhu::db {

namespace {
const char* kColumns = "p.id, p.name, p.name_ur, p.relation, p.guardian_name, p.sex, p.birth_date, p.birth_date_estimated, "
                       "p.phone, p.village, p.union_council";
}

Result<QList<SearchHit>> PatientFinder::query(const QString& from, const QString& where, const QStringList& args,
                                              const FinderFilter& f, int limit)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM ") + from +
                  QStringLiteral(" WHERE p.deleted = 0 AND p.id NOT IN (SELECT l.merged_id FROM patient_links l JOIN patients s ON s.id = l.survivor_id) AND ") + where;
    QStringList binds = args;
    if (f.sex) {
        sql += QStringLiteral(" AND p.sex = ?");
        binds << sexCode(*f.sex);
    }
    if (f.bornFrom.isValid()) {
        sql += QStringLiteral(" AND p.birth_date >= ?");
        binds << f.bornFrom.toString(Qt::ISODate);
    }
    if (f.bornTo.isValid()) {
        sql += QStringLiteral(" AND p.birth_date <= ?");
        binds << f.bornTo.toString(Qt::ISODate);
    }
    if (!f.village.isEmpty()) {
        sql += QStringLiteral(" AND (p.village = ? COLLATE NOCASE OR p.union_council = ? COLLATE NOCASE)");
        binds << f.village << f.village;
    }
    sql += QStringLiteral(" LIMIT %1").arg(limit);
    const QByteArray utf8 = sql.toUtf8();
    auto st = m_c.prepare(utf8.constData());
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    for (int i = 0; i < binds.size(); ++i) q->bind(i + 1, binds[i]);
    QList<SearchHit> out;
    for (;;) {
        auto row = q->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        SearchHit h;
        h.patientId = q->text(0);
        h.name = q->text(1);
        h.nameUrdu = q->text(2);
        h.relation = relationFromCode(q->text(3));
        h.guardianName = q->text(4);
        h.sex = sexFromCode(q->text(5));
        h.birthDate = QDate::fromString(q->text(6), Qt::ISODate);
        h.birthDateEstimated = q->int64(7) != 0;
        h.phone = q->text(8);
        h.village = q->text(9);
        h.unionCouncil = q->text(10);
        out.append(h);
    }
    q->reset();
    return out;
}

Result<QList<SearchHit>> PatientFinder::byNameIndex(const QString& matchExpr, const FinderFilter& f, int limit)
{
    return query(QStringLiteral("patient_fts JOIN patients p ON p.rowid = patient_fts.rowid"), QStringLiteral("patient_fts MATCH ?"),
                 {matchExpr}, f, limit);
}

Result<QList<SearchHit>> PatientFinder::byIdentifier(const QString& digits, bool prefix, const FinderFilter& f, int limit)
{
    if (!prefix)
        return query(QStringLiteral("patients p"),
                     QStringLiteral("p.id IN (SELECT r.person_id FROM patient_identifiers i JOIN patient_person r ON r.patient_id = i.patient_id"
                                    " WHERE i.value = ?)"),
                     {digits}, f, limit);
    // Digits sort before ':', so [digits, digits + ':') is exactly the values starting with digits.
    return query(QStringLiteral("patients p"),
                 QStringLiteral("p.id IN (SELECT r.person_id FROM patient_person r WHERE r.patient_id IN"
                                " (SELECT patient_id FROM patient_identifiers WHERE value >= ? AND value < ? LIMIT 500))"),
                 {digits, digits + u':'}, f, limit);
}

Result<QList<SearchHit>> PatientFinder::byGuardianCnic(const QString& digits, const FinderFilter& f, int limit)
{
    return query(QStringLiteral("patients p"), QStringLiteral("p.guardian_cnic = ?"), {digits}, f, limit);
}

Result<QList<SearchHit>> PatientFinder::byPhone(const QString& e164, const FinderFilter& f, int limit)
{
    return query(QStringLiteral("patients p"), QStringLiteral("p.phone = ?"), {e164}, f, limit);
}

Result<QList<SearchHit>> PatientFinder::byBirthRange(const FinderFilter& f, int limit)
{
    return query(QStringLiteral("patients p"), QStringLiteral("1"), {}, f, limit);
}

Status PatientFinder::fillIdentifiers(QList<SearchHit>& hits)
{
    auto st = m_c.prepare("SELECT system, value FROM patient_identifiers WHERE patient_id = ?");
    if (!st.ok()) return st.error();
    auto last = m_c.prepare("SELECT max(visit_date) FROM visits v WHERE v.patient_id = ? AND" BHU_VISIT_NOT_WITHDRAWN("v.id"));
    if (!last.ok()) return last.error();
    for (SearchHit& h : hits) {
        last.value()->bind(1, h.patientId);
        if (auto r = last.value()->step(); !r.ok()) return r.error();
        h.lastVisit = QDate::fromString(last.value()->text(0), Qt::ISODate);
        last.value()->reset();
        Statement* q = st.value();
        q->bind(1, h.patientId);
        QString national, provisional, cnic, bform;
        for (;;) {
            auto row = q->step();
            if (!row.ok()) return row.error();
            if (!row.value()) break;
            const QString sys = q->text(0);
            if (sys == IdSystem::Mr) national = q->text(1);
            else if (sys == IdSystem::MrProvisional) provisional = q->text(1);
            else if (sys == IdSystem::Cnic) cnic = q->text(1);
            else if (sys == IdSystem::BForm) bform = q->text(1);
        }
        q->reset();
        h.mr = national.isEmpty() ? provisional : national;
        h.cnic = cnic.isEmpty() ? bform : cnic;
    }
    return {};
}

} // namespace bhu::db
