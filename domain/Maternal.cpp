#include "bhu/domain/Maternal.h"

#include <QCoreApplication>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::Maternal", s); }
Error invalid(const QString& m) { return Error::make(ErrorCode::Invalid, m, QStringLiteral("maternal")); }

struct Named {
    const char* code;
    const char* name;
};
constexpr Named kPlaces[] = {
    {"home", QT_TRANSLATE_NOOP("bhu::Maternal", "Home")},
    {"bhu", QT_TRANSLATE_NOOP("bhu::Maternal", "BHU")},
    {"rhc", QT_TRANSLATE_NOOP("bhu::Maternal", "RHC")},
    {"hospital", QT_TRANSLATE_NOOP("bhu::Maternal", "Hospital (THQ/DHQ)")},
    {"private", QT_TRANSLATE_NOOP("bhu::Maternal", "Private clinic")},
    {"other", QT_TRANSLATE_NOOP("bhu::Maternal", "Other")},
};
constexpr Named kSigns[] = {
    {"bleeding", QT_TRANSLATE_NOOP("bhu::Maternal", "Vaginal bleeding")},
    {"severe-headache", QT_TRANSLATE_NOOP("bhu::Maternal", "Severe headache")},
    {"blurred-vision", QT_TRANSLATE_NOOP("bhu::Maternal", "Blurred vision")},
    {"convulsions", QT_TRANSLATE_NOOP("bhu::Maternal", "Convulsions")},
    {"fever", QT_TRANSLATE_NOOP("bhu::Maternal", "High fever")},
    {"severe-abdominal-pain", QT_TRANSLATE_NOOP("bhu::Maternal", "Severe abdominal pain")},
    {"reduced-fetal-movement", QT_TRANSLATE_NOOP("bhu::Maternal", "Baby moves less or not at all")},
    {"swelling", QT_TRANSLATE_NOOP("bhu::Maternal", "Swelling of face or hands")},
    {"breathlessness", QT_TRANSLATE_NOOP("bhu::Maternal", "Fast or difficult breathing")},
};
constexpr Named kMethods[] = {
    {"condom", QT_TRANSLATE_NOOP("bhu::Maternal", "Condom")},
    {"pill", QT_TRANSLATE_NOOP("bhu::Maternal", "Oral pill")},
    {"injectable", QT_TRANSLATE_NOOP("bhu::Maternal", "Injectable")},
    {"iucd", QT_TRANSLATE_NOOP("bhu::Maternal", "IUCD")},
    {"implant", QT_TRANSLATE_NOOP("bhu::Maternal", "Implant")},
    {"tubal-ligation", QT_TRANSLATE_NOOP("bhu::Maternal", "Tubal ligation")},
    {"vasectomy", QT_TRANSLATE_NOOP("bhu::Maternal", "Vasectomy")},
    {"lam", QT_TRANSLATE_NOOP("bhu::Maternal", "Breastfeeding method (LAM)")},
    {"other", QT_TRANSLATE_NOOP("bhu::Maternal", "Other method")},
};

template <size_t N>
QStringList codesOf(const Named (&rows)[N])
{
    QStringList out;
    for (const auto& r : rows) out.append(QString::fromLatin1(r.code));
    return out;
}
template <size_t N>
QString nameOf(const Named (&rows)[N], QStringView code)
{
    for (const auto& r : rows)
        if (code == QLatin1String(r.code)) return QCoreApplication::translate("bhu::Maternal", r.name);
    return code.toString();
}
} // namespace

QDate eddFromLmp(QDate lmp) { return lmp.isValid() ? lmp.addDays(280) : QDate(); }

int gestationWeeks(QDate lmp, QDate on)
{
    if (!lmp.isValid() || !on.isValid() || lmp > on) return 0;
    return int(lmp.daysTo(on) / 7);
}

QString pregnancyOutcomeCode(PregnancyOutcome o)
{
    switch (o) {
    case PregnancyOutcome::Ongoing: return QStringLiteral("ongoing");
    case PregnancyOutcome::LiveBirth: return QStringLiteral("live-birth");
    case PregnancyOutcome::Stillbirth: return QStringLiteral("stillbirth");
    case PregnancyOutcome::Miscarriage: return QStringLiteral("miscarriage");
    }
    return {};
}

std::optional<PregnancyOutcome> pregnancyOutcomeFromCode(QStringView code)
{
    for (auto o : {PregnancyOutcome::Ongoing, PregnancyOutcome::LiveBirth, PregnancyOutcome::Stillbirth, PregnancyOutcome::Miscarriage})
        if (code == pregnancyOutcomeCode(o)) return o;
    return std::nullopt;
}

QString pregnancyOutcomeName(PregnancyOutcome o)
{
    switch (o) {
    case PregnancyOutcome::Ongoing: return tr("Ongoing");
    case PregnancyOutcome::LiveBirth: return tr("Live birth");
    case PregnancyOutcome::Stillbirth: return tr("Stillbirth");
    case PregnancyOutcome::Miscarriage: return tr("Miscarriage or abortion");
    }
    return {};
}

QStringList deliveryPlaceCodes() { return codesOf(kPlaces); }
QString deliveryPlaceName(QStringView code) { return nameOf(kPlaces, code); }
bool isFacilityDelivery(QStringView code) { return code == u"bhu" || code == u"rhc" || code == u"hospital" || code == u"private"; }

Status validatePregnancy(const Pregnancy& p, QDate today)
{
    if (p.patientId.isEmpty()) return invalid(tr("Choose the woman the pregnancy belongs to."));
    if (p.lmp.isValid()) {
        if (p.lmp > today) return invalid(tr("The last menstrual period is in the future. Check the date."));
        if (p.lmp.daysTo(today) > 44 * 7 && p.isOngoing())
            return invalid(tr("The last menstrual period is more than 44 weeks ago. Check the date, or record the outcome."));
    }
    if (!p.edd.isValid()) return invalid(tr("Enter the last menstrual period or the expected date of delivery."));
    if (p.gravida < 1) return invalid(tr("Gravida counts this pregnancy too: enter 1 or more."));
    if (p.para < 0 || p.para >= p.gravida) return invalid(tr("Para must be less than gravida."));
    if (!p.isOngoing() && !p.outcomeDate.isValid()) return invalid(tr("Enter the date the pregnancy ended."));
    if (p.outcome == PregnancyOutcome::LiveBirth || p.outcome == PregnancyOutcome::Stillbirth) {
        if (!deliveryPlaceCodes().contains(p.deliveryPlace)) return invalid(tr("Choose where the delivery took place."));
    }
    return {};
}

QString mchKindCode(MchKind k)
{
    switch (k) {
    case MchKind::Antenatal: return QStringLiteral("anc");
    case MchKind::Postnatal: return QStringLiteral("pnc");
    case MchKind::FamilyPlanning: return QStringLiteral("fp");
    }
    return {};
}

std::optional<MchKind> mchKindFromCode(QStringView code)
{
    for (auto k : {MchKind::Antenatal, MchKind::Postnatal, MchKind::FamilyPlanning})
        if (code == mchKindCode(k)) return k;
    return std::nullopt;
}

QStringList dangerSignCodes() { return codesOf(kSigns); }
QString dangerSignName(QStringView code) { return nameOf(kSigns, code); }
QStringList fpMethodCodes() { return codesOf(kMethods); }
QString fpMethodName(QStringView code) { return nameOf(kMethods, code); }

QStringList referralReasons(const MchContact& c)
{
    QStringList out;
    for (const QString& s : c.dangerSigns) out.append(dangerSignName(s));
    if ((c.systolic && *c.systolic >= 140) || (c.diastolic && *c.diastolic >= 90))
        out.append(tr("High blood pressure (140/90 or more)"));
    if (c.hbGdl && *c.hbGdl < 7.0) out.append(tr("Severe anaemia (Hb below 7 g/dL)"));
    return out;
}

Status validateMchContact(const MchContact& c, QDate today)
{
    if (c.patientId.isEmpty()) return invalid(tr("Choose the woman this visit is for."));
    if (!c.date.isValid() || c.date > today) return invalid(tr("Enter the date of the visit (not in the future)."));
    if (c.kind == MchKind::FamilyPlanning && !fpMethodCodes().contains(c.fpMethod))
        return invalid(tr("Choose the family-planning method."));
    if (c.kind != MchKind::FamilyPlanning && c.pregnancyId.isEmpty())
        return invalid(tr("Antenatal and postnatal visits belong to a registered pregnancy: register it first."));
    if ((c.systolic && (*c.systolic < 50 || *c.systolic > 260)) || (c.diastolic && (*c.diastolic < 30 || *c.diastolic > 160)))
        return invalid(tr("The blood pressure is not possible. Measure again."));
    if (c.hbGdl && (*c.hbGdl < 2.0 || *c.hbGdl > 20.0)) return invalid(tr("Haemoglobin must be between 2 and 20 g/dL."));
    if (c.weightKg && (*c.weightKg < 25.0 || *c.weightKg > 200.0)) return invalid(tr("Weight must be between 25 and 200 kg."));
    for (const QString& s : c.dangerSigns)
        if (!dangerSignCodes().contains(s)) return invalid(tr("Unknown danger sign %1.").arg(s));
    return {};
}

} // namespace bhu
