#pragma once
// Referral of a patient to a higher level of care, printed as a referral slip.
#include "bhu/domain/ClinicalFact.h"

#include <optional>

namespace bhu {

// RHC = Rural Health Centre, THQ = Tehsil Headquarters Hospital, DHQ = District Headquarters
// Hospital, tertiary = teaching hospital.
enum class FacilityLevel { Rhc, Thq, Dhq, Tertiary };
QString facilityLevelCode(FacilityLevel l);   // "rhc", "thq", "dhq", "tertiary"
std::optional<FacilityLevel> facilityLevelFromCode(QStringView code);
QString facilityLevelName(FacilityLevel l);   // translated

enum class ReferralUrgency { Routine, Urgent, Emergency };
QString urgencyCode(ReferralUrgency u);       // "routine", "urgent", "emergency"
std::optional<ReferralUrgency> urgencyFromCode(QStringView code);
QString urgencyName(ReferralUrgency u);       // translated

struct Referral : ClinicalFact {
    FacilityLevel toLevel = FacilityLevel::Thq;
    QString facilityName;     // "DHQ Hospital Sheikhupura"
    QString reason;
    ReferralUrgency urgency = ReferralUrgency::Routine;
    QString whatWasDone;      // treatment given before referral

    bool operator==(const Referral&) const = default;
};

} // namespace bhu
