#include "bhu/db/VisitRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/db/Withdrawn.h"
#include "bhu/domain/ClinicalJson.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::VisitRepository", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parse(const QString& s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }
const QString kVisit = QStringLiteral("Encounter");

// FHIR resource type of each fact kind, for the outbox.
QString resourceType(const QString& kind)
{
    if (kind == u"vitals") return QStringLiteral("Observation");
    if (kind == u"diagnosis") return QStringLiteral("Condition");
    if (kind == u"prescription") return QStringLiteral("MedicationRequest");
    return QStringLiteral("ServiceRequest");
}

void stamp(ClinicalFact& f, const VisitRecord& r, const QDateTime& at, const Actor& who)
{
    if (f.id.isEmpty()) f.id = newId();
    f.patientId = r.visit.patientId;
    f.visitId = r.visit.id;
    if (!f.recordedAt.isValid()) f.recordedAt = at;
    if (f.recordedBy.isEmpty()) f.recordedBy = who.username;
}
} // namespace

Status VisitRepository::writeVisit(const Visit& v, bool insert)
{
    auto st = m_c.prepare(insert ? "INSERT INTO visits(id, patient_id, facility_code, encounter_class, visit_date, token_number, status, "
                                   "started_at, closed_at, signed_by, amends_id, amend_reason, version, data) "
                                   "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"
                                 : "UPDATE visits SET patient_id=?2, facility_code=?3, encounter_class=?4, visit_date=?5, token_number=?6, "
                                   "status=?7, started_at=?8, closed_at=?9, signed_by=?10, amends_id=?11, amend_reason=?12, version=?13, "
                                   "data=?14 WHERE id=?1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, v.id).bind(2, v.patientId).bind(3, v.facilityCode).bind(4, encounterClassCode(v.encounterClass));
    q->bind(5, v.startedAt.toLocalTime().date().toString(Qt::ISODate)).bind(6, v.tokenNumber).bind(7, visitStatusCode(v.status));
    q->bind(8, isoUtc(v.startedAt)).bind(9, v.closedAt.isValid() ? isoUtc(v.closedAt) : QString());
    q->bind(10, v.signedBy.isEmpty() ? QString() : v.signedBy).bind(11, v.amendsId.isEmpty() ? QString() : v.amendsId);
    q->bind(12, v.amendReason.isEmpty() ? QString() : v.amendReason).bind(13, v.version).bind(14, compact(visitToJson(v)));
    Status s = q->run();
    if (!s.ok() && !insert && s.error().detail.contains(u"read-only"))
        return Error::make(ErrorCode::Conflict, tr("This visit is closed and signed. Record a correction instead."));
    return s;
}

Status VisitRepository::writeFacts(VisitRecord& r, const QDateTime& at, const Actor& who, bool replace)
{
    if (replace) {
        auto del = m_c.prepare("DELETE FROM clinical_facts WHERE visit_id = ?");
        if (!del.ok()) return del.error();
        del.value()->bind(1, r.visit.id);
        BHU_TRY(del.value()->run());
    }
    auto ins = m_c.prepare("INSERT INTO clinical_facts(id, kind, patient_id, visit_id, position, code, recorded_at, recorded_by, data) "
                           "VALUES (?,?,?,?,?,?,?,?,?)");
    if (!ins.ok()) return ins.error();
    auto put = [&](const ClinicalFact& f, const char* kind, int pos, const QString& code, const QJsonObject& data) {
        Statement* q = ins.value();
        q->bind(1, f.id).bind(2, QString::fromLatin1(kind)).bind(3, f.patientId).bind(4, f.visitId).bind(5, pos);
        q->bind(6, code.isEmpty() ? QString() : code).bind(7, isoUtc(f.recordedAt)).bind(8, f.recordedBy).bind(9, compact(data));
        return q->run();
    };
    if (r.vitals && !r.vitals->isEmpty()) {
        stamp(*r.vitals, r, at, who);
        BHU_TRY(put(*r.vitals, "vitals", 0, QString(), vitalSignsToJson(*r.vitals)));
    }
    for (int i = 0; i < r.diagnoses.size(); ++i) {
        stamp(r.diagnoses[i], r, at, who);
        BHU_TRY(put(r.diagnoses[i], "diagnosis", i, r.diagnoses[i].icd10, diagnosisToJson(r.diagnoses[i])));
    }
    for (int i = 0; i < r.prescriptions.size(); ++i) {
        stamp(r.prescriptions[i], r, at, who);
        BHU_TRY(put(r.prescriptions[i], "prescription", i, r.prescriptions[i].medicineCode, prescriptionToJson(r.prescriptions[i])));
    }
    for (int i = 0; i < r.referrals.size(); ++i) {
        stamp(r.referrals[i], r, at, who);
        BHU_TRY(put(r.referrals[i], "referral", i, facilityLevelCode(r.referrals[i].toLevel), referralToJson(r.referrals[i])));
    }
    return {};
}

Status VisitRepository::enqueueSigned(const VisitRecord& r)
{
    Outbox out(m_c);
    BHU_TRY(out.enqueue(kVisit, r.visit.id, r.visit.version));
    if (r.vitals) BHU_TRY(out.enqueue(resourceType(QStringLiteral("vitals")), r.vitals->id, r.vitals->version));
    for (const auto& d : r.diagnoses) BHU_TRY(out.enqueue(resourceType(QStringLiteral("diagnosis")), d.id, d.version));
    for (const auto& p : r.prescriptions) BHU_TRY(out.enqueue(resourceType(QStringLiteral("prescription")), p.id, p.version));
    for (const auto& f : r.referrals) BHU_TRY(out.enqueue(resourceType(QStringLiteral("referral")), f.id, f.version));
    return {};
}

Result<Visit> VisitRepository::start(Visit v, const QDate& day, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (v.id.isEmpty()) v.id = newId();
    auto next = m_c.prepare("SELECT coalesce(max(token_number), 0) + 1 FROM visits WHERE visit_date = ? AND facility_code = ?");
    if (!next.ok()) return next.error();
    next.value()->bind(1, day.toString(Qt::ISODate)).bind(2, v.facilityCode);
    if (auto r = next.value()->step(); !r.ok()) return r.error();
    v.tokenNumber = static_cast<int>(next.value()->int64(0));
    next.value()->reset();
    v.status = VisitStatus::Waiting;
    v.version = 1;
    if (!v.startedAt.isValid()) v.startedAt = Clock::system().nowUtc();
    BHU_TRY(writeVisit(v, true));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("visit.start"), kVisit, v.id, v.patientId,
                                 QStringLiteral("token=%1").arg(v.tokenNumber)));
    BHU_TRY(tx.commit());
    return v;
}

Result<Visit> VisitRepository::recordSigned(Visit v, const QString& action, const QString& detail, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (v.id.isEmpty()) v.id = newId();
    v.status = VisitStatus::Closed;
    v.tokenNumber = 0;
    v.version = 1;
    v.signedBy = who.username;
    BHU_TRY(writeVisit(v, true));
    VisitRecord r;
    r.visit = v;
    BHU_TRY(enqueueSigned(r));
    BHU_TRY(AuditLog(m_c).append(who, action, kVisit, v.id, v.patientId, detail));
    BHU_TRY(tx.commit());
    return v;
}

Status VisitRepository::saveDraft(VisitRecord& r, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto current = get(r.visit.id);
    if (!current.ok()) return current.error();
    if (!current->visit.isOpen())
        return Error::make(ErrorCode::Conflict, tr("This visit is closed and signed. Record a correction instead."));
    r.visit.status = r.visit.status == VisitStatus::Closed ? VisitStatus::InConsultation : r.visit.status;
    BHU_TRY(writeVisit(r.visit, false));
    BHU_TRY(writeFacts(r, Clock::system().nowUtc(), who));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("visit.draft"), kVisit, r.visit.id, r.visit.patientId));
    return tx.commit();
}

Result<Visit> VisitRepository::close(const QString& visitId, const QDateTime& at, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto r = get(visitId);
    if (!r.ok()) return r.error();
    if (!r->visit.isOpen()) return Error::make(ErrorCode::Conflict, tr("This visit is already closed."));
    r->visit.status = VisitStatus::Closed;
    r->visit.closedAt = at;
    r->visit.signedBy = who.username;
    BHU_TRY(writeVisit(r->visit, false));
    BHU_TRY(enqueueSigned(r.value()));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("visit.close"), kVisit, visitId, r->visit.patientId));
    BHU_TRY(tx.commit());
    return r->visit;
}

Result<VisitRecord> VisitRepository::amend(const QString& amendedId, VisitRecord c, const QString& reason, const QDateTime& at,
                                           const Actor& who)
{
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("Say why the visit is corrected; the reason is kept with the correction."));
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto original = get(amendedId);
    if (!original.ok()) return original.error();
    if (original->visit.isOpen()) return Error::make(ErrorCode::Conflict, tr("An open visit is edited directly, not corrected."));
    auto newer = m_c.prepare("SELECT count(*) FROM visits WHERE amends_id = ?");
    if (!newer.ok()) return newer.error();
    newer.value()->bind(1, amendedId);
    if (auto s = newer.value()->step(); !s.ok()) return s.error();
    const bool superseded = newer.value()->int64(0) > 0;
    newer.value()->reset();
    if (superseded) return Error::make(ErrorCode::Conflict, tr("This version was already corrected. Open the latest version and correct that."));

    Visit& v = c.visit;
    v.id = newId();
    v.patientId = original->visit.patientId;
    v.facilityCode = original->visit.facilityCode;
    v.tokenNumber = original->visit.tokenNumber;
    v.startedAt = original->visit.startedAt;
    v.status = VisitStatus::Closed;
    v.closedAt = at;
    v.signedBy = who.username;
    v.amendsId = amendedId;
    v.amendReason = reason.trimmed();
    v.version = original->visit.version + 1;
    // Facts of the correction are new facts; each points to the fact it replaces when there is one.
    auto renew = [&](auto& list, const auto& old) {
        for (int i = 0; i < list.size(); ++i) {
            list[i].id.clear();
            list[i].recordedAt = QDateTime();
            list[i].recordedBy.clear();
            list[i].amendsId = i < old.size() ? old[i].id : QString();
            list[i].amendReason = i < old.size() ? v.amendReason : QString();
            list[i].version = i < old.size() ? old[i].version + 1 : 1;
        }
    };
    renew(c.diagnoses, original->diagnoses);
    renew(c.prescriptions, original->prescriptions);
    renew(c.referrals, original->referrals);
    if (c.vitals) {
        c.vitals->id.clear();
        c.vitals->recordedAt = QDateTime();
        c.vitals->recordedBy.clear();
        c.vitals->amendsId = original->vitals ? original->vitals->id : QString();
        c.vitals->amendReason = original->vitals ? v.amendReason : QString();
        c.vitals->version = original->vitals ? original->vitals->version + 1 : 1;
    }
    // Written open, facts added, then closed: the read-only triggers apply from then on.
    v.status = VisitStatus::InConsultation;
    BHU_TRY(writeVisit(v, true));
    BHU_TRY(writeFacts(c, at, who));
    v.status = VisitStatus::Closed;
    BHU_TRY(writeVisit(v, false));
    BHU_TRY(enqueueSigned(c));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("visit.amend"), kVisit, v.id, v.patientId, QStringLiteral("amends=") + amendedId));
    BHU_TRY(tx.commit());
    return c;
}

Status VisitRepository::createClosedMany(QList<VisitRecord>& records, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    AuditLog audit(m_c);
    for (VisitRecord& r : records) {
        Visit& v = r.visit;
        if (v.status != VisitStatus::Closed || !v.closedAt.isValid() || v.signedBy.isEmpty())
            return Error::make(ErrorCode::Invalid, tr("Only closed, signed visits can be added in bulk."));
        if (v.id.isEmpty()) v.id = newId();
        if (v.version < 1) v.version = 1;
        // Written open, facts added, then closed: the read-only triggers apply from then on.
        v.status = VisitStatus::InConsultation;
        BHU_TRY(writeVisit(v, true));
        BHU_TRY(writeFacts(r, v.closedAt, who, false));
        v.status = VisitStatus::Closed;
        BHU_TRY(writeVisit(v, false));
        BHU_TRY(enqueueSigned(r));
        BHU_TRY(audit.append(who, QStringLiteral("visit.seed"), kVisit, v.id, v.patientId));
    }
    return tx.commit();
}

Result<bool> VisitRepository::storeReplicaVisit(const Visit& v)
{
    auto have = m_c.prepare("SELECT count(*) FROM visits WHERE id = ?");
    if (!have.ok()) return have.error();
    have.value()->bind(1, v.id);
    if (auto r = have.value()->step(); !r.ok()) return r.error();
    const bool exists = have.value()->int64(0) > 0;
    have.value()->reset();
    if (exists) return false;   // clinical records never change: a replay
    BHU_TRY(writeVisit(v, true));
    return true;
}

Result<bool> VisitRepository::mergeReplicaVitals(const VitalSigns& part)
{
    auto st = m_c.prepare("SELECT data FROM clinical_facts WHERE id = ? AND kind = 'vitals'");
    if (!st.ok()) return st.error();
    st.value()->bind(1, part.id);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    if (!row.value()) return false;
    VitalSigns stored = vitalSignsFromJson(parse(st.value()->text(0)));
    st.value()->reset();
    const VitalSigns before = stored;
    for (auto field : {&VitalSigns::systolic, &VitalSigns::diastolic, &VitalSigns::pulse, &VitalSigns::temperatureC,
                       &VitalSigns::respiratoryRate, &VitalSigns::spo2, &VitalSigns::weightKg, &VitalSigns::heightCm,
                       &VitalSigns::muacCm, &VitalSigns::glucoseMgDl})
        if (part.*field) stored.*field = part.*field;
    if (stored == before) return false;   // a replay
    auto up = m_c.prepare("UPDATE clinical_facts SET data = ? WHERE id = ?");
    if (!up.ok()) return up.error();
    up.value()->bind(1, compact(vitalSignsToJson(stored))).bind(2, part.id);
    BHU_TRY(up.value()->run());
    return true;
}

Result<int> VisitRepository::storeReplicaFacts(VisitRecord r)
{
    auto have = m_c.prepare("SELECT count(*) FROM clinical_facts WHERE id = ?");
    if (!have.ok()) return have.error();
    auto isNew = [&](const ClinicalFact& f) -> Result<bool> {
        have.value()->bind(1, f.id);
        if (auto row = have.value()->step(); !row.ok()) return row.error();
        const bool exists = have.value()->int64(0) > 0;
        have.value()->reset();
        return !exists;
    };
    int added = 0;
    auto keepNew = [&](auto& list) -> Status {
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            auto n = isNew(list[i]);
            if (!n.ok()) return n.error();
            if (!n.value()) list.removeAt(i);
        }
        added += static_cast<int>(list.size());
        return {};
    };
    if (r.vitals) {
        auto n = isNew(*r.vitals);
        if (!n.ok()) return n.error();
        if (n.value()) {
            ++added;
        } else {
            // A VitalSigns record travels as one Observation per measurement, possibly on
            // different pages: the later ones add their measurement to the stored record.
            auto merged = mergeReplicaVitals(*r.vitals);
            if (!merged.ok()) return merged.error();
            added += merged.value() ? 1 : 0;
            r.vitals.reset();
        }
    }
    BHU_TRY(keepNew(r.diagnoses));
    BHU_TRY(keepNew(r.prescriptions));
    BHU_TRY(keepNew(r.referrals));
    if (added == 0) return 0;
    const Actor registry{QString(), QStringLiteral("registry"), QStringLiteral("sync")};
    BHU_TRY(writeFacts(r, Clock::system().nowUtc(), registry, false));
    return added;
}

Status VisitRepository::loadFacts(VisitRecord& r)
{
    auto st = m_c.prepare("SELECT kind, data FROM clinical_facts WHERE visit_id = ? ORDER BY kind, position");
    if (!st.ok()) return st.error();
    st.value()->bind(1, r.visit.id);
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        const QString kind = st.value()->text(0);
        const QJsonObject data = parse(st.value()->text(1));
        if (kind == u"vitals") r.vitals = vitalSignsFromJson(data);
        else if (kind == u"diagnosis") r.diagnoses.append(diagnosisFromJson(data));
        else if (kind == u"prescription") r.prescriptions.append(prescriptionFromJson(data));
        else if (kind == u"referral") r.referrals.append(referralFromJson(data));
    }
    st.value()->reset();
    return {};
}

Result<VisitRecord> VisitRepository::get(const QString& visitId)
{
    auto st = m_c.prepare("SELECT data FROM visits WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, visitId);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    if (!row.value()) return Error::make(ErrorCode::NotFound, tr("No such visit."));
    VisitRecord r;
    r.visit = visitFromJson(parse(st.value()->text(0)));
    st.value()->reset();
    BHU_TRY(loadFacts(r));
    return r;
}

Result<QList<QString>> VisitRepository::visitIds(const char* sql, const QString& arg, int limit)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, arg).bind(2, limit);
    QList<QString> ids;
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        ids.append(st.value()->text(0));
    }
    st.value()->reset();
    return ids;
}

Result<QList<VisitRecord>> VisitRepository::forPatient(const QString& patientId, int limit)
{
    // Visits recorded under records merged into this one count as its own (patient_links, migration 0005).
    auto ids = visitIds("SELECT v.id FROM visits v WHERE (v.patient_id = ?1 OR v.patient_id IN "
                        "(SELECT merged_id FROM patient_links WHERE survivor_id = ?1)) "
                        "AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.amends_id = v.id) AND" BHU_VISIT_NOT_WITHDRAWN("v.id")
                        "ORDER BY v.started_at DESC LIMIT ?",
                        patientId, limit);
    if (!ids.ok()) return ids.error();
    QList<VisitRecord> out;
    for (const QString& id : ids.value()) {
        auto r = get(id);
        if (!r.ok()) return r.error();
        out.append(r.value());
    }
    return out;
}

Result<QList<VisitRecord>> VisitRepository::versions(const QString& visitId)
{
    // Walk back to the first version, then forward.
    QString first = visitId;
    for (;;) {
        auto r = get(first);
        if (!r.ok()) return r.error();
        if (r->visit.amendsId.isEmpty()) break;
        first = r->visit.amendsId;
    }
    QList<VisitRecord> out;
    QString next = first;
    while (!next.isEmpty()) {
        auto r = get(next);
        if (!r.ok()) return r.error();
        out.append(r.value());
        auto ids = visitIds("SELECT id FROM visits WHERE amends_id = ? LIMIT ?", next, 1);
        if (!ids.ok()) return ids.error();
        next = ids->isEmpty() ? QString() : ids->first();
    }
    return out;
}

Result<QList<QueueEntry>> VisitRepository::queue(const QDate& day, const QString& facilityCode)
{
    auto st = m_c.prepare(
        "SELECT v.data, p.name, p.sex, p.birth_date, p.birth_date_estimated, "
        "(SELECT value FROM patient_identifiers i WHERE i.patient_id = p.id AND i.system IN ('mr','mr-provisional') "
        " ORDER BY i.system LIMIT 1) "
        "FROM visits v JOIN patients p ON p.id = v.patient_id "
        "WHERE v.visit_date = ? AND v.facility_code = ? AND v.amends_id IS NULL AND" BHU_VISIT_NOT_WITHDRAWN("v.id")
        "ORDER BY v.token_number");
    if (!st.ok()) return st.error();
    st.value()->bind(1, day.toString(Qt::ISODate)).bind(2, facilityCode);
    QList<QueueEntry> out;
    for (;;) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        QueueEntry e;
        e.visit = visitFromJson(parse(st.value()->text(0)));
        e.patientName = st.value()->text(1);
        e.sex = sexFromCode(st.value()->text(2));
        e.birthDate = QDate::fromString(st.value()->text(3), Qt::ISODate);
        e.birthDateEstimated = st.value()->int64(4) != 0;
        e.mr = st.value()->text(5);
        out.append(e);
    }
    st.value()->reset();
    return out;
}

Result<qint64> VisitRepository::count()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM visits n WHERE n.amends_id = v.id) "
                                       "AND" BHU_VISIT_NOT_WITHDRAWN("v.id")));
}

} // namespace bhu::db
