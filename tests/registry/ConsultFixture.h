#pragma once
// Helpers of the teleconsultation tests of the registry: grants, requests, answers, photos,
// inbox and claim over HTTP.
#include "RegistryFixture.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/fhir/FhirMeta.h"
#include "bhu/test/TestSupport.h"

#include <QCryptographicHash>

namespace bhu::test {

class ConsultTest : public RegistryTest {
protected:
    RunResult registry(const QStringList& args)
    {
        return run(QStringLiteral("bhu-registry"), QStringList(args) << QStringLiteral("--db") << conninfo);
    }
    void grant(const Device& d, const QString& specialty)
    {
        ASSERT_EQ(registry({QStringLiteral("device"), QStringLiteral("allow-specialist"), QStringLiteral("--device"), d.id,
                            QStringLiteral("--specialty"), specialty})
                      .exitCode,
                  0);
    }
    QJsonObject request(const QString& patientId, const QString& encounterId, const QString& specialty, ConsultationUrgency u)
    {
        ConsultationRequest r;
        r.id = newId();
        r.patientId = patientId;
        r.visitId = encounterId;
        r.facilityCode = QStringLiteral("BHU-0001");
        r.specialty = specialty;
        r.urgency = u;
        r.question = QStringLiteral("What is this rash, and how to treat it?");
        r.caseSummary = QStringLiteral("F 34y, rash 3 weeks");
        r.requestedBy = QStringLiteral("drsana");
        r.requestedAt = QDateTime::currentDateTimeUtc();
        QJsonObject o = fhir::consultationRequestToFhir(r);
        fhir::setClientVersion(o, 1);
        return o;
    }
    QStringList inboxIds(const Device& d, const QString& specialty, int* status = nullptr)
    {
        const Resp r = get("/fhir/$consult-inbox?specialty=" + specialty.toStdString(), d.credential);
        if (status) *status = r.status;
        QStringList ids;
        for (const QJsonValue& e : r.json.value(u"entry").toArray())
            if (e[u"search"][u"mode"].toString() == u"match") ids << e[u"resource"][u"id"].toString();
        return ids;
    }
    QJsonObject answer(const QString& requestId, const QString& patientId)
    {
        ConsultationMessage m;
        m.id = newId();
        m.consultationId = requestId;
        m.patientId = patientId;
        m.kind = MessageKind::Answer;
        m.author = QStringLiteral("dr_khan");
        m.authorFacility = QStringLiteral("HOSP-0001");
        m.sentAt = QDateTime::currentDateTimeUtc();
        m.text = QStringLiteral("Tinea corporis.");
        m.disposition = Disposition::ManageAtBhu;
        QJsonObject o = fhir::consultationMessageToFhir(m);
        fhir::setClientVersion(o, 1);
        return o;
    }
    // Uploads `bytes` as Binary `binaryId` in one chunk of device `d` (complete when whole).
    Resp uploadBinary(const Device& d, const QString& binaryId, const QByteArray& bytes, qsizetype send = -1)
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const std::string path = QStringLiteral("/fhir/Binary/$chunk?id=%1&offset=0&size=%2&sha256=%3&contentType=image/jpeg")
                                     .arg(binaryId)
                                     .arg(bytes.size())
                                     .arg(sha)
                                     .toStdString();
        return post(path, send < 0 ? bytes : bytes.left(send), d.credential, {{"Content-Type", "application/octet-stream"}});
    }
    // The photo Communication of Binary `binaryId` for request `requestId`.
    QJsonObject photoCommunication(const QString& requestId, const QString& patientId, const QString& binaryId, const QByteArray& bytes)
    {
        ConsultationPhoto ph;
        ph.id = binaryId;
        ph.consultationId = requestId;
        ph.caption = QStringLiteral("lesion");
        ph.size = bytes.size();
        ph.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        ph.addedAt = QDateTime::currentDateTimeUtc();
        QJsonObject o = fhir::consultationPhotoToFhir(ph, patientId);
        fhir::setClientVersion(o, 1);
        return o;
    }
    Resp claim(const Device& d, const QString& id)
    {
        return postJson("/fhir/$consult-claim",
                        QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                                    {QStringLiteral("parameter"),
                                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("id")}, {QStringLiteral("valueString"), id}}}}},
                        d.credential);
    }
};

} // namespace bhu::test
