#pragma once
// Private: strict reading of FHIR JSON elements. The first problem is kept; later reads return
// empty values, so a parser can read everything and check `failed()` once per step.
#include "bhu/domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace bhu::fhir {

class FhirReader {
public:
    // `resource` names the resource type in messages and details ("Patient" → "fhir.patient.…").
    explicit FhirReader(QString resource);

    // Absent → empty; present with another JSON type → a structure error naming `path`.
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path);
    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path);
    QJsonObject object(const QJsonValue& v, const QString& path);   // an array element
    QString string(const QJsonObject& o, const QString& key, const QString& path);
    std::optional<bool> boolean(const QJsonObject& o, const QString& key, const QString& path);

    // Records a problem (if none yet): detail "fhir.<resource>.<what>".
    void fail(const QString& what, const QString& message);
    bool failed() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }

private:
    void wrongType(const QString& path, const QString& expected);
    QString m_resource;
    std::optional<Error> m_error;
};

} // namespace bhu::fhir
