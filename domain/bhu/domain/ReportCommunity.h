#pragma once
// The community data sources of the monthly report (docs/community.md, "Reports"): the MCH,
// family-planning, EPI and LHW rows count immunisation doses, pregnancies and MCH contacts, not
// visits. A template row names a measure; communityMeasure() counts it over the period (pure:
// the records come from db/ReportQueries, no I/O here).
//
// Measures (the period is from..to inclusive, by the day of the dose / contact / outcome /
// registration; corrected records count once — their current version — and doses entered in
// error not at all):
//   epi:<dose>              doses given, e.g. epi:Penta-1, epi:Td-2, epi:BCG-1 (any place)
//   mch:anc                 antenatal contacts          mch:anc1  first antenatal contacts (ANC-1)
//   mch:pnc                 postnatal contacts
//   mch:deliveries          pregnancies ended by a birth (live or still)
//   mch:deliveries-facility the same, at a facility (BHU, RHC, hospital, private clinic)
//   fp:visits               family-planning visits      fp:new-acceptors  of them, first use of any method
//   fp:<method>             family-planning visits by method (a fpMethodCodes() code)
//   lhw:pregnancies         pregnancies registered by LHW users
// An unknown measure gives nullopt (the template parser refuses it at load).
#include "bhu/domain/Immunisation.h"
#include "bhu/domain/Maternal.h"

#include <QSet>
#include <optional>

namespace bhu {

struct CommunityFacts {
    QList<Immunisation> doses;        // every version
    QList<Pregnancy> pregnancies;
    QList<MchContact> contacts;       // every version
    QSet<QString> lhwUsers;           // user names with the LHW role
};

bool isCommunityMeasure(QStringView measure);
std::optional<qint64> communityMeasure(QStringView measure, const CommunityFacts& facts, QDate from, QDate to);

} // namespace bhu
