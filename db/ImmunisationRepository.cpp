#include "bhu/db/ImmunisationRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::ImmunisationRepository", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }   // NOT NULL text columns: "" not NULL
const QString kImmunization = QStringLiteral("Immunization");

#define BHU_IMM_COLS "id, patient_id, antigen, dose, given_on, lot, place, given_elsewhere, facility_code, performer, " \
                     "recorded_at, recorded_by, version, amends_id, amend_reason, entered_in_error"

Immunisation readRow(const Statement& q, int at = 0)
{
    Immunisation i;
    i.id = q.text(at + 0);
    i.patientId = q.text(at + 1);
    i.dose.antigen = q.text(at + 2);
    i.dose.dose = static_cast<int>(q.int64(at + 3));
    i.dose.date = QDate::fromString(q.text(at + 4), Qt::ISODate);
    i.dose.lot = q.text(at + 5);
    i.dose.place = q.text(at + 6);
    i.dose.givenElsewhere = q.int64(at + 7) != 0;
    i.facilityCode = q.text(at + 8);
    i.performer = q.text(at + 9);
    i.recordedAt = QDateTime::fromString(q.text(at + 10), Qt::ISODateWithMs);
    i.recordedBy = q.text(at + 11);
    i.version = static_cast<int>(q.int64(at + 12));
    i.amendsId = q.text(at + 13);
    i.amendReason = q.text(at + 14);
    i.enteredInError = q.int64(at + 15) != 0;
    return i;
}
} // namespace

Status ImmunisationRepository::insert(const Immunisation& i)
{
    auto st = m_c.prepare("INSERT INTO immunisations(" BHU_IMM_COLS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, i.id).bind(2, i.patientId).bind(3, nn(i.dose.antigen)).bind(4, i.dose.dose).bind(5, i.dose.date.toString(Qt::ISODate));
    q->bind(6, nn(i.dose.lot)).bind(7, nn(i.dose.place)).bind(8, i.dose.givenElsewhere).bind(9, nn(i.facilityCode)).bind(10, nn(i.performer));
    q->bind(11, isoUtc(i.recordedAt)).bind(12, nn(i.recordedBy)).bind(13, i.version);
    q->bind(14, i.amendsId.isEmpty() ? QString() : i.amendsId).bind(15, i.amendReason.isEmpty() ? QString() : i.amendReason);
    q->bind(16, i.enteredInError);
    return q->run();
}

Result<Immunisation> ImmunisationRepository::record(Immunisation i, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (i.id.isEmpty()) i.id = newId();
    i.version = 1;
    i.amendsId.clear();
    i.amendReason.clear();
    if (!i.recordedAt.isValid()) i.recordedAt = Clock::system().nowUtc();
    if (i.recordedBy.isEmpty()) i.recordedBy = who.username;
    if (i.performer.isEmpty()) i.performer = who.username;
    BHU_TRY(insert(i));
    BHU_TRY(Outbox(m_c).enqueue(kImmunization, i.id, i.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("immunisation.record"), kImmunization, i.id, i.patientId, i.code()));
    BHU_TRY(tx.commit());
    return i;
}

Result<Immunisation> ImmunisationRepository::amend(const QString& amendedId, Immunisation corrected, const QString& reason, const Actor& who)
{
    if (reason.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("Write why the dose is corrected."));
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto old = get(amendedId);
    if (!old.ok()) return old.error();
    auto later = m_c.prepare("SELECT count(*) FROM immunisations WHERE amends_id = ?");
    if (!later.ok()) return later.error();
    later.value()->bind(1, amendedId);
    if (auto r = later.value()->step(); !r.ok()) return r.error();
    const qint64 n = later.value()->int64(0);
    later.value()->reset();
    if (n > 0) return Error::make(ErrorCode::Conflict, tr("This dose was already corrected. Correct the newest version."));
    corrected.id = newId();
    corrected.patientId = old->patientId;
    corrected.version = old->version + 1;
    corrected.amendsId = amendedId;
    corrected.amendReason = reason.trimmed();
    corrected.recordedAt = Clock::system().nowUtc();
    corrected.recordedBy = who.username;
    if (corrected.facilityCode.isEmpty()) corrected.facilityCode = old->facilityCode;
    if (corrected.performer.isEmpty()) corrected.performer = old->performer;
    BHU_TRY(insert(corrected));
    BHU_TRY(Outbox(m_c).enqueue(kImmunization, corrected.id, corrected.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("immunisation.amend"), kImmunization, corrected.id, corrected.patientId,
                                 QStringLiteral("amends=") + amendedId));
    BHU_TRY(tx.commit());
    return corrected;
}

Result<bool> ImmunisationRepository::storeReplica(const Immunisation& i)
{
    auto held = m_c.prepare("SELECT count(*) FROM immunisations WHERE id = ?");
    if (!held.ok()) return held.error();
    held.value()->bind(1, i.id);
    if (auto r = held.value()->step(); !r.ok()) return r.error();
    const bool already = held.value()->int64(0) > 0;
    held.value()->reset();
    if (already) return false;
    if (i.id.isEmpty() || i.patientId.isEmpty() || !i.dose.date.isValid())
        return Error::make(ErrorCode::Invalid, tr("The received dose lacks its id, person or date."));
    Immunisation copy = i;
    if (copy.facilityCode.isEmpty()) copy.facilityCode = QStringLiteral("unknown");
    if (!copy.recordedAt.isValid()) copy.recordedAt = Clock::system().nowUtc();
    BHU_TRY(insert(copy));
    return true;
}

Result<QList<Immunisation>> ImmunisationRepository::query(const char* sql, const QString& arg)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, arg);
    return st.value()->collect<Immunisation>([](const Statement& q) { return readRow(q); });
}

Result<Immunisation> ImmunisationRepository::get(const QString& id)
{
    auto r = query("SELECT " BHU_IMM_COLS " FROM immunisations WHERE id = ?", id);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such dose."));
    return r->first();
}

Result<QList<Immunisation>> ImmunisationRepository::forPatient(const QString& patientId)
{
    return query("SELECT " BHU_IMM_COLS " FROM immunisations WHERE patient_id = ? ORDER BY given_on, antigen, dose, version", patientId);
}

Result<QList<CardHolder>> ImmunisationRepository::cardsInVillage(const QString& lhwArea, const QString& village, const QDate& bornSince)
{
    auto st = m_c.prepare("SELECT p.id, m.household_id, p.birth_date FROM household_members m "
                          "JOIN households h ON h.id = m.household_id JOIN patients p ON p.id = m.patient_id "
                          "WHERE m.left_on IS NULL AND p.deleted = 0 AND (?1 = '' OR h.lhw_area = ?1) AND (?2 = '' OR h.village = ?2) "
                          "AND p.birth_date >= ?3 ORDER BY h.address, p.birth_date");
    if (!st.ok()) return st.error();
    st.value()->bind(1, lhwArea.isNull() ? QStringLiteral("") : lhwArea).bind(2, village.isNull() ? QStringLiteral("") : village);
    st.value()->bind(3, bornSince.toString(Qt::ISODate));
    QList<CardHolder> out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(CardHolder{st.value()->text(0), st.value()->text(1), QDate::fromString(st.value()->text(2).left(10), Qt::ISODate), {}});
    }
    st.value()->reset();
    for (CardHolder& c : out) {
        auto d = forPatient(c.patientId);
        if (!d.ok()) return d.error();
        c.doses = std::move(d.value());
    }
    return out;
}

Result<QList<Immunisation>> ImmunisationRepository::givenBetween(const QDate& from, const QDate& to, const QString& facilityCode)
{
    auto st = m_c.prepare("SELECT " BHU_IMM_COLS " FROM immunisations WHERE given_on BETWEEN ?1 AND ?2 AND facility_code = ?3 ORDER BY given_on");
    if (!st.ok()) return st.error();
    st.value()->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, facilityCode);
    return st.value()->collect<Immunisation>([](const Statement& q) { return readRow(q); });
}

Result<qint64> ImmunisationRepository::count()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM immunisations"));
}

} // namespace bhu::db
