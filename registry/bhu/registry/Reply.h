#pragma once
// What an operation answers (status + FHIR JSON), who asked (Caller), and OperationOutcomes.
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <string>
#include <variant>

namespace bhu::registry {

// The authenticated device and its facility.
struct Caller {
    QString deviceId;
    long long facilityId = 0;
    QString facilityCode;
    int facilityNumber = 0;
    QString requestId;
    QString address;   // peer IP, for rate limiting
    bool mayReview = false;   // devices.may_review: review queue and unmerge (docs/registry.md)
    QString userName;         // X-BHU-User: who works at the device (audit only; not verified)
    QString reason;           // X-BHU-Reason: the stated reason of a lookup ("break the glass")
};

struct Reply {
    Reply() = default;
    Reply(int s, QJsonObject b, int retryAfter = 0) : status(s), body(std::move(b)), retryAfterSeconds(retryAfter) {}

    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = 0;   // > 0: a Retry-After header
    QByteArray rawBody;          // non-empty: the JSON text sent instead of `body` (the change feed)
    QByteArray contentType;      // non-empty: rawBody is these bytes as they are (a photo), never gzipped
};

// A FHIR OperationOutcome with one error issue. `diagnostics` never holds patient data.
QJsonObject operationOutcome(const QString& code, const QString& diagnostics);
Reply outcomeReply(int status, const QString& code, const QString& diagnostics);
// A storage error as a reply: 503 `transient` when the database could not be reached (the client
// retries with backoff), else 500 `exception`. Nothing of the error's detail is sent.
Reply storageFailure(const Error& e);
// "201 Created", "422 Unprocessable Entity", … as FHIR Bundle entry statuses spell them.
QString statusLine(int status);
// The issue code the error table of docs/sync-protocol.md gives a status.
QString issueCodeFor(int status);

// JSON text ⇄ QJsonObject (compact; object keys sorted, so equal objects give equal text).
std::string jsonText(const QJsonObject& o);
QJsonObject jsonObject(const std::string& text);

// FHIR Parameters: the value (`valueString`, `valueInteger`, …) of the named parameter, or
// undefined.
QJsonValue parameterValue(const QJsonObject& parameters, QStringView name, QStringView valueKey);
QJsonObject parameterString(const QString& name, const QString& value);
QJsonObject parameterInteger(const QString& name, qint64 value);

// A request body as one JSON object, or a 400 `structure` reply.
std::variant<QJsonObject, Reply> parseBody(const QByteArray& body);

inline const QString kExtensionBase = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/");
inline QString extensionUrl(const char16_t* name) { return kExtensionBase + QString::fromUtf16(name); }

} // namespace bhu::registry
