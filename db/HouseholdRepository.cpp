#include "bhu/db/HouseholdRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::HouseholdRepository", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }   // NOT NULL text columns: "" not NULL
const QString kGroup = QStringLiteral("Group");
QString day(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDateTime utc(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }

const char* kHouseholdCols = "id, village, address, lhw_area, head_patient_id, facility_code, phone, created_at, updated_at, version";
const char* kMemberCols = "id, household_id, patient_id, relationship, joined_on, left_on, left_reason, recorded_at, recorded_by";

Household readHousehold(const Statement& q)
{
    Household h;
    h.id = q.text(0);
    h.village = q.text(1);
    h.address = q.text(2);
    h.lhwArea = q.text(3);
    h.headPatientId = q.text(4);
    h.facilityCode = q.text(5);
    h.phone = q.text(6);
    h.createdAt = utc(q.text(7));
    h.updatedAt = utc(q.text(8));
    h.version = static_cast<int>(q.int64(9));
    return h;
}

HouseholdMember readMember(const Statement& q)
{
    HouseholdMember m;
    m.id = q.text(0);
    m.householdId = q.text(1);
    m.patientId = q.text(2);
    m.relationship = relationshipFromCode(q.text(3)).value_or(Relationship::OtherRelative);
    m.joinedOn = QDate::fromString(q.text(4), Qt::ISODate);
    m.leftOn = QDate::fromString(q.text(5), Qt::ISODate);
    m.leftReason = q.text(6);
    m.recordedAt = utc(q.text(7));
    m.recordedBy = q.text(8);
    return m;
}
} // namespace

Status HouseholdRepository::write(const Household& h, bool insert)
{
    auto st = m_c.prepare(insert ? "INSERT INTO households(id, village, address, lhw_area, head_patient_id, facility_code, phone, "
                                   "created_at, updated_at, version) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"
                                 : "UPDATE households SET village=?2, address=?3, lhw_area=?4, head_patient_id=?5, facility_code=?6, "
                                   "phone=?7, created_at=?8, updated_at=?9, version=?10 WHERE id=?1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, h.id).bind(2, nn(h.village)).bind(3, nn(h.address)).bind(4, nn(h.lhwArea));
    q->bind(5, h.headPatientId.isEmpty() ? QString() : h.headPatientId).bind(6, nn(h.facilityCode)).bind(7, nn(h.phone));
    q->bind(8, isoUtc(h.createdAt)).bind(9, isoUtc(h.updatedAt)).bind(10, h.version);
    return q->run();
}

Status HouseholdRepository::insertMember(const HouseholdMember& m)
{
    auto st = m_c.prepare("INSERT INTO household_members(id, household_id, patient_id, relationship, joined_on, left_on, left_reason, "
                          "recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, m.id).bind(2, m.householdId).bind(3, m.patientId).bind(4, relationshipCode(m.relationship));
    q->bind(5, day(m.joinedOn)).bind(6, day(m.leftOn)).bind(7, m.leftReason.isEmpty() ? QString() : m.leftReason);
    q->bind(8, isoUtc(m.recordedAt)).bind(9, nn(m.recordedBy));
    Status s = q->run();
    if (!s.ok() && s.error().detail.contains(u"UNIQUE"))
        return Error::make(ErrorCode::Conflict, tr("This person already belongs to a household. Move them instead."));
    return s;
}

Status HouseholdRepository::touch(const QString& householdId, const QDateTime& at)
{
    auto h = get(householdId);
    if (!h.ok()) return h.error();
    h->version += 1;
    h->updatedAt = at;
    BHU_TRY(write(h.value(), false));
    // The Group goes behind the member just added (registered after the household was made):
    // the registry files a household under its members and refuses one sent before them.
    auto behind = m_c.prepare("DELETE FROM outbox WHERE resource_type = ? AND resource_id = ? AND state = 'pending'");
    if (!behind.ok()) return behind.error();
    behind.value()->bind(1, kGroup).bind(2, h->id);
    BHU_TRY(behind.value()->run());
    return Outbox(m_c).enqueue(kGroup, h->id, h->version);
}

Result<Household> HouseholdRepository::create(Household h, const Actor& who)
{
    if (h.village.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("Enter the village or mohalla of the household."));
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (h.id.isEmpty()) h.id = newId();
    const QDateTime now = Clock::system().nowUtc();
    if (!h.createdAt.isValid()) h.createdAt = now;
    h.updatedAt = h.createdAt;
    h.version = 1;
    BHU_TRY(write(h, true));
    BHU_TRY(Outbox(m_c).enqueue(kGroup, h.id, h.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("household.create"), kGroup, h.id));
    BHU_TRY(tx.commit());
    return h;
}

Result<Household> HouseholdRepository::update(Household h, const Actor& who)
{
    if (h.village.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("Enter the village or mohalla of the household."));
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto old = get(h.id);
    if (!old.ok()) return old.error();
    h.createdAt = old->createdAt;
    h.version = old->version + 1;
    h.updatedAt = Clock::system().nowUtc();
    BHU_TRY(write(h, false));
    BHU_TRY(Outbox(m_c).enqueue(kGroup, h.id, h.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("household.update"), kGroup, h.id));
    BHU_TRY(tx.commit());
    return h;
}

Result<HouseholdMember> HouseholdRepository::addMember(HouseholdMember m, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto h = get(m.householdId);
    if (!h.ok()) return h.error();
    if (m.id.isEmpty()) m.id = newId();
    const QDateTime now = Clock::system().nowUtc();
    if (!m.joinedOn.isValid()) m.joinedOn = now.toLocalTime().date();
    m.leftOn = {};
    m.leftReason.clear();
    m.recordedAt = now;
    m.recordedBy = who.username;
    BHU_TRY(insertMember(m));
    if (m.relationship == Relationship::Head) {
        h->headPatientId = m.patientId;
        BHU_TRY(write(h.value(), false));
    }
    BHU_TRY(touch(m.householdId, now));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("household.member.add"), kGroup, m.householdId, m.patientId,
                                 QStringLiteral("relationship=") + relationshipCode(m.relationship)));
    BHU_TRY(tx.commit());
    return m;
}

Result<HouseholdMember> HouseholdRepository::moveMember(const QString& patientId, const QString& toHouseholdId, Relationship rel,
                                                        const QDate& on, const QString& reason, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto current = currentMembership(patientId);
    if (!current.ok()) return current.error();
    if (!current.value()) return Error::make(ErrorCode::NotFound, tr("This person is not in any household yet: add them instead."));
    const HouseholdMember from = *current.value();
    if (from.householdId == toHouseholdId) return Error::make(ErrorCode::Invalid, tr("This person already lives in that household."));
    auto to = get(toHouseholdId);
    if (!to.ok()) return to.error();
    const QDate day_ = on.isValid() ? on : Clock::system().nowUtc().toLocalTime().date();
    if (day_ < from.joinedOn) return Error::make(ErrorCode::Invalid, tr("The move date is before the person joined their household."));
    auto end = m_c.prepare("UPDATE household_members SET left_on = ?, left_reason = ? WHERE id = ? AND left_on IS NULL");
    if (!end.ok()) return end.error();
    end.value()->bind(1, day(day_)).bind(2, reason.trimmed().isEmpty() ? tr("moved") : reason.trimmed()).bind(3, from.id);
    BHU_TRY(end.value()->run());
    const QDateTime now = Clock::system().nowUtc();
    // A head who leaves leaves the old household without a head until one is named.
    auto old = get(from.householdId);
    if (!old.ok()) return old.error();
    if (old->headPatientId == patientId) {
        old->headPatientId.clear();
        BHU_TRY(write(old.value(), false));
    }
    BHU_TRY(touch(from.householdId, now));
    HouseholdMember m;
    m.id = newId();
    m.householdId = toHouseholdId;
    m.patientId = patientId;
    m.relationship = rel;
    m.joinedOn = day_;
    m.recordedAt = now;
    m.recordedBy = who.username;
    BHU_TRY(insertMember(m));
    if (rel == Relationship::Head) {
        to->headPatientId = patientId;
        BHU_TRY(write(to.value(), false));
    }
    BHU_TRY(touch(toHouseholdId, now));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("household.member.move"), kGroup, toHouseholdId, patientId,
                                 QStringLiteral("from=") + from.householdId));
    BHU_TRY(tx.commit());
    return m;
}

Result<Household> HouseholdRepository::get(const QString& id)
{
    const QByteArray sql = QByteArray("SELECT ") + kHouseholdCols + " FROM households WHERE id = ?";
    auto st = m_c.prepare(sql.constData());
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    if (!row.value()) return Error::make(ErrorCode::NotFound, tr("No such household."));
    Household h = readHousehold(*st.value());
    st.value()->reset();
    return h;
}

Result<QList<HouseholdMember>> HouseholdRepository::memberQuery(const char* sql, const QString& arg)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    st.value()->bind(1, arg);
    QList<HouseholdMember> out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(readMember(*st.value()));
    }
    st.value()->reset();
    return out;
}

Result<QList<HouseholdMember>> HouseholdRepository::members(const QString& householdId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kMemberCols +
                                  " FROM household_members WHERE household_id = ? AND left_on IS NULL"
                                  " ORDER BY relationship <> 'head', joined_on, recorded_at";
    return memberQuery(sql.constData(), householdId);
}

Result<QList<HouseholdMember>> HouseholdRepository::membershipsOf(const QString& patientId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kMemberCols +
                                  " FROM household_members WHERE patient_id = ? ORDER BY joined_on, recorded_at";
    return memberQuery(sql.constData(), patientId);
}

Result<std::optional<HouseholdMember>> HouseholdRepository::currentMembership(const QString& patientId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kMemberCols +
                                  " FROM household_members WHERE patient_id = ? AND left_on IS NULL";
    auto r = memberQuery(sql.constData(), patientId);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return std::optional<HouseholdMember>();
    return std::optional<HouseholdMember>(r->first());
}

Result<QList<HouseholdRow>> HouseholdRepository::reg(const QString& lhwArea, const QString& village)
{
    static const QByteArray sql = QByteArray("SELECT ") + kHouseholdCols +
                                  " FROM households WHERE (?1 = '' OR lhw_area = ?1) AND (?2 = '' OR village = ?2)"
                                  " ORDER BY village, address, created_at";
    auto st = m_c.prepare(sql.constData());
    if (!st.ok()) return st.error();
    st.value()->bind(1, lhwArea.isNull() ? QStringLiteral("") : lhwArea).bind(2, village.isNull() ? QStringLiteral("") : village);
    QList<HouseholdRow> out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(HouseholdRow{readHousehold(*st.value()), {}});
    }
    st.value()->reset();
    for (HouseholdRow& r : out) {
        auto m = members(r.household.id);
        if (!m.ok()) return m.error();
        r.members = std::move(m.value());
    }
    return out;
}

Result<QStringList> HouseholdRepository::villages(const QString& lhwArea)
{
    auto st = m_c.prepare("SELECT DISTINCT village FROM households WHERE (?1 = '' OR lhw_area = ?1) ORDER BY village");
    if (!st.ok()) return st.error();
    st.value()->bind(1, lhwArea.isNull() ? QStringLiteral("") : lhwArea);
    QStringList out;
    while (true) {
        auto row = st.value()->step();
        if (!row.ok()) return row.error();
        if (!row.value()) break;
        out.append(st.value()->text(0));
    }
    st.value()->reset();
    return out;
}

Result<qint64> HouseholdRepository::count()
{
    return m_c.queryInt(QStringLiteral("SELECT count(*) FROM households"));
}

} // namespace bhu::db
