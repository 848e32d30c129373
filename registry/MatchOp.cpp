// POST Patient/$match: candidates from the blocking index (MatchIndex), scored by bhu::matching.
#include "bhu/registry/MatchOp.h"

#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/MatchIndex.h"

#include <QJsonArray>
#include <QUuid>

namespace bhu::registry {

namespace {
const QString kMatchGradeUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/match-grade");

QJsonObject parameterResource(const QJsonObject& parameters, QStringView name)
{
    for (const QJsonValue& v : parameters.value(u"parameter").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name").toString() == name) return p.value(u"resource").toObject();
    }
    return {};
}

QJsonObject entryOf(const MatchCandidate& c)
{
    const QJsonObject grade{{QStringLiteral("url"), kMatchGradeUrl}, {QStringLiteral("valueCode"), match::gradeCode(c.grade)}};
    return QJsonObject{{QStringLiteral("fullUrl"), QString(QStringLiteral("Patient/") + c.patientId)},
                       {QStringLiteral("resource"), c.resource},
                       {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("match")},
                                                              {QStringLiteral("score"), std::round(c.score * 10000) / 10000},
                                                              {QStringLiteral("extension"), QJsonArray{grade}}}}};
}
} // namespace

Reply matchPatients(Db& db, const Caller& caller, const QByteArray& body)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject params = std::get<QJsonObject>(parsed);
    if (params.value(u"resourceType").toString() != u"Parameters")
        return outcomeReply(400, QStringLiteral("structure"), QStringLiteral("$match takes a Parameters resource."));
    QJsonObject resource = parameterResource(params, u"resource");
    if (resource.value(u"resourceType").toString() != u"Patient")
        return outcomeReply(400, QStringLiteral("required"), QStringLiteral("Parameter `resource` must hold a Patient."));
    const QJsonValue countValue = parameterValue(params, u"count", u"valueInteger");
    const int count = countValue.isUndefined() ? kDefaultMatchCount : countValue.toInt(-1);
    if (count < 1 || count > kMaxMatchCount)
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("`count` must be an integer from 1 to 50."));
    const bool onlyCertain = parameterValue(params, u"onlyCertainMatches", u"valueBoolean").toBool(false);
    // The Patient to match need not have been stored: give it a throwaway id for parsing.
    const bool hasId = resource.contains(u"id");
    if (!hasId) resource.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto patient = fhir::patientFromFhir(resource);
    if (!patient.ok())
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("The Patient is not valid: ") + patient.error().detail);

    auto r = db.transact([&](pqxx::work& w) {
        const auto found = findMatches(w, patient.value(), count, onlyCertain ? match::Grade::Certain : match::Grade::Possible);
        QJsonArray entries;
        for (const MatchCandidate& c : found) {
            w.exec_params("INSERT INTO lookups (device_id, facility_id, patient_id, kind) VALUES ($1, $2, $3, 'match')",
                          s8(caller.deviceId), caller.facilityId, s8(c.patientId));
            entries.append(entryOf(c));
        }
        return Reply{200,
                     QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("searchset")},
                                 {QStringLiteral("total"), static_cast<int>(entries.size())},
                                 {QStringLiteral("entry"), entries}},
                     0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

} // namespace bhu::registry
