#include "bhu/domain/VitalSigns.h"

#include <cmath>

namespace bhu {

std::optional<double> VitalSigns::bmi() const
{
    if (!weightKg || !heightCm || *weightKg <= 0 || *heightCm <= 0) return std::nullopt;
    const double m = *heightCm / 100.0;
    return std::round(*weightKg / (m * m) * 10.0) / 10.0;
}

bool VitalSigns::isEmpty() const
{
    return !systolic && !diastolic && !pulse && !temperatureC && !respiratoryRate && !spo2 && !weightKg
        && !heightCm && !muacCm && !glucoseMgDl;
}

} // namespace bhu
