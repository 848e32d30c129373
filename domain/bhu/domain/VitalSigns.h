#pragma once
// Vital signs and anthropometry measured at one visit. Every measurement is optional: a
// missing value was not measured (never 0). Units are fixed: mmHg, /min, °C, %, kg, cm, mg/dL.
// Blood glucose is a random (casual) capillary reading by glucometer.
// Validation and flags: VitalsCheck.h.
#include "bhu/domain/ClinicalFact.h"

#include <optional>

namespace bhu {

struct VitalSigns : ClinicalFact {
    std::optional<double> systolic;         // mmHg
    std::optional<double> diastolic;        // mmHg
    std::optional<double> pulse;            // beats/min
    std::optional<double> temperatureC;     // °C
    std::optional<double> respiratoryRate;  // breaths/min
    std::optional<double> spo2;             // %
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    std::optional<double> muacCm;           // mid-upper arm circumference
    std::optional<double> glucoseMgDl;      // random blood glucose

    // Body-mass index, kg/m², rounded to one decimal; empty unless weight and height (> 0) exist.
    std::optional<double> bmi() const;
    // True if nothing was measured.
    bool isEmpty() const;
    bool operator==(const VitalSigns&) const = default;
};

} // namespace bhu
