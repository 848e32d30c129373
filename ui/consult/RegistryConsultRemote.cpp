#include "RegistryConsultRemote.h"

#include "bhu/sync/ConsultationClient.h"

namespace bhu::ui {

namespace {
sync::ConsultationClient clientFor(const std::shared_ptr<services::Session>& session, const std::shared_ptr<std::atomic_bool>& cancel)
{
    sync::ConsultationClient c;
    c.setCancelFlag(cancel);
    c.setHeldPhoto([session](const QString& id) { return services::ConsultationService(*session).holdsPhoto(id); });
    return c;
}
} // namespace

services::ConsultationRemote registryConsultationRemote(std::shared_ptr<services::Session> session,
                                                        std::shared_ptr<std::atomic_bool> cancel)
{
    services::ConsultationRemote remote;
    remote.fetchInbox = [session, cancel](const db::Enrolment& e, const QString& specialty) -> Result<QList<services::ConsultationCase>> {
        auto r = clientFor(session, cancel).fetchInbox(e, specialty);
        if (!r.ok()) return r.error();
        QList<services::ConsultationCase> out;
        for (const sync::InboxCase& c : r.value()) out.append(services::ConsultationCase{c.request, c.messages, c.photos});
        return out;
    };
    remote.claim = [session, cancel](const db::Enrolment& e, const QString& id, const QString& who) {
        return clientFor(session, cancel).claim(e, id, who);
    };
    return remote;
}

} // namespace bhu::ui
