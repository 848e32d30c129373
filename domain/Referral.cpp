#include "bhu/domain/Referral.h"

#include <QCoreApplication>

namespace bhu {

QString facilityLevelCode(FacilityLevel l)
{
    switch (l) {
    case FacilityLevel::Rhc: return QStringLiteral("rhc");
    case FacilityLevel::Dhq: return QStringLiteral("dhq");
    case FacilityLevel::Tertiary: return QStringLiteral("tertiary");
    case FacilityLevel::Thq: break;
    }
    return QStringLiteral("thq");
}

std::optional<FacilityLevel> facilityLevelFromCode(QStringView code)
{
    if (code == u"rhc") return FacilityLevel::Rhc;
    if (code == u"thq") return FacilityLevel::Thq;
    if (code == u"dhq") return FacilityLevel::Dhq;
    if (code == u"tertiary") return FacilityLevel::Tertiary;
    return std::nullopt;
}

QString facilityLevelName(FacilityLevel l)
{
    switch (l) {
    case FacilityLevel::Rhc: return QCoreApplication::translate("bhu::Referral", "Rural Health Centre (RHC)");
    case FacilityLevel::Dhq: return QCoreApplication::translate("bhu::Referral", "District Headquarters Hospital (DHQ)");
    case FacilityLevel::Tertiary: return QCoreApplication::translate("bhu::Referral", "Tertiary (teaching) hospital");
    case FacilityLevel::Thq: break;
    }
    return QCoreApplication::translate("bhu::Referral", "Tehsil Headquarters Hospital (THQ)");
}

QString urgencyCode(ReferralUrgency u)
{
    switch (u) {
    case ReferralUrgency::Urgent: return QStringLiteral("urgent");
    case ReferralUrgency::Emergency: return QStringLiteral("emergency");
    case ReferralUrgency::Routine: break;
    }
    return QStringLiteral("routine");
}

std::optional<ReferralUrgency> urgencyFromCode(QStringView code)
{
    if (code == u"routine") return ReferralUrgency::Routine;
    if (code == u"urgent") return ReferralUrgency::Urgent;
    if (code == u"emergency") return ReferralUrgency::Emergency;
    return std::nullopt;
}

QString urgencyName(ReferralUrgency u)
{
    switch (u) {
    case ReferralUrgency::Urgent: return QCoreApplication::translate("bhu::Referral", "Urgent");
    case ReferralUrgency::Emergency: return QCoreApplication::translate("bhu::Referral", "Emergency");
    case ReferralUrgency::Routine: break;
    }
    return QCoreApplication::translate("bhu::Referral", "Routine");
}

} // namespace bhu
