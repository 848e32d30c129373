#include "bhu/fhir/FhirResource.h"

namespace bhu::fhir {

namespace {

const char16_t* const kTypes[] = {u"Patient", u"Encounter", u"Observation", u"Condition", u"MedicationRequest", u"ServiceRequest", u"Immunization",
                                   u"Group", u"EpisodeOfCare", u"Encounter"};

template <typename T>
Result<ParsedResource> wrap(Result<T> r)
{
    if (!r.ok()) return r.error();
    return ParsedResource{std::move(r).value(), {}};
}

} // namespace

QString ParsedResource::resourceType() const
{
    return QString::fromUtf16(kTypes[value.index()]);
}

Result<ParsedResource> resourceFromFhir(const QJsonObject& resource, const FhirConfig& cfg)
{
    const QString type = resource.value(u"resourceType").toString();
    if (type == u"Patient") {
        QList<PatientLink> links;
        auto p = patientFromFhir(resource, cfg, &links);
        if (!p.ok()) return p.error();
        return ParsedResource{std::move(p).value(), links};
    }
    if (type == u"Encounter")
        return isMchContactEncounter(resource, cfg) ? wrap(mchContactFromFhir(resource, cfg)) : wrap(visitFromFhir(resource, cfg));
    if (type == u"Observation") return wrap(vitalObservationFromFhir(resource, cfg));
    if (type == u"Condition") return wrap(diagnosisFromFhir(resource, cfg));
    if (type == u"MedicationRequest") return wrap(prescriptionFromFhir(resource, cfg));
    if (type == u"ServiceRequest") return wrap(referralFromFhir(resource, cfg));
    if (type == u"Immunization") return wrap(immunisationFromFhir(resource, cfg));
    if (type == u"Group") return wrap(householdFromFhir(resource, cfg));
    if (type == u"EpisodeOfCare") return wrap(pregnancyFromFhir(resource, cfg));
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("bhu::FhirResource", "The FHIR resource type \"%1\" is not one the clinic exchanges.")
                           .arg(type.isEmpty() ? QCoreApplication::translate("bhu::FhirResource", "missing") : type),
                       QStringLiteral("fhir.resource_type"));
}

} // namespace bhu::fhir
