#include "bhu/registry/EntryParse.h"

#include "bhu/registry/Crypto.h"

#include <QRegularExpression>

namespace bhu::registry {

namespace {
const QStringList kClinicalTypes{QStringLiteral("Encounter"), QStringLiteral("Observation"), QStringLiteral("Condition"),
                                 QStringLiteral("MedicationRequest"), QStringLiteral("ServiceRequest"),
                                 QStringLiteral("Immunization"), QStringLiteral("Group"), QStringLiteral("EpisodeOfCare"),
                                 QStringLiteral("CommunicationRequest"), QStringLiteral("Communication")};

ParsedEntry refused(ParsedEntry e, int status, const QString& code, const QString& diagnostics)
{
    e.error = outcomeReply(status, code, diagnostics);
    return e;
}

// "Patient/<uuid>" → the uuid; empty when the reference is not of that shape.
QString referencedId(const QJsonObject& resource, QStringView element, QStringView type)
{
    const QString ref = resource.value(element).toObject().value(u"reference").toString();
    const QString prefix = type.toString() + u'/';
    if (!ref.startsWith(prefix)) return {};
    const QString id = ref.mid(prefix.size());
    return isUuid(id) ? id : QString();
}

std::optional<int> parseIfMatch(const QString& s)
{
    static const QRegularExpression re(QStringLiteral(R"re(^(?:W/)?"?(\d{1,9})"?$)re"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch()) return std::nullopt;
    return m.captured(1).toInt();
}
} // namespace

std::optional<int> clientVersionOf(const QJsonObject& resource)
{
    const QJsonArray ext = resource.value(u"meta").toObject().value(u"extension").toArray();
    for (const QJsonValue& v : ext) {
        const QJsonObject e = v.toObject();
        if (e.value(u"url").toString() != kClientVersionUrl) continue;
        const QJsonValue n = e.value(u"valueInteger");
        if (!n.isDouble() || n.toDouble() != static_cast<double>(n.toInt()) || n.toInt() < 1) return std::nullopt;
        return n.toInt();
    }
    return std::nullopt;
}

bool isVersionedClinicalType(QStringView type)
{
    return type == u"Group" || type == u"EpisodeOfCare";
}

bool isUuid(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

QString contentHash(const QJsonObject& resource)
{
    QJsonObject r = resource;
    r.remove(QStringLiteral("meta"));
    return sha256Hex(QByteArray::fromStdString(jsonText(r)));
}

std::variant<QJsonArray, Reply> parseTransactionBundle(const QByteArray& body, int maxEntries, QString* session)
{
    auto parsed = parseBody(body);
    if (auto* err = std::get_if<Reply>(&parsed)) return *err;
    const QJsonObject b = std::get<QJsonObject>(parsed);
    if (b.value(u"resourceType").toString() != u"Bundle")
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("The body is not a Bundle."));
    if (b.value(u"type").toString() != u"transaction")
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("The Bundle type must be transaction."));
    const QJsonValue entries = b.value(u"entry");
    if (!entries.isUndefined() && !entries.isArray())
        return outcomeReply(400, QStringLiteral("structure"), QStringLiteral("Bundle.entry is not an array."));
    const QJsonArray list = entries.toArray();
    if (list.size() > maxEntries)
        return outcomeReply(413, QStringLiteral("too-costly"),
                            QStringLiteral("The Bundle has %1 entries; at most %2 are accepted.").arg(list.size()).arg(maxEntries));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const bool isDelete = e.value(u"request").toObject().value(u"method").toString() == u"DELETE";   // no resource
        if (!list.at(i).isObject() || !e.value(u"request").isObject() || (!isDelete && !e.value(u"resource").isObject()))
            return outcomeReply(400, QStringLiteral("structure"),
                                QStringLiteral("Bundle.entry[%1] lacks a request or a resource object.").arg(i));
    }
    if (session) {
        for (const QJsonValue x : b.value(u"meta").toObject().value(u"extension").toArray())
            if (x[u"url"].toString() == kSyncSessionUrl && isUuid(x[u"valueString"].toString())) *session = x[u"valueString"].toString();
    }
    return list;
}

// DELETE Type/id: a tombstone (docs/sync-protocol.md, "Tombstones").
ParsedEntry parseDelete(const QJsonObject& request)
{
    ParsedEntry e;
    e.tombstone = true;
    const QString url = request.value(u"url").toString();
    e.type = url.section(u'/', 0, 0);
    e.id = url.section(u'/', 1);
    if (e.type != u"Patient" && !kClinicalTypes.contains(e.type))
        return refused(e, 400, QStringLiteral("not-supported"), QStringLiteral("Resource type '%1' is not accepted.").arg(e.type.left(64)));
    if (!isUuid(e.id)) return refused(e, 400, QStringLiteral("invalid"), e.type + QStringLiteral(": id is not a lower-case UUID."));
    return e;
}

ParsedEntry parseEntry(const QJsonObject& entry)
{
    const QJsonObject request = entry.value(u"request").toObject();
    if (request.value(u"method").toString() == u"DELETE") return parseDelete(request);
    ParsedEntry e;
    e.resource = entry.value(u"resource").toObject();
    e.type = e.resource.value(u"resourceType").toString();
    e.id = e.resource.value(u"id").toString();
    const bool isPatient = e.type == u"Patient";
    if (!isPatient && !kClinicalTypes.contains(e.type))
        return refused(e, 400, QStringLiteral("not-supported"),
                       QStringLiteral("Resource type '%1' is not accepted.").arg(e.type.left(64)));
    if (!isUuid(e.id)) return refused(e, 400, QStringLiteral("invalid"), e.type + QStringLiteral(": id is not a lower-case UUID."));
    const QString label = e.type + u'/' + e.id;
    if (request.value(u"method").toString() != u"PUT" || request.value(u"url").toString() != label)
        return refused(e, 400, QStringLiteral("invalid"), label + QStringLiteral(": request must be PUT ") + label + u'.');
    const auto cv = clientVersionOf(e.resource);
    if (!cv) return refused(e, 400, QStringLiteral("required"), label + QStringLiteral(": meta client-version extension missing or not a positive integer."));
    e.clientVersion = *cv;

    if (isPatient) {
        if (request.contains(u"ifMatch")) {
            e.ifMatch = parseIfMatch(request.value(u"ifMatch").toString());
            if (!e.ifMatch) return refused(e, 400, QStringLiteral("invalid"), label + QStringLiteral(": request.ifMatch is not a version."));
        }
        auto p = fhir::patientFromFhir(e.resource, {}, &e.links);
        if (!p.ok()) return refused(e, 400, QStringLiteral("invalid"), label + QStringLiteral(": ") + p.error().detail);
        e.patient = p.value();
        e.subjectId = e.id;
        return e;
    }
    // Immunization and EpisodeOfCare name their person `patient`; a household (Group) is filed
    // under its first member (the head: sync/fhir/FhirGroup.h); the other types `subject`.
    QStringView subject = u"subject";
    if (e.type == u"Immunization" || e.type == u"EpisodeOfCare") subject = u"patient";
    if (e.type == u"Group") {
        subject = u"member[0].entity";
        e.subjectId = referencedId(e.resource.value(u"member").toArray().at(0).toObject(), u"entity", u"Patient");
    } else {
        e.subjectId = referencedId(e.resource, subject, u"Patient");
    }
    if (e.subjectId.isEmpty())
        return refused(e, 400, QStringLiteral("invalid"), label + QStringLiteral(": ") + subject.toString() + QStringLiteral(" must reference Patient/<uuid>."));
    if (e.type != u"Encounter" && e.type != u"Group" && e.type != u"EpisodeOfCare") e.encounterId = referencedId(e.resource, u"encounter", u"Encounter");
    return e;
}

} // namespace bhu::registry
