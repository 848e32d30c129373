// ConsultationService::logCall — the optional live call of a teleconsultation, recorded as a
// teleconsultation encounter (docs/telemedicine.md, "Live call").
#include "bhu/services/ConsultationService.h"

#include "bhu/db/ConsultationRepository.h"
#include "bhu/db/VisitRepository.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::ConsultationService", s); }
constexpr int kMaxCallMinutes = 240;
} // namespace

Result<Visit> ConsultationService::logCall(const QString& consultationId, const ConsultationCallLog& call)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::RequestConsultation));
    BHU_TRY(m_s.require(Permission::RecordVisit));
    db::ConsultationRepository repo(m_s.store().conn());
    auto r = repo.get(consultationId);
    if (!r.ok()) return r.error();
    if (r->facilityCode != m_s.facility().code) return Error::make(ErrorCode::Forbidden, tr("This consultation belongs to another facility."));
    if (r->status == ConsultationStatus::Sent)
        return Error::make(ErrorCode::Conflict, tr("No specialist has taken this consultation yet; there is no call to log."));
    // Who the specialist is: the claim, else the author of their last message.
    QString specialist = r->assignedTo;
    auto messages = repo.messages(consultationId);
    if (!messages.ok()) return messages.error();
    for (const ConsultationMessage& m : messages.value())
        if (m.kind != MessageKind::Reply && specialist.isEmpty()) specialist = m.authorName.isEmpty() ? m.author : m.authorName;
    if (call.minutes < 1 || call.minutes > kMaxCallMinutes)
        return Error::make(ErrorCode::Invalid, tr("Give the length of the call in minutes, from 1 to 240."));
    const QDateTime now = m_clock.nowUtc();
    const QDateTime start = call.startedAt.isValid() ? call.startedAt.toUTC() : now.addSecs(-60LL * call.minutes);
    if (start > now.addSecs(300)) return Error::make(ErrorCode::Invalid, tr("A call cannot be logged before it took place."));

    Visit v;
    v.patientId = r->patientId;
    v.facilityCode = m_s.facility().code;
    v.encounterClass = EncounterClass::Virtual;
    v.chiefComplaint = tr("Live call with the specialist (%1, %2) about the teleconsultation.").arg(specialist, specialtyName(r->specialty));
    v.advice = call.note.trimmed();
    v.startedAt = start;
    v.closedAt = start.addSecs(60LL * call.minutes);
    v.partOfId = r->visitId;
    return db::VisitRepository(m_s.store().conn())
        .recordSigned(v, QStringLiteral("consultation.call"), QStringLiteral("consultation=%1 minutes=%2").arg(consultationId).arg(call.minutes),
                      m_s.actor());
}

} // namespace bhu::services
