#include "bhu/registry/Reply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bhu::registry {

QJsonObject operationOutcome(const QString& code, const QString& diagnostics)
{
    QJsonObject issue{{QStringLiteral("severity"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("diagnostics"), diagnostics}};
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                       {QStringLiteral("issue"), QJsonArray{issue}}};
}

Reply outcomeReply(int status, const QString& code, const QString& diagnostics)
{
    return Reply{status, operationOutcome(code, diagnostics), 0};
}

Reply storageFailure(const Error& e)
{
    if (e.detail.contains(QStringLiteral("connection")))
        return outcomeReply(503, QStringLiteral("transient"), QStringLiteral("The registry database is unreachable; retry later."));
    return outcomeReply(500, QStringLiteral("exception"), QStringLiteral("The registry database failed; nothing was stored."));
}

QString statusLine(int status)
{
    const char* text = "Error";
    switch (status) {
    case 200: text = "OK"; break;
    case 201: text = "Created"; break;
    case 400: text = "Bad Request"; break;
    case 401: text = "Unauthorized"; break;
    case 403: text = "Forbidden"; break;
    case 404: text = "Not Found"; break;
    case 409: text = "Conflict"; break;
    case 410: text = "Gone"; break;
    case 413: text = "Payload Too Large"; break;
    case 415: text = "Unsupported Media Type"; break;
    case 422: text = "Unprocessable Entity"; break;
    case 429: text = "Too Many Requests"; break;
    case 500: text = "Internal Server Error"; break;
    case 503: text = "Service Unavailable"; break;
    default: break;
    }
    return QString::number(status) + u' ' + QString::fromLatin1(text);
}

QString issueCodeFor(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalid");
    case 401: return QStringLiteral("login");
    case 403: return QStringLiteral("forbidden");
    case 404: return QStringLiteral("not-found");
    case 409: return QStringLiteral("conflict");
    case 410: return QStringLiteral("expired");
    case 413: return QStringLiteral("too-costly");
    case 415: return QStringLiteral("not-supported");
    case 422: return QStringLiteral("processing");
    case 429: return QStringLiteral("throttled");
    case 503: return QStringLiteral("transient");
    default: return QStringLiteral("exception");
    }
}

QJsonValue parameterValue(const QJsonObject& parameters, QStringView name, QStringView valueKey)
{
    const QJsonArray list = parameters.value(u"parameter").toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name").toString() == name) return p.value(valueKey);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonObject parameterString(const QString& name, const QString& value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("valueString"), value}};
}

QJsonObject parameterInteger(const QString& name, qint64 value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("valueInteger"), value}};
}

std::variant<QJsonObject, Reply> parseBody(const QByteArray& body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return outcomeReply(400, QStringLiteral("structure"),
                            QStringLiteral("The body is not JSON (at offset %1).").arg(err.offset));
    if (!doc.isObject())
        return outcomeReply(400, QStringLiteral("structure"), QStringLiteral("The body is not a JSON object."));
    return doc.object();
}

std::string jsonText(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject jsonObject(const std::string& text)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

} // namespace bhu::registry
