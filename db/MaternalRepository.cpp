#include "bhu/db/MaternalRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::MaternalRepository", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }   // NOT NULL text columns: "" not NULL
QString day(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate toDay(const QString& s) { return QDate::fromString(s, Qt::ISODate); }
const QString kEpisode = QStringLiteral("EpisodeOfCare");
const QString kEncounter = QStringLiteral("Encounter");

#define BHU_PREG_COLS "id, patient_id, lmp, edd, gravida, para, registered_on, registered_by, facility_code, outcome, " \
                      "outcome_date, delivery_place, delivery_attendant, version, updated_at"
#define BHU_MCH_COLS "id, kind, patient_id, pregnancy_id, visit_id, contact_date, number, fp_method, referred, facility_code, " \
                     "recorded_at, recorded_by, version, amends_id, amend_reason, data"

Pregnancy readPregnancy(const Statement& q)
{
    Pregnancy p;
    p.id = q.text(0);
    p.patientId = q.text(1);
    p.lmp = toDay(q.text(2));
    p.edd = toDay(q.text(3));
    p.gravida = static_cast<int>(q.int64(4));
    p.para = static_cast<int>(q.int64(5));
    p.registeredOn = toDay(q.text(6));
    p.registeredBy = q.text(7);
    p.facilityCode = q.text(8);
    p.outcome = pregnancyOutcomeFromCode(q.text(9)).value_or(PregnancyOutcome::Ongoing);
    p.outcomeDate = toDay(q.text(10));
    p.deliveryPlace = q.text(11);
    p.deliveryAttendant = q.text(12);
    p.version = static_cast<int>(q.int64(13));
    p.updatedAt = QDateTime::fromString(q.text(14), Qt::ISODateWithMs);
    return p;
}

QJsonValue num(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue num(const std::optional<int>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString contactData(const MchContact& c)
{
    const QJsonObject o{{QStringLiteral("systolic"), num(c.systolic)},
                        {QStringLiteral("diastolic"), num(c.diastolic)},
                        {QStringLiteral("weight_kg"), num(c.weightKg)},
                        {QStringLiteral("hb_gdl"), num(c.hbGdl)},
                        {QStringLiteral("danger_signs"), QJsonArray::fromStringList(c.dangerSigns)},
                        {QStringLiteral("new_acceptor"), c.newAcceptor},
                        {QStringLiteral("note"), c.note}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

MchContact readContact(const Statement& q)
{
    MchContact c;
    c.id = q.text(0);
    c.kind = mchKindFromCode(q.text(1)).value_or(MchKind::Antenatal);
    c.patientId = q.text(2);
    c.pregnancyId = q.text(3);
    c.visitId = q.text(4);
    c.date = toDay(q.text(5));
    c.number = static_cast<int>(q.int64(6));
    c.fpMethod = q.text(7);
    c.referred = q.int64(8) != 0;
    c.facilityCode = q.text(9);
    c.recordedAt = QDateTime::fromString(q.text(10), Qt::ISODateWithMs);
    c.recordedBy = q.text(11);
    c.version = static_cast<int>(q.int64(12));
    c.amendsId = q.text(13);
    c.amendReason = q.text(14);
    const QJsonObject o = QJsonDocument::fromJson(q.text(15).toUtf8()).object();
    auto optD = [&](const char* k) { const QJsonValue v = o.value(QLatin1String(k)); return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt; };
    if (auto v = optD("systolic")) c.systolic = int(*v);
    if (auto v = optD("diastolic")) c.diastolic = int(*v);
    c.weightKg = optD("weight_kg");
    c.hbGdl = optD("hb_gdl");
    for (const QJsonValue s : o.value(u"danger_signs").toArray()) c.dangerSigns.append(s.toString());
    c.newAcceptor = o.value(u"new_acceptor").toBool();
    c.note = o.value(u"note").toString();
    return c;
}
} // namespace

Status MaternalRepository::writePregnancy(const Pregnancy& p, bool insert)
{
    auto st = m_c.prepare(insert ? "INSERT INTO pregnancies(" BHU_PREG_COLS ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)"
                                 : "UPDATE pregnancies SET patient_id=?2, lmp=?3, edd=?4, gravida=?5, para=?6, registered_on=?7, "
                                   "registered_by=?8, facility_code=?9, outcome=?10, outcome_date=?11, delivery_place=?12, "
                                   "delivery_attendant=?13, version=?14, updated_at=?15 WHERE id=?1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, p.id).bind(2, p.patientId).bind(3, day(p.lmp)).bind(4, day(p.edd)).bind(5, p.gravida).bind(6, p.para);
    q->bind(7, day(p.registeredOn)).bind(8, nn(p.registeredBy)).bind(9, nn(p.facilityCode)).bind(10, pregnancyOutcomeCode(p.outcome));
    q->bind(11, day(p.outcomeDate)).bind(12, nn(p.deliveryPlace)).bind(13, nn(p.deliveryAttendant)).bind(14, p.version);
    q->bind(15, isoUtc(p.updatedAt));
    return q->run();
}

Result<Pregnancy> MaternalRepository::registerPregnancy(Pregnancy p, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto ongoing = ongoingPregnancy(p.patientId);
    if (!ongoing.ok()) return ongoing.error();
    if (ongoing.value())
        return Error::make(ErrorCode::Conflict, tr("This woman already has a registered pregnancy. Record its outcome first."));
    if (p.id.isEmpty()) p.id = newId();
    const QDateTime now = Clock::system().nowUtc();
    if (!p.registeredOn.isValid()) p.registeredOn = now.toLocalTime().date();
    if (p.registeredBy.isEmpty()) p.registeredBy = who.username;
    p.version = 1;
    p.updatedAt = now;
    BHU_TRY(writePregnancy(p, true));
    BHU_TRY(Outbox(m_c).enqueue(kEpisode, p.id, p.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("pregnancy.register"), kEpisode, p.id, p.patientId));
    BHU_TRY(tx.commit());
    return p;
}

Result<Pregnancy> MaternalRepository::recordOutcome(const QString& pregnancyId, PregnancyOutcome outcome, const QDate& on,
                                                    const QString& place, const QString& attendant, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto p = getPregnancy(pregnancyId);
    if (!p.ok()) return p.error();
    if (!p->isOngoing()) return Error::make(ErrorCode::Conflict, tr("The outcome of this pregnancy is already recorded."));
    p->outcome = outcome;
    p->outcomeDate = on;
    p->deliveryPlace = place;
    p->deliveryAttendant = attendant;
    p->version += 1;
    p->updatedAt = Clock::system().nowUtc();
    BHU_TRY(writePregnancy(p.value(), false));
    BHU_TRY(Outbox(m_c).enqueue(kEpisode, p->id, p->version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("pregnancy.outcome"), kEpisode, p->id, p->patientId, pregnancyOutcomeCode(outcome)));
    BHU_TRY(tx.commit());
    return p;
}

Result<QList<Pregnancy>> MaternalRepository::pregnancyQuery(const char* sql, const QString& arg)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, arg);
    return st.value()->collect<Pregnancy>(readPregnancy);
}

Result<Pregnancy> MaternalRepository::getPregnancy(const QString& id)
{
    auto r = pregnancyQuery("SELECT " BHU_PREG_COLS " FROM pregnancies WHERE id = ?", id);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such pregnancy."));
    return r->first();
}

Result<QList<Pregnancy>> MaternalRepository::pregnanciesOf(const QString& patientId)
{
    return pregnancyQuery("SELECT " BHU_PREG_COLS " FROM pregnancies WHERE patient_id = ? ORDER BY registered_on DESC", patientId);
}

Result<std::optional<Pregnancy>> MaternalRepository::ongoingPregnancy(const QString& patientId)
{
    auto r = pregnancyQuery("SELECT " BHU_PREG_COLS " FROM pregnancies WHERE patient_id = ? AND outcome = 'ongoing'", patientId);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return std::optional<Pregnancy>();
    return std::optional<Pregnancy>(r->first());
}

Result<MchContact> MaternalRepository::recordContact(MchContact c, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (c.kind != MchKind::FamilyPlanning) {
        auto p = getPregnancy(c.pregnancyId);
        if (!p.ok()) return p.error();
        if (p->patientId != c.patientId) return Error::make(ErrorCode::Invalid, tr("The pregnancy belongs to another woman."));
        if (c.number <= 0) {
            auto n = m_c.prepare("SELECT coalesce(max(number), 0) + 1 FROM mch_contacts WHERE pregnancy_id = ? AND kind = ?");
            if (!n.ok()) return n.error();
            n.value()->bind(1, c.pregnancyId).bind(2, mchKindCode(c.kind));
            if (auto r = n.value()->step(); !r.ok()) return r.error();
            c.number = static_cast<int>(n.value()->int64(0));
            n.value()->reset();
        }
    } else {
        c.pregnancyId.clear();
        c.number = 0;
    }
    if (c.id.isEmpty()) c.id = newId();
    c.version = 1;
    c.recordedAt = Clock::system().nowUtc();
    c.recordedBy = who.username;
    BHU_TRY(insertContact(c));
    BHU_TRY(Outbox(m_c).enqueue(kEncounter, c.id, c.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("mch.") + mchKindCode(c.kind), kEncounter, c.id, c.patientId));
    BHU_TRY(tx.commit());
    return c;
}

Status MaternalRepository::insertContact(const MchContact& c)
{
    auto st = m_c.prepare("INSERT INTO mch_contacts(" BHU_MCH_COLS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, c.id).bind(2, mchKindCode(c.kind)).bind(3, c.patientId).bind(4, c.pregnancyId.isEmpty() ? QString() : c.pregnancyId);
    q->bind(5, c.visitId.isEmpty() ? QString() : c.visitId).bind(6, day(c.date)).bind(7, c.number).bind(8, nn(c.fpMethod));
    q->bind(9, c.referred).bind(10, nn(c.facilityCode)).bind(11, isoUtc(c.recordedAt)).bind(12, nn(c.recordedBy)).bind(13, c.version);
    q->bind(14, c.amendsId.isEmpty() ? QString() : c.amendsId).bind(15, c.amendReason.isEmpty() ? QString() : c.amendReason);
    q->bind(16, contactData(c));
    return q->run();
}

Result<MchContact> MaternalRepository::getContact(const QString& id)
{
    auto r = contactQuery("SELECT " BHU_MCH_COLS " FROM mch_contacts WHERE id = ?", id);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such mother-and-child visit."));
    return r->first();
}

Result<bool> MaternalRepository::storeReplicaPregnancy(const Pregnancy& p)
{
    if (p.id.isEmpty() || p.patientId.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The received pregnancy lacks its id or woman."));
    auto old = getPregnancy(p.id);
    if (!old.ok() && old.error().code != ErrorCode::NotFound) return old.error();
    if (old.ok() && p.version <= old->version) return false;
    Pregnancy copy = p;
    copy.updatedAt = Clock::system().nowUtc();
    if (!copy.registeredOn.isValid()) copy.registeredOn = copy.updatedAt.toLocalTime().date();
    BHU_TRY(writePregnancy(copy, !old.ok()));
    return true;
}

Result<bool> MaternalRepository::storeReplicaContact(const MchContact& c)
{
    auto old = getContact(c.id);
    if (old.ok()) return false;
    if (old.error().code != ErrorCode::NotFound) return old.error();
    if (c.id.isEmpty() || c.patientId.isEmpty() || !c.date.isValid())
        return Error::make(ErrorCode::Invalid, tr("The received mother-and-child visit lacks its id, woman or date."));
    MchContact copy = c;
    if (!copy.recordedAt.isValid()) copy.recordedAt = Clock::system().nowUtc();
    BHU_TRY(insertContact(copy));
    return true;
}

Result<QList<MchContact>> MaternalRepository::contactQuery(const char* sql, const QString& arg)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, arg);
    return st.value()->collect<MchContact>(readContact);
}

Result<QList<MchContact>> MaternalRepository::contactsOf(const QString& patientId)
{
    return contactQuery("SELECT " BHU_MCH_COLS " FROM mch_contacts WHERE patient_id = ? ORDER BY contact_date, recorded_at", patientId);
}

Result<QList<MchContact>> MaternalRepository::contactsOfPregnancy(const QString& pregnancyId)
{
    return contactQuery("SELECT " BHU_MCH_COLS " FROM mch_contacts WHERE pregnancy_id = ? ORDER BY contact_date, recorded_at", pregnancyId);
}

Result<QList<MchContact>> MaternalRepository::contactsBetween(const QDate& from, const QDate& to, const QString& facilityCode)
{
    auto st = m_c.prepare("SELECT " BHU_MCH_COLS " FROM mch_contacts WHERE contact_date BETWEEN ?1 AND ?2 AND facility_code = ?3 ORDER BY contact_date");
    if (!st.ok()) return st.error();
    st.value()->bind(1, day(from)).bind(2, day(to)).bind(3, facilityCode);
    QList<MchContact> out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(readContact(*st.value()));
    }
    st.value()->reset();
    return out;
}

Result<QList<Pregnancy>> MaternalRepository::pregnanciesBetween(const QDate& from, const QDate& to, const QString& facilityCode)
{
    auto st = m_c.prepare("SELECT " BHU_PREG_COLS " FROM pregnancies WHERE facility_code = ?3 AND "
                          "(registered_on BETWEEN ?1 AND ?2 OR outcome_date BETWEEN ?1 AND ?2) ORDER BY registered_on");
    if (!st.ok()) return st.error();
    st.value()->bind(1, day(from)).bind(2, day(to)).bind(3, facilityCode);
    QList<Pregnancy> out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(readPregnancy(*st.value()));
    }
    st.value()->reset();
    return out;
}

} // namespace bhu::db
