#include "bhu/sync/BundleBuilder.h"

#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirConsultation.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirEpisodeOfCare.h"
#include "bhu/fhir/FhirGroup.h"
#include "bhu/fhir/FhirImmunization.h"
#include "bhu/fhir/FhirMeta.h"
#include "bhu/fhir/FhirMchContact.h"
#include "bhu/fhir/FhirMedicationRequest.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/fhir/FhirServiceRequest.h"
#include "bhu/fhir/FhirVitals.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bhu::sync {

namespace {
QJsonObject stamped(QJsonObject r, int clientVersion, const QString& deviceId, const fhir::FhirConfig& cfg)
{
    fhir::setClientVersion(r, clientVersion, cfg);   // replaces the mapping's own, never duplicates
    QJsonObject meta = r.value(u"meta").toObject();
    meta.insert(QStringLiteral("source"), QString(QStringLiteral("urn:bhu:device:") + deviceId));
    r.insert(QStringLiteral("meta"), meta);
    return r;
}

QJsonObject entry(const QJsonObject& resource, qint64 ifMatch)
{
    const QString ref = QString(resource.value(u"resourceType").toString() + QLatin1Char('/') + resource.value(u"id").toString());
    QJsonObject request{{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("url"), ref}};
    if (ifMatch > 0) request.insert(QStringLiteral("ifMatch"), QStringLiteral("W/\"%1\"").arg(ifMatch));
    return QJsonObject{{QStringLiteral("fullUrl"), ref}, {QStringLiteral("resource"), resource}, {QStringLiteral("request"), request}};
}

template <typename T>
const T* findFact(const QList<T>& list, const QString& id)
{
    for (const T& f : list)
        if (f.id == id) return &f;
    return nullptr;
}
} // namespace

BuiltBundle buildTransaction(const db::ClaimedBatch& batch, const QString& deviceId, const fhir::FhirConfig& cfg)
{
    BuiltBundle out;
    QJsonArray entries;
    auto add = [&](int item, const QJsonObject& resource, int clientVersion, qint64 ifMatch = 0) {
        entries.append(entry(stamped(resource, clientVersion, deviceId, cfg), ifMatch));
        out.owner.append(item);
    };
    const QString gone = QCoreApplication::translate("bhu::sync::BundleBuilder", "The record to send no longer exists.");
    for (int i = 0; i < batch.items.size(); ++i) {
        const db::OutboxItem& it = batch.items[i];
        if (it.op == u"delete") {   // a tombstone (db/Tombstones): DELETE Type/id, no resource
            const QString ref = it.resourceType + u'/' + it.resourceId;
            entries.append(QJsonObject{{QStringLiteral("fullUrl"), ref},
                                       {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                                               {QStringLiteral("url"), ref}}}});
            out.owner.append(i);
            continue;
        }
        if (batch.missing.contains(it.id)) {
            out.unbuildable.insert(i, batch.missing.value(it.id));
            continue;
        }
        if (it.resourceType == u"Patient") {
            const Patient& p = batch.patients[it.resourceId];
            add(i, fhir::patientToFhir(p, cfg), p.version, batch.patientBase.value(it.resourceId));
            continue;
        }
        if (it.resourceType == u"Immunization") {
            const Immunisation& d = batch.immunisations[it.resourceId];
            add(i, fhir::immunisationToFhir(d, cfg), d.version);
            continue;
        }
        if (it.resourceType == u"Group") {
            const HouseholdRecord& h = batch.households[it.resourceId];
            add(i, fhir::householdToFhir(h, cfg), h.household.version);
            continue;
        }
        if (it.resourceType == u"EpisodeOfCare") {
            const Pregnancy& p = batch.pregnancies[it.resourceId];
            add(i, fhir::pregnancyToFhir(p, cfg), p.version);
            continue;
        }
        if (it.resourceType == u"CommunicationRequest") {   // docs/telemedicine.md
            const ConsultationRequest& r = batch.consultations[it.resourceId];
            add(i, fhir::consultationRequestToFhir(r, cfg), r.version);
            continue;
        }
        if (it.resourceType == u"Communication") {
            add(i, fhir::consultationMessageToFhir(batch.consultationMessages[it.resourceId], cfg), 1);
            continue;
        }
        if (it.resourceType == u"Binary") {   // the bytes went by Binary/$chunk; this is the attachment
            add(i, fhir::consultationPhotoToFhir(batch.consultationPhotos[it.resourceId], batch.patientOfPhoto.value(it.resourceId), cfg), 1);
            continue;
        }
        if (it.resourceType == u"Encounter" && batch.mchContacts.contains(it.resourceId)) {
            const MchContact& c = batch.mchContacts[it.resourceId];
            add(i, fhir::mchContactToFhir(c, cfg), c.version);
            continue;
        }
        const QString visitId = it.resourceType == u"Encounter" ? it.resourceId : batch.visitOfFact.value(it.resourceId);
        const VisitRecord& r = batch.visits[visitId];
        if (it.resourceType == u"Encounter") {
            add(i, fhir::visitToFhir(r.visit, cfg), r.visit.version);
        } else if (it.resourceType == u"Observation" && r.vitals && r.vitals->id == it.resourceId) {
            for (const QJsonValue o : fhir::vitalSignsToFhir(*r.vitals, cfg)) add(i, o.toObject(), r.vitals->version);
        } else if (const auto* d = findFact(r.diagnoses, it.resourceId); d && it.resourceType == u"Condition") {
            add(i, fhir::diagnosisToFhir(*d, cfg), d->version);
        } else if (const auto* m = findFact(r.prescriptions, it.resourceId); m && it.resourceType == u"MedicationRequest") {
            add(i, fhir::prescriptionToFhir(*m, cfg), m->version);
        } else if (const auto* f = findFact(r.referrals, it.resourceId); f && it.resourceType == u"ServiceRequest") {
            add(i, fhir::referralToFhir(*f, cfg), f->version);
        } else {
            out.unbuildable.insert(i, gone);
        }
    }
    out.bundle = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("transaction")},
                             {QStringLiteral("id"), batch.requestId},
                             {QStringLiteral("entry"), entries}};
    return out;
}

} // namespace bhu::sync
