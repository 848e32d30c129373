#include "bhu/sync/ConsultationClient.h"

#include "bhu/fhir/FhirConsultation.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::ConsultationClient", s); }

Error malformed(const QString& detail)
{
    return Error::make(ErrorCode::Invalid,
                       tr("The registry's answer could not be read, so nothing was changed. Try again later; if it persists, tell "
                          "the registry operator."),
                       detail);
}

// One RegistryClient for a call, on the calling thread, with the cancel flag watched.
class Call {
public:
    Call(QNetworkAccessManager* nam, const db::Enrolment& e, int timeoutMs, std::shared_ptr<std::atomic_bool> cancel)
        : m_cancel(std::move(cancel))
    {
        if (!nam) {
            m_own = std::make_unique<QNetworkAccessManager>();
            nam = m_own.get();
        }
        m_client = std::make_unique<RegistryClient>(nam, RegistryEndpoint{QUrl(e.registryUrl), e.credential, TlsPolicy{e.pinSha256, e.caPem}, timeoutMs});
        if (m_cancel) {
            // The jobs wait in a local event loop on this thread: the timer fires there.
            QObject::connect(&m_poll, &QTimer::timeout, [this] {
                if (*m_cancel) m_client->abort();
            });
            m_poll.start(100);
        }
    }
    RegistryClient& client() { return *m_client; }
    Status checkCancel() const
    {
        if (m_cancel && *m_cancel) return Error::make(ErrorCode::Cancelled, tr("Cancelled."), QStringLiteral("consult: cancelled"));
        return Status::success();
    }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QNetworkAccessManager> m_own;
    std::unique_ptr<RegistryClient> m_client;
    QTimer m_poll;
};

Error notEnrolled()
{
    return Error::make(ErrorCode::Invalid, tr("This install is not enrolled with the national registry. Ask the administrator."));
}
} // namespace

Result<QList<InboxCase>> ConsultationClient::fetchInbox(const db::Enrolment& e, const QString& specialty)
{
    if (!e.isEnrolled()) return notEnrolled();
    Call call(m_nam, e, m_timeoutMs, m_cancel);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("specialty"), specialty);
    auto answer = call.client().get(QStringLiteral("$consult-inbox?") + q.toString(QUrl::FullyEncoded));
    BHU_TRY(call.checkCancel());
    if (!answer.ok()) return answer.error();
    const QJsonObject& bundle = answer->json;
    if (bundle.value(u"resourceType").toString() != u"Bundle" || bundle.value(u"type").toString() != u"searchset")
        return malformed(QStringLiteral("consult-inbox: not a searchset Bundle"));

    QList<InboxCase> out;
    QHash<QString, qsizetype> byId;
    for (const QJsonValue v : bundle.value(u"entry").toArray()) {
        const QJsonObject resource = v[u"resource"].toObject();
        const QString mode = v[u"search"][u"mode"].toString();
        const QString type = resource.value(u"resourceType").toString();
        if (mode == u"match" && type == u"CommunicationRequest") {
            auto r = fhir::consultationRequestFromFhir(resource);
            if (!r.ok()) return malformed(QStringLiteral("consult-inbox: request: ") + r.error().detail);
            if (r->specialty != specialty) return malformed(QStringLiteral("consult-inbox: a request of another specialty"));
            bool claimedHere = false;
            for (const QJsonValue x : v[u"search"][u"extension"].toArray())
                if (x[u"url"].toString().endsWith(u"/claimed-here")) claimedHere = x[u"valueBoolean"].toBool();
            ConsultationRequest req = r.value();
            req.assignedFacility = claimedHere ? e.facilityCode : QString();
            byId.insert(req.id, out.size());
            out.append(InboxCase{req, {}, {}});
        } else if (mode == u"include" && type == u"Communication") {
            auto c = fhir::communicationFromFhir(resource);
            if (!c.ok()) return malformed(QStringLiteral("consult-inbox: communication: ") + c.error().detail);
            const QString caseId = c->isPhoto ? c->photo.consultationId : c->message.consultationId;
            if (!byId.contains(caseId)) return malformed(QStringLiteral("consult-inbox: a communication of no listed request"));
            InboxCase& target = out[byId.value(caseId)];
            if (c->isPhoto) target.photos.append(c->photo);
            else target.messages.append(c->message);
        } else {
            return malformed(QStringLiteral("consult-inbox: unexpected entry ") + type);
        }
    }
    // The bytes of the photos not held yet, each checked against the hash its Communication gives.
    for (InboxCase& c : out) {
        for (ConsultationPhoto& p : c.photos) {
            if (m_held && m_held(p.id)) continue;
            auto bytes = call.client().getBytes(QStringLiteral("Binary/") + p.id);
            BHU_TRY(call.checkCancel());
            if (!bytes.ok()) return bytes.error();
            if (QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex() != p.sha256.toLower())
                return Error::make(ErrorCode::Invalid,
                                   tr("A photo from the registry was damaged on the way (its checksum does not match), so nothing was "
                                      "changed. Try again."),
                                   QStringLiteral("consult-inbox: photo hash mismatch"));
            p.data = bytes.value();
            p.size = p.data.size();
        }
    }
    return out;
}

Result<ConsultationRequest> ConsultationClient::claim(const db::Enrolment& e, const QString& consultationId, const QString& specialist)
{
    if (!e.isEnrolled()) return notEnrolled();
    Call call(m_nam, e, m_timeoutMs, m_cancel);
    const QJsonObject params{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                             {QStringLiteral("parameter"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                                                                                   {QStringLiteral("valueString"), consultationId}}}}};
    auto answer = call.client().operation(QStringLiteral("consult-claim"), params, QString());
    BHU_TRY(call.checkCancel());
    if (!answer.ok()) {
        if (RegistryClient::httpStatus(answer.error()) == 409)
            return Error::make(ErrorCode::Conflict, tr("Another specialist has already claimed this request."), answer.error().detail);
        return answer.error();
    }
    QString id, facility;
    for (const QJsonValue p : answer->json.value(u"parameter").toArray()) {
        if (p[u"name"].toString() == u"id") id = p[u"valueString"].toString();
        if (p[u"name"].toString() == u"facility") facility = p[u"valueString"].toString();
    }
    if (answer->json.value(u"resourceType").toString() != u"Parameters" || id != consultationId)
        return malformed(QStringLiteral("consult-claim: the answer names another request"));
    ConsultationRequest r;
    r.id = consultationId;
    r.status = ConsultationStatus::Claimed;
    r.assignedTo = specialist;
    r.assignedFacility = facility.isEmpty() ? e.facilityCode : facility;
    r.claimedAt = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace bhu::sync
