#include "bhu/db/PatientRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/MrNumberPool.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/domain/NameSearch.h"
#include "bhu/domain/NameSkeleton.h"
#include "bhu/domain/Clock.h"
#include "bhu/domain/PatientJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace bhu::db {

namespace {
const QString kType = QStringLiteral("Patient");
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::PatientRepository", s); }
QString orNull(const QString& s) { return s.isEmpty() ? QString() : s; }

void bindDemographics(Statement* st, const Patient& p)
{
    st->bind(1, p.id).bind(2, p.version).bind(3, p.name).bind(4, orNull(p.nameUrdu));
    st->bind(5, orNull(relationCode(p.relation))).bind(6, orNull(p.guardianName)).bind(7, sexCode(p.sex));
    st->bind(8, p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString());
    st->bind(9, p.birthDateEstimated).bind(10, orNull(p.phone)).bind(11, orNull(p.guardianCnic));
    st->bind(12, orNull(p.guardianRelationship)).bind(13, orNull(p.address.province)).bind(14, orNull(p.address.district));
    st->bind(15, orNull(p.address.tehsil)).bind(16, orNull(p.address.unionCouncil)).bind(17, orNull(p.address.village));
    st->bind(18, orNull(p.notes)).bind(19, p.facilityCode).bind(20, isoUtc(p.createdAt)).bind(21, isoUtc(p.updatedAt));
}
} // namespace

Status PatientRepository::writeIdentifiers(const Patient& p)
{
    auto del = m_c.prepare("DELETE FROM patient_identifiers WHERE patient_id = ?");
    if (!del.ok()) return del.error();
    del.value()->bind(1, p.id);
    BHU_TRY(del.value()->run());
    auto ins = m_c.prepare("INSERT INTO patient_identifiers(patient_id, system, value, created_at) VALUES (?,?,?,?)");
    if (!ins.ok()) return ins.error();
    for (const Identifier& i : p.identifiers) {
        if (i.value.isEmpty()) continue;
        ins.value()->bind(1, p.id).bind(2, i.system).bind(3, i.value).bind(4, isoUtc(p.updatedAt));
        Status s = ins.value()->run();
        if (!s.ok()) {
            if (s.is(ErrorCode::Conflict))
                return Error::make(ErrorCode::Conflict, tr("The MR number %1 is already given to another patient. Nothing was saved.").arg(i.value));
            return s;
        }
    }
    return {};
}

Status PatientRepository::writeSearchIndex(qint64 rowid, const Patient& p, bool replace)
{
    if (replace) {
        auto del = m_c.prepare("DELETE FROM patient_fts WHERE rowid = ?");
        if (!del.ok()) return del.error();
        del.value()->bind(1, rowid);
        BHU_TRY(del.value()->run());
    }
    QStringList name = searchTokens(p.name);
    for (const QString& t : searchTokens(p.nameUrdu))
        if (!name.contains(t)) name.append(t);
    QStringList skel;
    for (const QString& key : normalizeName(p.name).keys) {
        const QString k = nameSkeleton(key);
        if (k.size() >= 2 && !skel.contains(k)) skel.append(k);
    }
    auto ins = m_c.prepare("INSERT INTO patient_fts(rowid, name, guardian, skel) VALUES (?,?,?,?)");
    if (!ins.ok()) return ins.error();
    ins.value()->bind(1, rowid).bind(2, name.join(u' ')).bind(3, searchTokens(p.guardianName).join(u' ')).bind(4, skel.join(u' '));
    return ins.value()->run();
}

Status PatientRepository::writeVersion(const Patient& p, const Actor& who)
{
    auto st = m_c.prepare("INSERT INTO patient_versions(patient_id, version, data, changed_by, changed_at) VALUES (?,?,?,?,?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, p.id).bind(2, p.version);
    st.value()->bind(3, QString::fromUtf8(QJsonDocument(patientToJson(p)).toJson(QJsonDocument::Compact)));
    st.value()->bind(4, who.username).bind(5, isoUtc(p.updatedAt));
    return st.value()->run();
}

Status PatientRepository::insertWithin(Patient& p, const Actor& who)
{
    if (p.id.isEmpty()) p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.version = 1;
    p.createdAt = p.updatedAt = Clock::system().nowUtc();
    auto st = m_c.prepare(
        "INSERT INTO patients(id, version, name, name_ur, relation, guardian_name, sex, birth_date, birth_date_estimated, "
        "phone, guardian_cnic, guardian_relationship, province, district, tehsil, union_council, village, notes, "
        "facility_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    bindDemographics(st.value(), p);
    BHU_TRY(st.value()->run());
    const qint64 rowid = m_c.lastInsertRowId();
    if (p.identifier(IdSystem::Mr).isEmpty() && p.identifier(IdSystem::MrProvisional).isEmpty()) {
        auto mr = MrNumberPool(m_c).issue(p.id);   // after the row exists: the pool points to it
        if (!mr.ok()) return mr.error();
        p.identifiers.prepend(mr.value());
    }
    BHU_TRY(writeSearchIndex(rowid, p, false));
    BHU_TRY(writeIdentifiers(p));
    BHU_TRY(writeVersion(p, who));
    BHU_TRY(Outbox(m_c).enqueue(kType, p.id, p.version));
    return AuditLog(m_c).append(who, QStringLiteral("patient.create"), kType, p.id, p.id);
}

Result<Patient> PatientRepository::create(Patient p, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(insertWithin(p, who));
    BHU_TRY(tx.commit());
    return p;
}

Status PatientRepository::createMany(QList<Patient>& patients, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    for (Patient& p : patients) BHU_TRY(insertWithin(p, who));
    return tx.commit();
}

Result<Patient> PatientRepository::update(Patient p, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto before = get(p.id);
    if (!before.ok()) return before.error();
    if (before->version != p.version)
        return Error::make(ErrorCode::Conflict,
                           tr("Someone else changed this patient while you were editing. Reopen the patient and make your change again."));
    const QStringList changed = changedFields(before.value(), p);
    if (changed.isEmpty()) return before.value();
    p.version = before->version + 1;
    p.createdAt = before->createdAt;
    p.updatedAt = Clock::system().nowUtc();
    BHU_TRY(updateRow(p));
    BHU_TRY(writeIdentifiers(p));
    BHU_TRY(writeVersion(p, who));
    BHU_TRY(Outbox(m_c).enqueue(kType, p.id, p.version));
    // Field names only: the values stay in patient_versions.
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("patient.update"), kType, p.id, p.id, changed.join(u',')));
    BHU_TRY(tx.commit());
    return p;
}

Status PatientRepository::updateRow(const Patient& p)
{
    auto st = m_c.prepare(
        "UPDATE patients SET version=?2, name=?3, name_ur=?4, relation=?5, guardian_name=?6, sex=?7, birth_date=?8, "
        "birth_date_estimated=?9, phone=?10, guardian_cnic=?11, guardian_relationship=?12, province=?13, district=?14, "
        "tehsil=?15, union_council=?16, village=?17, notes=?18, facility_code=?19, created_at=?20, updated_at=?21 "
        "WHERE id=?1");
    if (!st.ok()) return st.error();
    bindDemographics(st.value(), p);
    BHU_TRY(st.value()->run());
    auto rowid = m_c.prepare("SELECT rowid FROM patients WHERE id = ?");
    if (!rowid.ok()) return rowid.error();
    rowid.value()->bind(1, p.id);
    if (auto r = rowid.value()->step(); !r.ok()) return r.error();
    const qint64 rid = rowid.value()->int64(0);
    rowid.value()->reset();
    return writeSearchIndex(rid, p, true);
}

Result<bool> PatientRepository::storeReplica(Patient p)
{
    auto state = m_c.prepare("SELECT deleted FROM patients WHERE id = ?");
    if (!state.ok()) return state.error();
    state.value()->bind(1, p.id);
    auto row = state.value()->step();
    if (!row.ok()) return row.error();
    const bool exists = row.value();
    const bool deleted = exists && state.value()->int64(0) != 0;
    state.value()->reset();
    if (deleted) return false;   // tombstones win
    const Actor registry{QString(), QStringLiteral("registry"), QStringLiteral("sync")};
    if (!exists) {
        p.version = 1;
        p.createdAt = p.updatedAt = Clock::system().nowUtc();
        auto st = m_c.prepare(
            "INSERT INTO patients(id, version, name, name_ur, relation, guardian_name, sex, birth_date, birth_date_estimated, "
            "phone, guardian_cnic, guardian_relationship, province, district, tehsil, union_council, village, notes, "
            "facility_code, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st.ok()) return st.error();
        bindDemographics(st.value(), p);
        BHU_TRY(st.value()->run());
        BHU_TRY(writeSearchIndex(m_c.lastInsertRowId(), p, false));
        BHU_TRY(writeIdentifiers(p));
        BHU_TRY(writeVersion(p, registry));
        return true;
    }
    auto before = get(p.id);
    if (!before.ok()) return before.error();
    QList<Identifier> ids = before->identifiers;   // identifiers are only ever added
    for (const Identifier& i : p.identifiers)
        if (!i.value.isEmpty() && !ids.contains(i)) ids.append(i);
    p.identifiers = ids;
    p.notes = before->notes;
    p.version = before->version;
    p.createdAt = before->createdAt;
    p.updatedAt = before->updatedAt;
    if (changedFields(before.value(), p).isEmpty()) return false;
    p.version = before->version + 1;
    p.updatedAt = Clock::system().nowUtc();
    BHU_TRY(updateRow(p));
    BHU_TRY(writeIdentifiers(p));
    BHU_TRY(writeVersion(p, registry));
    return true;
}

Result<Patient> PatientRepository::get(const QString& id)
{
    auto st = m_c.prepare(
        "SELECT id, version, name, name_ur, relation, guardian_name, sex, birth_date, birth_date_estimated, phone, "
        "guardian_cnic, guardian_relationship, province, district, tehsil, union_council, village, notes, facility_code, "
        "created_at, updated_at FROM patients WHERE id = ? AND deleted = 0");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, id);
    auto row = q->step();
    if (!row.ok()) return row.error();
    if (!row.value()) return Error::make(ErrorCode::NotFound, tr("No such patient."));
    Patient p;
    p.id = q->text(0);
    p.version = static_cast<int>(q->int64(1));
    p.name = q->text(2);
    p.nameUrdu = q->text(3);
    p.relation = relationFromCode(q->text(4));
    p.guardianName = q->text(5);
    p.sex = sexFromCode(q->text(6));
    p.birthDate = QDate::fromString(q->text(7), Qt::ISODate);
    p.birthDateEstimated = q->int64(8) != 0;
    p.phone = q->text(9);
    p.guardianCnic = q->text(10);
    p.guardianRelationship = q->text(11);
    p.address = Address{q->text(12), q->text(13), q->text(14), q->text(15), q->text(16)};
    p.notes = q->text(17);
    p.facilityCode = q->text(18);
    p.createdAt = QDateTime::fromString(q->text(19), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q->text(20), Qt::ISODateWithMs);
    q->reset();

    auto ids = m_c.prepare("SELECT system, value FROM patient_identifiers WHERE patient_id = ? ORDER BY system");
    if (!ids.ok()) return ids.error();
    ids.value()->bind(1, id);
    for (;;) {
        auto r = ids.value()->step();
        if (!r.ok()) return r.error();
        if (!r.value()) break;
        p.identifiers.append(Identifier{ids.value()->text(0), ids.value()->text(1)});
    }
    ids.value()->reset();
    return p;
}

Result<QList<QString>> PatientRepository::findByIdentifier(const QString& value)
{
    auto st = m_c.prepare("SELECT DISTINCT patient_id FROM patient_identifiers WHERE value = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, value);
    QList<QString> out;
    for (;;) {
        auto r = st.value()->step();
        if (!r.ok()) return r.error();
        if (!r.value()) break;
        out.append(st.value()->text(0));
    }
    st.value()->reset();
    return out;
}

Result<QList<PatientVersion>> PatientRepository::versions(const QString& id)
{
    auto st = m_c.prepare("SELECT data, changed_by, changed_at FROM patient_versions WHERE patient_id = ? ORDER BY version");
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    QList<PatientVersion> out;
    for (;;) {
        auto r = st.value()->step();
        if (!r.ok()) return r.error();
        if (!r.value()) break;
        PatientVersion v;
        v.patient = patientFromJson(QJsonDocument::fromJson(st.value()->text(0).toUtf8()).object());
        v.changedBy = st.value()->text(1);
        v.changedAt = QDateTime::fromString(st.value()->text(2), Qt::ISODateWithMs);
        out.append(v);
    }
    st.value()->reset();
    return out;
}

Result<qint64> PatientRepository::count()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM patients WHERE deleted = 0"));
}

} // namespace bhu::db
