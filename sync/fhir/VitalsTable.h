#pragma once
// Private: the LOINC codes and UCUM units of the vital-signs Observations (FhirVitals.h),
// shared by writing and reading.
#include "bhu/domain/VitalSigns.h"

#include <QString>
#include <optional>

namespace bhu::fhir::vitalstable {

struct Measure {
    std::optional<double> VitalSigns::*field;
    const char16_t* loinc;
    const char16_t* display;
    const char16_t* unit;
    const char16_t* ucum;
};

// One Observation each, after the blood pressure panel and before BMI.
inline const Measure kMeasures[] = {
    {&VitalSigns::pulse, u"8867-4", u"Heart rate", u"/min", u"/min"},
    {&VitalSigns::respiratoryRate, u"9279-1", u"Respiratory rate", u"/min", u"/min"},
    {&VitalSigns::temperatureC, u"8310-5", u"Body temperature", u"°C", u"Cel"},
    {&VitalSigns::spo2, u"59408-5", u"Oxygen saturation in Arterial blood by Pulse oximetry", u"%", u"%"},
    {&VitalSigns::weightKg, u"29463-7", u"Body weight", u"kg", u"kg"},
    {&VitalSigns::heightCm, u"8302-2", u"Body height", u"cm", u"cm"},
    {&VitalSigns::muacCm, u"56072-2", u"Circumference Mid upper arm", u"cm", u"cm"},
    {&VitalSigns::glucoseMgDl, u"41653-7", u"Glucose [Mass/volume] in Capillary blood by Glucometer", u"mg/dL", u"mg/dL"},
};

inline const QString kBpPanel = QStringLiteral("85354-9");
inline const QString kSystolic = QStringLiteral("8480-6");
inline const QString kDiastolic = QStringLiteral("8462-4");
inline const QString kBmi = QStringLiteral("39156-5");
inline const QString kGlucose = QStringLiteral("41653-7");
inline const QString kSpo2 = QStringLiteral("59408-5");
inline const QString kSpo2Arterial = QStringLiteral("2708-6");   // sent with kSpo2, as the profile requires
inline const QString kWeight = QStringLiteral("29463-7");
inline const QString kHeight = QStringLiteral("8302-2");

} // namespace bhu::fhir::vitalstable
