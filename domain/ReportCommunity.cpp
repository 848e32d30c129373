#include "bhu/domain/ReportCommunity.h"

namespace bhu {

namespace {

bool within(QDate d, QDate from, QDate to) { return d.isValid() && d >= from && d <= to; }

QList<Immunisation> currentImmunisations(const QList<Immunisation>& all)
{
    QSet<QString> amended;
    for (const Immunisation& i : all)
        if (i.isAmendment()) amended.insert(i.amendsId);
    QList<Immunisation> out;
    for (const Immunisation& i : all)
        if (!amended.contains(i.id) && !i.enteredInError) out.append(i);
    return out;
}

QList<MchContact> currentContacts(const QList<MchContact>& all)
{
    QSet<QString> amended;
    for (const MchContact& c : all)
        if (!c.amendsId.isEmpty()) amended.insert(c.amendsId);
    QList<MchContact> out;
    for (const MchContact& c : all)
        if (!amended.contains(c.id)) out.append(c);
    return out;
}

template <typename Pred>
qint64 countContacts(const CommunityFacts& f, QDate from, QDate to, Pred pred)
{
    qint64 n = 0;
    for (const MchContact& c : currentContacts(f.contacts))
        if (within(c.date, from, to) && pred(c)) ++n;
    return n;
}

qint64 deliveries(const CommunityFacts& f, QDate from, QDate to, bool facilityOnly)
{
    qint64 n = 0;
    for (const Pregnancy& p : f.pregnancies) {
        const bool birth = p.outcome == PregnancyOutcome::LiveBirth || p.outcome == PregnancyOutcome::Stillbirth;
        if (birth && within(p.outcomeDate, from, to) && (!facilityOnly || isFacilityDelivery(p.deliveryPlace))) ++n;
    }
    return n;
}

} // namespace

bool isCommunityMeasure(QStringView m)
{
    static const QStringList fixed{QStringLiteral("mch:anc"), QStringLiteral("mch:anc1"), QStringLiteral("mch:pnc"),
                                   QStringLiteral("mch:deliveries"), QStringLiteral("mch:deliveries-facility"),
                                   QStringLiteral("fp:visits"), QStringLiteral("fp:new-acceptors"), QStringLiteral("lhw:pregnancies")};
    if (fixed.contains(m.toString())) return true;
    if (m.startsWith(u"fp:")) return fpMethodCodes().contains(m.sliced(3).toString());
    if (m.startsWith(u"epi:")) return EpiSchedule::builtIn().doseByCode(m.sliced(4)).has_value();
    return false;
}

std::optional<qint64> communityMeasure(QStringView m, const CommunityFacts& f, QDate from, QDate to)
{
    if (!isCommunityMeasure(m)) return std::nullopt;
    if (m.startsWith(u"epi:")) {
        const auto dose = EpiSchedule::builtIn().doseByCode(m.sliced(4));
        qint64 n = 0;
        for (const Immunisation& i : currentImmunisations(f.doses))
            if (within(i.dose.date, from, to) && i.dose.antigen.compare(dose->antigen, Qt::CaseInsensitive) == 0 && i.dose.dose == dose->dose)
                ++n;
        return n;
    }
    if (m == u"mch:anc") return countContacts(f, from, to, [](const MchContact& c) { return c.kind == MchKind::Antenatal; });
    if (m == u"mch:anc1") return countContacts(f, from, to, [](const MchContact& c) { return c.kind == MchKind::Antenatal && c.number == 1; });
    if (m == u"mch:pnc") return countContacts(f, from, to, [](const MchContact& c) { return c.kind == MchKind::Postnatal; });
    if (m == u"mch:deliveries") return deliveries(f, from, to, false);
    if (m == u"mch:deliveries-facility") return deliveries(f, from, to, true);
    if (m == u"fp:visits") return countContacts(f, from, to, [](const MchContact& c) { return c.kind == MchKind::FamilyPlanning; });
    if (m == u"fp:new-acceptors")
        return countContacts(f, from, to, [](const MchContact& c) { return c.kind == MchKind::FamilyPlanning && c.newAcceptor; });
    if (m == u"lhw:pregnancies") {
        qint64 n = 0;
        for (const Pregnancy& p : f.pregnancies)
            if (within(p.registeredOn, from, to) && f.lhwUsers.contains(p.registeredBy)) ++n;
        return n;
    }
    const QString method = m.sliced(3).toString();   // fp:<method>
    return countContacts(f, from, to, [&](const MchContact& c) { return c.kind == MchKind::FamilyPlanning && c.fpMethod == method; });
}

} // namespace bhu
