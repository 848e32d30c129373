#pragma once
// Dose frequencies as written on Pakistani prescriptions, with their timing for FHIR.
//   OD once daily · BD twice daily · TDS three times daily · QID four times daily ·
//   HS at bedtime · SOS when needed · STAT once, now · WEEKLY once a week ·
//   Q3M once every three months (DMPA injection)
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace bhu {

struct DoseFrequency {
    QString code;            // "TDS"
    int timesPerPeriod = 1;  // FHIR Timing.repeat.frequency
    int period = 1;          // FHIR Timing.repeat.period
    QString periodUnit;      // UCUM unit of time for Timing.repeat.periodUnit: "d", "wk", "mo"; empty for SOS/STAT
    bool asNeeded = false;   // SOS
    bool once = false;       // STAT
    bool atBedtime = false;  // HS
};

// The frequency for a code (case-insensitive, "TID" and "QD" accepted as TDS and OD); empty if unknown.
std::optional<DoseFrequency> doseFrequency(QStringView code);
QStringList doseFrequencyCodes();              // the codes above, in that order
QString doseFrequencyName(QStringView code);   // translated ("three times a day"); the code if unknown
// The instruction in Urdu for the patient ("دن میں تین بار"), printed on every prescription
// whatever the program's language; empty if the code is unknown.
QString doseFrequencyUrdu(QStringView code);

} // namespace bhu
