#pragma once
// A medicine prescribed (and usually dispensed on the spot) at a visit.
// `frequency` is a code from DoseFrequency.h (OD, BD, TDS, …) or free text.
#include "bhu/domain/ClinicalFact.h"

namespace bhu {

struct Prescription : ClinicalFact {
    QString medicineCode;     // reference/medicines.csv code; empty for a medicine not in the list
    QString medicineName;     // "Paracetamol"
    QString strength;         // "500 mg", "250 mg/5 mL"
    QString form;             // "tablet", "suspension", "sachet", …
    QString dose;             // per administration: "1 tablet", "5 mL"
    QString frequency;        // "TDS"
    int durationDays = 0;     // 0 = not stated
    int quantityDispensed = 0;   // in dispenseUnit()s (tablets, bottles, sachets); 0 = none
    QString instructions;     // "after meals"

    // "Paracetamol 500 mg tablet"
    QString medicineText() const;
    // What quantityDispensed counts, from the form: tablet, capsule, bottle (syrup, suspension,
    // drops, solution, lotion), tube (cream, ointment, gel), sachet, inhaler, vial (injection),
    // bag (infusion); otherwise the form itself.
    QString dispenseUnit() const;
    bool operator==(const Prescription&) const = default;
};

} // namespace bhu
