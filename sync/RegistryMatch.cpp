#include "bhu/sync/RegistryMatch.h"

#include "bhu/fhir/FhirPatient.h"
#include "bhu/sync/RegistryClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <memory>

namespace bhu::sync {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::sync::RegistryMatch", s); }

QJsonObject parameter(const QString& name, const QString& valueKey, const QJsonValue& value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {valueKey, value}};
}

QString gradeOf(const QJsonObject& search)
{
    for (const QJsonValue v : search.value(u"extension").toArray())
        if (v[u"url"].toString().endsWith(u"/match-grade")) return v[u"valueCode"].toString();
    return {};
}
} // namespace

Result<QList<RemoteMatch>> RegistryMatch::find(const db::Enrolment& e, const Patient& draft, int count)
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
    QJsonObject resource = fhir::patientToFhir(draft);
    if (draft.id.isEmpty()) resource.remove(QStringLiteral("id"));   // not stored anywhere yet
    QJsonObject resourceParam{{QStringLiteral("name"), QStringLiteral("resource")}, {QStringLiteral("resource"), resource}};
    const QJsonObject params{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                             {QStringLiteral("parameter"), QJsonArray{resourceParam, parameter(QStringLiteral("count"), QStringLiteral("valueInteger"), count)}}};
    auto answer = client.post(QStringLiteral("Patient/$match"), params);
    if (!answer.ok()) return answer.error();
    QList<RemoteMatch> out;
    for (const QJsonValue v : answer->json.value(u"entry").toArray()) {
        auto p = fhir::patientFromFhir(v[u"resource"].toObject());
        if (!p.ok()) continue;   // one unreadable entry does not hide the others
        const QJsonObject search = v[u"search"].toObject();
        out.append(RemoteMatch{p.value(), search.value(u"score").toDouble(), gradeOf(search)});
    }
    return out;
}

} // namespace bhu::sync
