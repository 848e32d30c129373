#pragma once
// Patient ⇄ FHIR R4 Patient.
//
// To FHIR:
//  - id = Patient.id (client UUID). Local-only fields are not sent: version, notes, createdAt,
//    updatedAt (the server keeps its own meta.versionId / lastUpdated).
//  - identifier: every domain identifier with its FhirConfig system; type v2-0203 MR for MR
//    numbers (national, provisional, retired) and NI for CNIC and B-form; use official
//    (national MR, CNIC, B-form), temp (provisional MR), old (retired MR), secondary (others).
//  - name[0] (use official): text = the name as typed, always; prefix = leading honorifics
//    (Mst., Syed, Dr., Hafiz, …); given = the other words. No family name is guessed: family
//    names are often missing and the last word is as often a given name (Muhammad Ali).
//  - name[1]: the Urdu-script name as text only, marked with the standard `language`
//    extension (valueCode "ur").
//  - telecom: the mobile in E.164, use mobile.
//  - gender; birthDate, and when estimated the element extension
//    `_birthDate.extension[birthdate-estimated] = true`.
//  - address (use home): line = village, city = tehsil, district, state = province,
//    country PK; union council as the standard iso21090-ADXP-precinct extension.
//  - contact: the S/O, D/O, W/O, C/O guardian — relationship coded in our guardian-relation
//    system (s/o, d/o, w/o, c/o) plus v3-RoleCode FTH / HUSB / PRN, name.text = guardian's
//    name — and the guardian whose CNIC a child is registered with — the `contact-identifier`
//    extension (valueIdentifier, CNIC system) and a relationship with text = the relationship
//    word (father, mother, …) plus its v3-RoleCode when known. When the CNIC holder is the
//    same person as the S/O guardian (father, or husband for W/O) both go into one contact.
//  - managingOrganization: the registering facility by identifier (FhirConfig::facilitySystem).
//  - link: merges (replaced-by / replaces / refer / seealso), given separately.
//
// From FHIR (patientFromFhir): the reverse, strict about shape, lenient about content:
//  errors (Invalid, nothing returned) for a resourceType other than Patient, a missing id or
//  one that is not a UUID, a missing name (neither Latin nor Urdu), an unknown gender, a
//  birthDate that is not a real YYYY, YYYY-MM or YYYY-MM-DD date, an identifier without a
//  value, and any element of the wrong JSON type. Identifiers of systems that are not ours,
//  non-mobile phones and unknown extensions are ignored. A partial birthDate becomes an
//  estimated date: YYYY → 1 July, YYYY-MM → the 15th.
#include "bhu/fhir/FhirConfig.h"

#include "bhu/domain/Patient.h"
#include "bhu/domain/Result.h"

#include <QJsonObject>
#include <QList>

namespace bhu::fhir {

struct PatientLink {
    enum class Type { ReplacedBy, Replaces, Refer, SeeAlso };
    Type type = Type::ReplacedBy;
    QString otherId;   // the other Patient's UUID
    bool operator==(const PatientLink&) const = default;
};
QString patientLinkTypeCode(PatientLink::Type t);   // "replaced-by", "replaces", "refer", "seealso"

QJsonObject patientToFhir(const Patient& p, const FhirConfig& cfg = {}, const QList<PatientLink>& links = {});

// `links`, when given, receives Patient.link.
Result<Patient> patientFromFhir(const QJsonObject& resource, const FhirConfig& cfg = {},
                                QList<PatientLink>* links = nullptr);

} // namespace bhu::fhir
