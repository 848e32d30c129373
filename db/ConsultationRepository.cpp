#include "bhu/db/ConsultationRepository.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/Outbox.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::ConsultationRepository", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nn(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
QString ts(const QDateTime& t) { return t.isValid() ? isoUtc(t) : QString(); }
QDateTime toTs(const QString& s) { return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs); }
const QString kRequest = QStringLiteral("CommunicationRequest");
const QString kMessage = QStringLiteral("Communication");
const QString kBinary = QStringLiteral("Binary");

#define BHU_CONS_COLS "id, patient_id, visit_id, facility_code, specialty, urgency, question, case_summary, requested_by, " \
                      "requested_at, status, assigned_to, assigned_facility, claimed_at, answered_at, escalated, version, updated_at"
#define BHU_MSG_COLS "id, consultation_id, patient_id, kind, author, author_name, author_facility, sent_at, data"
#define BHU_PHOTO_META "id, consultation_id, caption, mime_type, width, height, size, sha256, uploaded_bytes, added_at"

ConsultationRequest readRequest(const Statement& q)
{
    ConsultationRequest r;
    r.id = q.text(0);
    r.patientId = q.text(1);
    r.visitId = q.text(2);
    r.facilityCode = q.text(3);
    r.specialty = q.text(4);
    r.urgency = consultationUrgencyFromCode(q.text(5)).value_or(ConsultationUrgency::Routine);
    r.question = q.text(6);
    r.caseSummary = q.text(7);
    r.requestedBy = q.text(8);
    r.requestedAt = toTs(q.text(9));
    r.status = consultationStatusFromCode(q.text(10)).value_or(ConsultationStatus::Sent);
    r.assignedTo = q.text(11);
    r.assignedFacility = q.text(12);
    r.claimedAt = toTs(q.text(13));
    r.answeredAt = toTs(q.text(14));
    r.escalated = q.int64(15) != 0;
    r.version = static_cast<int>(q.int64(16));
    r.updatedAt = toTs(q.text(17));
    return r;
}

QString messageData(const ConsultationMessage& m)
{
    QJsonObject o{{QStringLiteral("text"), m.text}};
    if (m.kind == MessageKind::Answer) {
        o.insert(QStringLiteral("advice"), m.advice);
        o.insert(QStringLiteral("icd10"), m.suggestedIcd10);
        o.insert(QStringLiteral("diagnosis"), m.suggestedDiagnosis);
        o.insert(QStringLiteral("treatment"), m.suggestedTreatment);
        if (m.disposition) o.insert(QStringLiteral("disposition"), dispositionCode(*m.disposition));
        if (!m.authorPhone.isEmpty()) o.insert(QStringLiteral("phone"), m.authorPhone);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ConsultationMessage readMessage(const Statement& q)
{
    ConsultationMessage m;
    m.id = q.text(0);
    m.consultationId = q.text(1);
    m.patientId = q.text(2);
    m.kind = messageKindFromCode(q.text(3)).value_or(MessageKind::Reply);
    m.author = q.text(4);
    m.authorName = q.text(5);
    m.authorFacility = q.text(6);
    m.sentAt = toTs(q.text(7));
    const QJsonObject o = QJsonDocument::fromJson(q.text(8).toUtf8()).object();
    m.text = o.value(u"text").toString();
    m.advice = o.value(u"advice").toString();
    m.suggestedIcd10 = o.value(u"icd10").toString();
    m.suggestedDiagnosis = o.value(u"diagnosis").toString();
    m.suggestedTreatment = o.value(u"treatment").toString();
    m.disposition = dispositionFromCode(o.value(u"disposition").toString());
    m.authorPhone = o.value(u"phone").toString();
    return m;
}

ConsultationPhoto readPhotoMeta(const Statement& q)
{
    ConsultationPhoto p;
    p.id = q.text(0);
    p.consultationId = q.text(1);
    p.caption = q.text(2);
    p.mimeType = q.text(3);
    p.width = static_cast<int>(q.int64(4));
    p.height = static_cast<int>(q.int64(5));
    p.size = q.int64(6);
    p.sha256 = q.text(7).toLatin1();
    p.uploadedBytes = q.int64(8);
    p.addedAt = toTs(q.text(9));
    return p;
}

ConsultationStatus statusAfter(MessageKind k)
{
    switch (k) {
    case MessageKind::Question: return ConsultationStatus::FollowUp;
    case MessageKind::Reply: return ConsultationStatus::Claimed;
    case MessageKind::Answer: break;
    }
    return ConsultationStatus::Answered;
}
} // namespace

Status ConsultationRepository::writeRequest(const ConsultationRequest& r, bool insert)
{
    auto st = m_c.prepare(insert ? "INSERT INTO consultations(" BHU_CONS_COLS ") VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)"
                                 : "UPDATE consultations SET status=?11, assigned_to=?12, assigned_facility=?13, claimed_at=?14, "
                                   "answered_at=?15, escalated=?16, version=?17, updated_at=?18 WHERE id=?1");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, r.id);
    if (insert) {
        q->bind(2, r.patientId).bind(3, nn(r.visitId)).bind(4, nn(r.facilityCode)).bind(5, r.specialty);
        q->bind(6, consultationUrgencyCode(r.urgency)).bind(7, r.question).bind(8, r.caseSummary).bind(9, nn(r.requestedBy));
        q->bind(10, ts(r.requestedAt));
    }
    q->bind(11, consultationStatusCode(r.status)).bind(12, nn(r.assignedTo)).bind(13, nn(r.assignedFacility));
    q->bind(14, ts(r.claimedAt)).bind(15, ts(r.answeredAt)).bind(16, r.escalated).bind(17, r.version).bind(18, ts(r.updatedAt));
    return q->run();
}

Result<ConsultationRequest> ConsultationRepository::createRequest(ConsultationRequest r, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    if (r.id.isEmpty()) r.id = newId();
    const QDateTime now = Clock::system().nowUtc();
    if (!r.requestedAt.isValid()) r.requestedAt = now;
    if (r.requestedBy.isEmpty()) r.requestedBy = who.username;
    r.status = ConsultationStatus::Sent;
    r.version = 1;
    r.updatedAt = now;
    BHU_TRY(writeRequest(r, true));
    BHU_TRY(Outbox(m_c).enqueue(kRequest, r.id, r.version));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("consultation.request"), kRequest, r.id, r.patientId,
                                 QStringLiteral("specialty=%1 urgency=%2").arg(r.specialty, consultationUrgencyCode(r.urgency))));
    BHU_TRY(tx.commit());
    return r;
}

Status ConsultationRepository::insertPhoto(const ConsultationPhoto& p)
{
    auto st = m_c.prepare("INSERT INTO consultation_photos(id, consultation_id, position, caption, mime_type, width, height, size, "
                          "sha256, data, uploaded_bytes, added_at) VALUES (?1,?2,(SELECT count(*) FROM consultation_photos "
                          "WHERE consultation_id = ?2),?3,?4,?5,?6,?7,?8,?9,?10,?11)");
    if (!st.ok()) return st.error();
    Statement* q = st.value();
    q->bind(1, p.id).bind(2, p.consultationId).bind(3, nn(p.caption)).bind(4, p.mimeType).bind(5, p.width).bind(6, p.height);
    q->bind(7, p.size).bind(8, QString::fromLatin1(p.sha256)).bind(9, p.data).bind(10, p.uploadedBytes).bind(11, ts(p.addedAt));
    return q->run();
}

Result<ConsultationPhoto> ConsultationRepository::addPhoto(ConsultationPhoto p, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto r = get(p.consultationId);
    if (!r.ok()) return r.error();
    if (p.data.isEmpty()) return Error::make(ErrorCode::Invalid, tr("The photo is empty."));
    if (p.id.isEmpty()) p.id = newId();
    p.size = p.data.size();
    p.sha256 = QCryptographicHash::hash(p.data, QCryptographicHash::Sha256).toHex();
    p.uploadedBytes = 0;
    p.addedAt = Clock::system().nowUtc();
    BHU_TRY(insertPhoto(p));
    BHU_TRY(Outbox(m_c).enqueue(kBinary, p.id, 1));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("consultation.photo"), kBinary, p.id, r->patientId,
                                 QStringLiteral("consultation=%1 bytes=%2").arg(p.consultationId).arg(p.size)));
    BHU_TRY(tx.commit());
    return p;
}

Status ConsultationRepository::insertMessage(const ConsultationMessage& m)
{
    auto st = m_c.prepare("INSERT INTO consultation_messages(" BHU_MSG_COLS ") VALUES (?,?,?,?,?,?,?,?,?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, m.id).bind(2, m.consultationId).bind(3, m.patientId).bind(4, messageKindCode(m.kind)).bind(5, nn(m.author));
    st.value()->bind(6, nn(m.authorName)).bind(7, nn(m.authorFacility)).bind(8, ts(m.sentAt)).bind(9, messageData(m));
    return st.value()->run();
}

Result<ConsultationMessage> ConsultationRepository::addMessage(ConsultationMessage m, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto r = get(m.consultationId);
    if (!r.ok()) return r.error();
    if (r->status == ConsultationStatus::Answered)
        return Error::make(ErrorCode::Conflict, tr("This consultation is already answered."));
    if (m.id.isEmpty()) m.id = newId();
    const QDateTime now = Clock::system().nowUtc();
    if (!m.sentAt.isValid()) m.sentAt = now;
    if (m.author.isEmpty()) m.author = who.username;
    m.patientId = r->patientId;
    BHU_TRY(insertMessage(m));
    ConsultationRequest next = r.value();
    next.status = statusAfter(m.kind);
    if (next.status == ConsultationStatus::Answered) next.answeredAt = m.sentAt;
    next.version += 1;
    next.updatedAt = now;
    BHU_TRY(writeRequest(next, false));
    BHU_TRY(Outbox(m_c).enqueue(kMessage, m.id, 1));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("consultation.") + messageKindCode(m.kind), kMessage, m.id, r->patientId,
                                 QStringLiteral("consultation=%1").arg(m.consultationId)));
    BHU_TRY(tx.commit());
    return m;
}

Result<QList<ConsultationRequest>> ConsultationRepository::requestQuery(const char* sql, const QStringList& args)
{
    auto st = m_c.prepare(sql);
    if (!st.ok()) return st.error();
    for (int i = 0; i < args.size(); ++i) st.value()->bind(i + 1, args[i]);
    return st.value()->collect<ConsultationRequest>(readRequest);
}

Result<ConsultationRequest> ConsultationRepository::get(const QString& id)
{
    auto r = requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE id = ?", {id});
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such consultation request."));
    return r->first();
}

Result<QList<ConsultationRequest>> ConsultationRepository::ofFacility(const QString& facilityCode)
{
    return requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE facility_code = ? ORDER BY requested_at DESC", {facilityCode});
}

Result<QList<ConsultationRequest>> ConsultationRepository::ofPatient(const QString& patientId)
{
    return requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE patient_id = ? ORDER BY requested_at DESC", {patientId});
}

Result<QList<ConsultationRequest>> ConsultationRepository::ofVisit(const QString& visitId)
{
    return requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE visit_id = ? ORDER BY requested_at", {visitId});
}

Result<QList<ConsultationRequest>> ConsultationRepository::inbox(const QString& specialty, const QString& specialist)
{
    return requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE specialty = ?1 AND status <> 'answered' "
                        "AND (assigned_to = '' OR assigned_to = ?2) "
                        "ORDER BY urgency = 'urgent' DESC, requested_at",
                        {specialty, specialist});
}

Result<QList<ConsultationRequest>> ConsultationRepository::answeredSince(const QString& facilityCode, const QDateTime& since)
{
    return requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE facility_code = ? AND status IN ('answered', 'followup') "
                        "AND updated_at > ? ORDER BY updated_at",
                        {facilityCode, ts(since)});
}

Result<QList<ConsultationMessage>> ConsultationRepository::messages(const QString& consultationId)
{
    auto st = m_c.prepare("SELECT " BHU_MSG_COLS " FROM consultation_messages WHERE consultation_id = ? ORDER BY sent_at, rowid");
    if (!st.ok()) return st.error();
    st.value()->bind(1, consultationId);
    return st.value()->collect<ConsultationMessage>(readMessage);
}

Result<ConsultationMessage> ConsultationRepository::message(const QString& id)
{
    auto st = m_c.prepare("SELECT " BHU_MSG_COLS " FROM consultation_messages WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    auto r = st.value()->collect<ConsultationMessage>(readMessage);
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such consultation message."));
    return r->first();
}

Result<QList<ConsultationPhoto>> ConsultationRepository::photos(const QString& consultationId, bool withData)
{
    auto st = m_c.prepare("SELECT " BHU_PHOTO_META ", data FROM consultation_photos WHERE consultation_id = ? ORDER BY position");
    if (!st.ok()) return st.error();
    st.value()->bind(1, consultationId);
    return st.value()->collect<ConsultationPhoto>([withData](const Statement& q) {
        ConsultationPhoto p = readPhotoMeta(q);
        if (withData) p.data = q.blob(10);
        return p;
    });
}

Result<ConsultationPhoto> ConsultationRepository::photo(const QString& id)
{
    auto st = m_c.prepare("SELECT " BHU_PHOTO_META ", data FROM consultation_photos WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, id);
    auto r = st.value()->collect<ConsultationPhoto>([](const Statement& q) {
        ConsultationPhoto p = readPhotoMeta(q);
        p.data = q.blob(10);
        return p;
    });
    if (!r.ok()) return r.error();
    if (r->isEmpty()) return Error::make(ErrorCode::NotFound, tr("No such photo."));
    return r->first();
}

Result<QList<ConsultationPhoto>> ConsultationRepository::photosToUpload()
{
    auto st = m_c.prepare("SELECT " BHU_PHOTO_META " FROM consultation_photos WHERE uploaded_bytes < size ORDER BY added_at, position");
    if (!st.ok()) return st.error();
    return st.value()->collect<ConsultationPhoto>(readPhotoMeta);
}

Status ConsultationRepository::setUploadedBytes(const QString& photoId, qint64 offset)
{
    auto st = m_c.prepare("UPDATE consultation_photos SET uploaded_bytes = max(uploaded_bytes, min(?2, size)) WHERE id = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, photoId).bind(2, offset);
    return st.value()->run();
}

Status ConsultationRepository::storeReceivedRequest(const ConsultationRequest& received)
{
    ConsultationRequest r = received;   // a request read from FHIR carries no local change time
    if (!r.updatedAt.isValid()) r.updatedAt = Clock::system().nowUtc();
    auto old = requestQuery("SELECT " BHU_CONS_COLS " FROM consultations WHERE id = ?", {r.id});
    if (!old.ok()) return old.error();
    if (old->isEmpty()) return writeRequest(r, true);
    if (old->first().version >= r.version) {
        // The registry's escalation keeps the request's version (the request itself is never
        // re-sent changed): only the flag is taken over.
        if (!r.escalated || old->first().escalated) return {};
        ConsultationRequest flagged = old->first();
        flagged.escalated = true;
        flagged.updatedAt = r.updatedAt;
        return writeRequest(flagged, false);
    }
    return writeRequest(r, false);
}

Status ConsultationRepository::storeReceivedMessage(const ConsultationMessage& m)
{
    auto known = m_c.prepare("SELECT count(*) FROM consultation_messages WHERE id = ?");
    if (!known.ok()) return known.error();
    known.value()->bind(1, m.id);
    auto row = known.value()->step();
    if (!row.ok()) return row.error();
    const bool exists = known.value()->int64(0) > 0;
    known.value()->reset();
    if (exists) return {};
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(insertMessage(m));
    // The request moves with the message unless the registry already sent a newer state.
    auto r = get(m.consultationId);
    if (r.ok() && r->status != ConsultationStatus::Answered) {
        ConsultationRequest next = r.value();
        next.status = statusAfter(m.kind);
        if (next.status == ConsultationStatus::Answered) next.answeredAt = m.sentAt;
        next.version += 1;
        next.updatedAt = Clock::system().nowUtc();
        BHU_TRY(writeRequest(next, false));
    }
    return tx.commit();
}

Result<bool> ConsultationRepository::hasPhoto(const QString& id)
{
    auto known = m_c.prepare("SELECT count(*) FROM consultation_photos WHERE id = ?");
    if (!known.ok()) return known.error();
    known.value()->bind(1, id);
    auto row = known.value()->step();
    if (!row.ok()) return row.error();
    const bool exists = known.value()->int64(0) > 0;
    known.value()->reset();
    return exists;
}

Status ConsultationRepository::storeReceivedPhoto(const ConsultationPhoto& p)
{
    auto exists = hasPhoto(p.id);
    if (!exists.ok()) return exists.error();
    if (exists.value()) return {};
    ConsultationPhoto stored = p;
    stored.size = p.data.size();
    stored.uploadedBytes = stored.size;   // it came from the registry: nothing to upload
    if (!stored.addedAt.isValid()) stored.addedAt = Clock::system().nowUtc();
    return insertPhoto(stored);
}

Result<ConsultationRequest> ConsultationRepository::recordClaim(const QString& id, const QString& specialist, const QString& facility,
                                                                const QDateTime& at, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto r = get(id);
    if (!r.ok()) return r.error();
    r->status = ConsultationStatus::Claimed;
    r->assignedTo = specialist;
    r->assignedFacility = facility;
    r->claimedAt = at;
    r->version += 1;
    r->updatedAt = Clock::system().nowUtc();
    BHU_TRY(writeRequest(r.value(), false));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("consultation.claim"), kRequest, id, r->patientId));
    BHU_TRY(tx.commit());
    return r;
}

Result<ConsultationRequest> ConsultationRepository::recordClaimReleased(const QString& id, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    auto r = get(id);
    if (!r.ok()) return r.error();
    r->status = ConsultationStatus::Sent;
    r->assignedTo.clear();
    r->assignedFacility.clear();
    r->claimedAt = QDateTime();
    r->escalated = true;
    r->version += 1;
    r->updatedAt = Clock::system().nowUtc();
    BHU_TRY(writeRequest(r.value(), false));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("consultation.claim.released"), kRequest, id, r->patientId));
    BHU_TRY(tx.commit());
    return r;
}

} // namespace bhu::db
