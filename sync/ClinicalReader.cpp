#include "bhu/sync/ClinicalReader.h"

#include "bhu/fhir/FhirConsultation.h"
#include "bhu/fhir/FhirResource.h"

namespace bhu::sync {

namespace {
// A teleconsultation request or message (docs/telemedicine.md). Photo Communications are
// deferred: their bytes come by Binary, not by the feed.
Result<std::optional<db::PulledClinical>> readConsultation(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg)
{
    db::PulledClinical c;
    c.resourceType = resource.value(u"resourceType").toString();
    c.resourceId = resource.value(u"id").toString();
    const qint64 v = resource.value(u"meta").toObject().value(u"versionId").toString().toLongLong();
    c.serverVersion = v > 0 ? v : etagVersion;
    if (c.resourceType == u"CommunicationRequest") {
        auto r = fhir::consultationRequestFromFhir(resource, cfg);
        if (!r.ok()) return r.error();
        c.consultation = r.value();
        c.patientId = r->patientId;
        return std::optional<db::PulledClinical>(c);
    }
    auto m = fhir::communicationFromFhir(resource, cfg);
    if (!m.ok()) return m.error();
    if (m->isPhoto) return std::optional<db::PulledClinical>();
    c.consultationMessage = m->message;
    c.patientId = m->patientId;
    return std::optional<db::PulledClinical>(c);
}
} // namespace

Result<std::optional<db::PulledClinical>> readClinical(const QJsonObject& resource, qint64 etagVersion, const fhir::FhirConfig& cfg)
{
    static const QStringList kClinical = {QStringLiteral("Encounter"), QStringLiteral("Observation"), QStringLiteral("Condition"),
                                          QStringLiteral("MedicationRequest"), QStringLiteral("ServiceRequest"),
                                          QStringLiteral("Immunization"), QStringLiteral("Group"), QStringLiteral("EpisodeOfCare")};
    const QString type = resource.value(u"resourceType").toString();
    if (type == u"CommunicationRequest" || type == u"Communication") return readConsultation(resource, etagVersion, cfg);
    if (!kClinical.contains(type)) return std::optional<db::PulledClinical>();   // not ours to apply: deferred
    auto parsed = fhir::resourceFromFhir(resource, cfg);
    if (!parsed.ok()) return parsed.error();
    db::PulledClinical c;
    c.resourceType = type;
    c.resourceId = resource.value(u"id").toString();
    const qint64 v = resource.value(u"meta").toObject().value(u"versionId").toString().toLongLong();
    c.serverVersion = v > 0 ? v : etagVersion;
    if (const Visit* visit = parsed->get<Visit>()) {
        c.visit = *visit;
        c.visitId = visit->id;
        c.patientId = visit->patientId;
    } else if (const fhir::VitalsPart* part = parsed->get<fhir::VitalsPart>()) {
        // One Observation = one measurement of a VitalSigns record; SyncApply merges the parts
        // of a record into the stored one.
        c.vitals = part->record;
        c.visitId = part->record.visitId;
        c.patientId = part->record.patientId;
    } else if (const Diagnosis* d = parsed->get<Diagnosis>()) {
        c.diagnoses.append(*d);
        c.visitId = d->visitId;
        c.patientId = d->patientId;
    } else if (const Prescription* p = parsed->get<Prescription>()) {
        c.prescriptions.append(*p);
        c.visitId = p->visitId;
        c.patientId = p->patientId;
    } else if (const Referral* r = parsed->get<Referral>()) {
        c.referrals.append(*r);
        c.visitId = r->visitId;
        c.patientId = r->patientId;
    } else if (const Immunisation* i = parsed->get<Immunisation>()) {
        c.immunisation = *i;
        c.patientId = i->patientId;
    } else if (const HouseholdRecord* h = parsed->get<HouseholdRecord>()) {
        c.household = *h;
        c.patientId = h->members.isEmpty() ? h->household.headPatientId : h->members.first().patientId;
    } else if (const Pregnancy* preg = parsed->get<Pregnancy>()) {
        c.pregnancy = *preg;
        c.patientId = preg->patientId;
    } else if (const MchContact* m = parsed->get<MchContact>()) {
        c.mchContact = *m;
        c.patientId = m->patientId;
    }
    return std::optional<db::PulledClinical>(c);
}

} // namespace bhu::sync
