#include "bhu/sync/RegistryLookup.h"

#include "bhu/fhir/FhirConfig.h"
#include "bhu/sync/ClinicalReader.h"
#include "bhu/sync/PullReader.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>
#include <memory>

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::RegistryLookup", s); }

QString systemUri(const fhir::FhirConfig& cfg, const QString& idSystem)
{
    if (idSystem == IdSystem::Cnic) return cfg.cnicSystem;
    if (idSystem == IdSystem::BForm) return cfg.bformSystem;
    return {};   // an MR number: national, provisional or retired — any system
}
} // namespace

Result<db::PulledPage> RegistryLookup::fetch(const db::Enrolment& e, const LookupQuery& q)
{
    if (!e.isEnrolled())
        return Error::make(ErrorCode::Invalid, tr("This clinic is not enrolled with the registry. Ask the administrator to enrol it."));
    std::unique_ptr<QNetworkAccessManager> own;
    QNetworkAccessManager* nam = m_nam;
    if (!nam) {
        own = std::make_unique<QNetworkAccessManager>();
        nam = own.get();
    }
    RegistryClient client(nam, RegistryEndpoint{QUrl(e.registryUrl), e.credential, TlsPolicy{e.pinSha256, e.caPem}, m_timeoutMs});
    // Cancel: the flag is polled on this thread (the timer fires inside the request's event
    // loop) and aborts the request in flight.
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    const auto cancelledError = [] {
        return Error::make(ErrorCode::Cancelled, tr("The lookup was cancelled. Nothing was fetched."), QStringLiteral("lookup: cancelled"));
    };
    QTimer poll;
    if (m_cancel) {
        poll.setInterval(kCancelPollMs);
        QObject::connect(&poll, &QTimer::timeout, [&client, &cancelled] {
            if (cancelled()) client.abort();
        });
        poll.start();
    }
    if (cancelled()) return cancelledError();
    const fhir::FhirConfig cfg;
    auto found = client.searchPatient(systemUri(cfg, q.idSystem), q.value, q.user, q.reason);
    if (cancelled()) return cancelledError();
    if (!found.ok()) return found.error();
    const QJsonArray hits = found->json.value(u"entry").toArray();
    if (hits.isEmpty())
        return Error::make(ErrorCode::NotFound, tr("The national registry has no patient with this number."), QStringLiteral("lookup: no match"));
    const QString id = hits.first()[u"resource"][u"id"].toString();
    auto all = client.everything(id, q.user, q.reason);
    if (cancelled()) return cancelledError();
    if (!all.ok()) return all.error();
    db::PulledPage page;
    for (const QJsonValue v : all->json.value(u"entry").toArray()) {
        const QJsonObject r = v[u"resource"].toObject();
        const QString type = r.value(u"resourceType").toString();
        if (type == u"Patient") {
            auto p = readPatient(r, 0, cfg);
            if (p.ok()) page.patients.append(p.value());
            else page.invalid.append(db::PulledInvalid{type, r.value(u"id").toString(), p.error().message});
            continue;
        }
        auto c = readClinical(r, 0, cfg);
        if (!c.ok()) page.invalid.append(db::PulledInvalid{type, r.value(u"id").toString(), c.error().message});
        else if (c->has_value()) page.clinical.append(**c);
    }
    if (page.patients.isEmpty() || page.patients.first().patient.id != id)
        return Error::make(ErrorCode::Invalid, tr("The registry's answer could not be read. Nothing was saved."), QStringLiteral("lookup: no patient first"));
    return page;
}

} // namespace bhu::sync
