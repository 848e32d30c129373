#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Patient.h"

namespace bhu::fhir {

QString FhirConfig::identifierSystem(const QString& domainSystem) const
{
    if (domainSystem == IdSystem::Mr) return mrSystem;
    if (domainSystem == IdSystem::MrProvisional) return mrProvisionalSystem;
    if (domainSystem == IdSystem::MrRetired) return mrRetiredSystem;
    if (domainSystem == IdSystem::Cnic) return cnicSystem;
    if (domainSystem == IdSystem::BForm) return bformSystem;
    return identifierBase + domainSystem;
}

QString FhirConfig::domainIdSystem(const QString& fhirSystem) const
{
    if (fhirSystem == mrSystem) return IdSystem::Mr;
    if (fhirSystem == mrProvisionalSystem) return IdSystem::MrProvisional;
    if (fhirSystem == mrRetiredSystem) return IdSystem::MrRetired;
    if (fhirSystem == cnicSystem) return IdSystem::Cnic;
    if (fhirSystem == bformSystem) return IdSystem::BForm;
    if (fhirSystem.startsWith(identifierBase) && fhirSystem.size() > identifierBase.size() && fhirSystem != facilitySystem)
        return fhirSystem.mid(identifierBase.size());
    return {};
}

} // namespace bhu::fhir
