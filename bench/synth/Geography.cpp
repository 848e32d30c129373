#include "bhu/synth/Geography.h"

namespace bhu::synth {

const Catchment& defaultCatchment()
{
    static const Catchment c{
        QStringLiteral("Punjab"),
        3,
        QStringLiteral("Faisalabad"),
        {QStringLiteral("Jaranwala"), QStringLiteral("Samundri"), QStringLiteral("Tandlianwala")},
        {QStringLiteral("UC-12 Khurrianwala"), QStringLiteral("UC-27 Chak 204 RB"), QStringLiteral("UC-31 Makkuana"),
         QStringLiteral("UC-44 Awagat")},
        {QStringLiteral("Chak 204 RB"), QStringLiteral("Chak 207 RB"), QStringLiteral("Makkuana"), QStringLiteral("Awagat"),
         QStringLiteral("Khurrianwala"), QStringLiteral("Dhandra"), QStringLiteral("Jhok Bodo"), QStringLiteral("Chak 66 JB"),
         QStringLiteral("Lathianwala"), QStringLiteral("Bahlak")},
    };
    return c;
}

} // namespace bhu::synth
