#include "bhu/sync/RegistryReview.h"

#include "bhu/fhir/FhirPatient.h"
#include "bhu/sync/RegistryClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <memory>

namespace bhu::sync {

namespace {
ReviewCandidate candidateOf(const QJsonArray& parts)
{
    ReviewCandidate c;
    for (const QJsonValue v : parts) {
        const QString name = v[u"name"].toString();
        if (name == u"id") c.id = v[u"valueInteger"].toInteger();
        else if (name == u"score") c.score = v[u"valueDecimal"].toDouble();
        else if (name == u"grade") c.grade = v[u"valueCode"].toString();
        else if (name == u"status") c.status = v[u"valueCode"].toString();
        else if (name == u"agrees") c.agrees << v[u"valueString"].toString();
        else if (name == u"differs") c.differs << v[u"valueString"].toString();
        else if (name == u"decidedBy") c.decidedBy = v[u"valueString"].toString();
        else if (name == u"resourceA" || name == u"resourceB") {
            auto p = fhir::patientFromFhir(v[u"resource"].toObject());
            if (p.ok()) (name == u"resourceA" ? c.a : c.b) = p.value();
        }
    }
    return c;
}

template <typename F>
auto withClient(QNetworkAccessManager* nam, const db::Enrolment& e, int timeoutMs, F&& f)
{
    std::unique_ptr<QNetworkAccessManager> own;
    if (!nam) {
        own = std::make_unique<QNetworkAccessManager>();
        nam = own.get();
    }
    RegistryClient client(nam, RegistryEndpoint{QUrl(e.registryUrl), e.credential, TlsPolicy{e.pinSha256, e.caPem}, timeoutMs});
    return f(client);
}
} // namespace

Result<ReviewPage> RegistryReview::list(const db::Enrolment& e, const QString& status, int offset, int count)
{
    return withClient(m_nam, e, m_timeoutMs, [&](RegistryClient& client) -> Result<ReviewPage> {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), status);
        q.addQueryItem(QStringLiteral("_offset"), QString::number(offset));
        q.addQueryItem(QStringLiteral("_count"), QString::number(count));
        auto r = client.get(QStringLiteral("$review-queue?") + q.toString(QUrl::FullyEncoded));
        if (!r.ok()) return r.error();
        ReviewPage page;
        for (const QJsonValue v : r->json.value(u"parameter").toArray()) {
            if (v[u"name"].toString() == u"total") page.total = v[u"valueInteger"].toInt();
            else if (v[u"name"].toString() == u"pair") page.pairs.append(candidateOf(v[u"part"].toArray()));
        }
        return page;
    });
}

Status RegistryReview::decide(const db::Enrolment& e, qint64 pairId, const QString& decision, const QString& user)
{
    return withClient(m_nam, e, m_timeoutMs, [&](RegistryClient& client) -> Status {
        const QJsonObject body{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                               {QStringLiteral("parameter"),
                                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("pair")}, {QStringLiteral("valueInteger"), pairId}},
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("decision")}, {QStringLiteral("valueCode"), decision}},
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("user")}, {QStringLiteral("valueString"), user}}}}};
        auto r = client.post(QStringLiteral("$review-decide"), body);
        if (!r.ok()) return r.error();
        return {};
    });
}

} // namespace bhu::sync
