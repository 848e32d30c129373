#pragma once
// Maternal health and family planning: a pregnancy (LMP → EDD, gravida/para, outcome) and the
// contacts recorded against it or the woman — antenatal (ANC-1 … ANC-4+), postnatal and
// family-planning visits. Contacts are append-only clinical facts (ClinicalFact.h); the
// pregnancy's outcome is filled in once, when the pregnancy ends.
#include "bhu/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace bhu {

// Naegele's rule as 280 days after the first day of the last menstrual period.
QDate eddFromLmp(QDate lmp);
// Completed weeks of gestation on a day (0 when lmp is invalid or after the day).
int gestationWeeks(QDate lmp, QDate on);

enum class PregnancyOutcome { Ongoing, LiveBirth, Stillbirth, Miscarriage };
QString pregnancyOutcomeCode(PregnancyOutcome o);   // "ongoing", "live-birth", "stillbirth", "miscarriage"
std::optional<PregnancyOutcome> pregnancyOutcomeFromCode(QStringView code);
QString pregnancyOutcomeName(PregnancyOutcome o);   // translated

// Where a delivery took place (codes for storage and reports; names translated).
QStringList deliveryPlaceCodes();                   // "home", "bhu", "rhc", "hospital", "private", "other"
QString deliveryPlaceName(QStringView code);
// Whether the delivery place counts as a facility delivery in the monthly report.
bool isFacilityDelivery(QStringView code);

struct Pregnancy {
    QString id;
    QString patientId;
    QDate lmp;                  // invalid when unknown (then edd is entered)
    QDate edd;
    int gravida = 0;            // pregnancies including this one
    int para = 0;               // births after 28 weeks before this one
    QDate registeredOn;
    QString registeredBy;       // user name (the LHW or LHV)
    QString facilityCode;
    PregnancyOutcome outcome = PregnancyOutcome::Ongoing;
    QDate outcomeDate;
    QString deliveryPlace;      // a deliveryPlaceCodes() code; empty unless delivered
    QString deliveryAttendant;  // "LHV", "doctor", "LHW", "dai", free text
    int version = 1;
    QDateTime updatedAt;
    bool isOngoing() const { return outcome == PregnancyOutcome::Ongoing; }
    bool operator==(const Pregnancy&) const = default;
};

// Invalid when the dates or counts make no sense (LMP in the future or over 44 weeks ago,
// EDD missing, para ≥ gravida, gravida < 1).
Status validatePregnancy(const Pregnancy& p, QDate today);

enum class MchKind { Antenatal, Postnatal, FamilyPlanning };
QString mchKindCode(MchKind k);                     // "anc", "pnc", "fp"
std::optional<MchKind> mchKindFromCode(QStringView code);

// Danger signs asked at each antenatal contact (codes; names translated).
QStringList dangerSignCodes();   // "bleeding", "severe-headache", "blurred-vision", "convulsions", "fever", "severe-abdominal-pain", "reduced-fetal-movement", "swelling", "breathlessness"
QString dangerSignName(QStringView code);

// Family-planning methods (codes; names translated), as the monthly report counts them.
QStringList fpMethodCodes();     // "condom", "pill", "injectable", "iucd", "implant", "tubal-ligation", "vasectomy", "lam", "other"
QString fpMethodName(QStringView code);

struct MchContact {
    QString id;
    QString patientId;
    MchKind kind = MchKind::Antenatal;
    QString pregnancyId;        // ANC and PNC: the pregnancy; FP: empty
    QString visitId;            // the encounter it was recorded in (home visit or OPD); may be empty
    QDate date;
    int number = 0;             // ANC-n / PNC-n, counted per pregnancy; 0 for FP
    std::optional<int> systolic, diastolic;   // mmHg
    std::optional<double> weightKg;
    std::optional<double> hbGdl;              // haemoglobin g/dL
    QStringList dangerSigns;    // dangerSignCodes()
    QString fpMethod;           // fpMethodCodes(); FP only
    bool newAcceptor = false;   // FP: first use of any method
    bool referred = false;      // the woman was referred
    QString note;
    QString facilityCode;
    QDateTime recordedAt;
    QString recordedBy;
    int version = 1;
    QString amendsId;
    QString amendReason;
    bool operator==(const MchContact&) const = default;
};

// Why this contact needs a referral (translated reasons; empty = none): any danger sign,
// BP ≥ 140/90, Hb < 7 g/dL.
QStringList referralReasons(const MchContact& c);

// Invalid for an FP visit without a method, a contact in the future, impossible BP/Hb/weight.
Status validateMchContact(const MchContact& c, QDate today);

} // namespace bhu
