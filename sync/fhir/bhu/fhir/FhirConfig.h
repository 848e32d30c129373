#pragma once
// Where our own FHIR names live. No Pakistani FHIR implementation guide exists yet
// (domain.md), so identifier systems, extensions and code systems are our own URIs, kept here
// so that a province or the registry can change them without touching the mappings.
//
//   identifier systems   https://fhir.bhu.gov.pk/sid/{mr, mr-provisional, mr-retired, cnic, bform}
//                        https://fhir.bhu.gov.pk/sid/facility  (facility codes)
//                        https://fhir.bhu.gov.pk/sid/<system> for any other domain IdSystem
//   extensions           https://fhir.bhu.gov.pk/StructureDefinition/<name>
//   code systems         https://fhir.bhu.gov.pk/CodeSystem/<name>
#include <QString>
#include <QStringView>

namespace bhu::fhir {

// How one resource refers to another: "Patient/<uuid>" (relative, for PUT-by-id transaction
// Bundles and a server that keeps client ids), or "urn:uuid:<uuid>" (Bundle-internal, for a
// server that assigns its own ids). Either way the client UUID is the resource id.
enum class ReferenceStyle { Relative, UrnUuid };

struct FhirConfig {
    QString mrSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/mr");
    QString mrProvisionalSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/mr-provisional");
    QString mrRetiredSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/mr-retired");
    QString cnicSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/cnic");
    QString bformSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/bform");
    QString facilitySystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/facility");
    QString identifierBase = QStringLiteral("https://fhir.bhu.gov.pk/sid/");   // other IdSystems
    QString extensionBase = QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/");
    QString codeSystemBase = QStringLiteral("https://fhir.bhu.gov.pk/CodeSystem/");
    ReferenceStyle references = ReferenceStyle::Relative;

    // The FHIR identifier system of a domain IdSystem ("cnic" → cnicSystem, "legacy-mr" →
    // identifierBase + "legacy-mr").
    QString identifierSystem(const QString& domainSystem) const;
    // The reverse; empty for a system that is not ours.
    QString domainIdSystem(const QString& fhirSystem) const;

    QString extensionUrl(QStringView name) const { return QString(extensionBase).append(name); }
    QString codeSystem(QStringView name) const { return QString(codeSystemBase).append(name); }

    // Our extensions and code systems.
    QString birthDateEstimatedUrl() const { return extensionUrl(u"birthdate-estimated"); }
    QString contactIdentifierUrl() const { return extensionUrl(u"contact-identifier"); }
    QString amendsUrl() const { return extensionUrl(u"amends"); }
    QString amendReasonUrl() const { return extensionUrl(u"amend-reason"); }
    // Sync protocol (docs/sync-protocol.md): meta.extension[client-version] = the record's version.
    QString clientVersionUrl() const { return extensionUrl(u"client-version"); }
    // What the standard elements cannot carry but the clinic needs to rebuild its records.
    QString tokenNumberUrl() const { return extensionUrl(u"token-number"); }              // Encounter, valueInteger
    QString adviceUrl() const { return extensionUrl(u"advice"); }                         // Encounter, valueString
    QString followUpDateUrl() const { return extensionUrl(u"follow-up-date"); }           // Encounter, valueDate
    QString vitalSignsRecordUrl() const { return extensionUrl(u"vital-signs-record"); }   // Observation, valueUuid
    QString vitalSignsAmendsUrl() const { return extensionUrl(u"vital-signs-amends"); }   // Observation, valueUuid
    QString medicineNameUrl() const { return extensionUrl(u"medicine-name"); }            // medicationCodeableConcept
    QString medicineStrengthUrl() const { return extensionUrl(u"medicine-strength"); }
    QString medicineFormUrl() const { return extensionUrl(u"medicine-form"); }
    QString doseUrl() const { return extensionUrl(u"dose"); }                             // dosageInstruction, valueString
    QString guardianRelationSystem() const { return codeSystem(u"guardian-relation"); }   // s/o d/o w/o c/o
    QString complaintSystem() const { return codeSystem(u"complaint"); }                  // complaints.csv
    QString medicineSystem() const { return codeSystem(u"medicine"); }                    // medicines.csv
    QString facilityLevelSystem() const { return codeSystem(u"facility-level"); }         // rhc thq dhq tertiary
};

} // namespace bhu::fhir
