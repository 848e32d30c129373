#pragma once
// A diagnosis made at a visit: an ICD-10 (WHO) code from reference/icd10_phc.csv, or free text
// when no code fits ("uncoded"). Provisional until the clinician confirms it.
#include "bhu/domain/ClinicalFact.h"

#include <optional>

namespace bhu {

enum class DiagnosisCertainty { Provisional, Confirmed };
QString certaintyCode(DiagnosisCertainty c);   // "provisional", "confirmed" (FHIR verificationStatus)
std::optional<DiagnosisCertainty> certaintyFromCode(QStringView code);

struct Diagnosis : ClinicalFact {
    QString icd10;          // "J18.9"; empty for an uncoded diagnosis
    QString display;        // the code's name, or the clinician's free text when uncoded
    DiagnosisCertainty certainty = DiagnosisCertainty::Provisional;

    bool isUncoded() const { return icd10.isEmpty(); }
    bool operator==(const Diagnosis&) const = default;
};

} // namespace bhu
