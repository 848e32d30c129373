#include "bhu/domain/Diagnosis.h"
#include "bhu/domain/DoseFrequency.h"
#include "bhu/domain/Referral.h"
#include "bhu/domain/Visit.h"
#include "bhu/domain/VitalSigns.h"

#include "qt_print.h"

#include <gtest/gtest.h>

using namespace bhu;

TEST(ClinicalTypes, EncounterClassCodes)
{
    for (EncounterClass c : {EncounterClass::Ambulatory, EncounterClass::HomeHealth, EncounterClass::Virtual}) {
        EXPECT_EQ(encounterClassFromCode(encounterClassCode(c)), c);
        EXPECT_FALSE(encounterClassName(c).isEmpty());
    }
    EXPECT_EQ(encounterClassCode(EncounterClass::Ambulatory), QStringLiteral("AMB"));
    EXPECT_EQ(encounterClassCode(EncounterClass::HomeHealth), QStringLiteral("HH"));
    EXPECT_EQ(encounterClassCode(EncounterClass::Virtual), QStringLiteral("VR"));
    EXPECT_EQ(encounterClassFromCode(u"amb"), std::nullopt);
}

TEST(ClinicalTypes, VisitStatusCodes)
{
    for (VisitStatus s : {VisitStatus::Waiting, VisitStatus::InConsultation, VisitStatus::Closed})
        EXPECT_EQ(visitStatusFromCode(visitStatusCode(s)), s);
    EXPECT_EQ(visitStatusCode(VisitStatus::InConsultation), QStringLiteral("in-consultation"));
    EXPECT_EQ(visitStatusFromCode(u"open"), std::nullopt);
    Visit v;
    EXPECT_TRUE(v.isOpen());
    v.status = VisitStatus::Closed;
    EXPECT_FALSE(v.isOpen());
}

TEST(ClinicalTypes, ReferralCodes)
{
    for (FacilityLevel l : {FacilityLevel::Rhc, FacilityLevel::Thq, FacilityLevel::Dhq, FacilityLevel::Tertiary}) {
        EXPECT_EQ(facilityLevelFromCode(facilityLevelCode(l)), l);
        EXPECT_FALSE(facilityLevelName(l).isEmpty());
    }
    for (ReferralUrgency u : {ReferralUrgency::Routine, ReferralUrgency::Urgent, ReferralUrgency::Emergency}) {
        EXPECT_EQ(urgencyFromCode(urgencyCode(u)), u);
        EXPECT_FALSE(urgencyName(u).isEmpty());
    }
    EXPECT_EQ(facilityLevelFromCode(u"bhu"), std::nullopt);
    EXPECT_EQ(certaintyFromCode(certaintyCode(DiagnosisCertainty::Confirmed)), DiagnosisCertainty::Confirmed);
    EXPECT_EQ(certaintyFromCode(u"refuted"), std::nullopt);
}

TEST(ClinicalTypes, Bmi)
{
    VitalSigns v;
    EXPECT_EQ(v.bmi(), std::nullopt);
    EXPECT_TRUE(v.isEmpty());
    v.weightKg = 70;
    EXPECT_EQ(v.bmi(), std::nullopt);
    EXPECT_FALSE(v.isEmpty());
    v.heightCm = 175;
    EXPECT_EQ(v.bmi(), 22.9);   // 22.857 rounded to one decimal
    v.weightKg = 61.5;
    v.heightCm = 158;
    EXPECT_EQ(v.bmi(), 24.6);   // 24.635
    v.heightCm = 0;
    EXPECT_EQ(v.bmi(), std::nullopt);
}

TEST(ClinicalTypes, AmendmentFlag)
{
    Diagnosis d;
    EXPECT_FALSE(d.isAmendment());
    EXPECT_EQ(d.version, 1);
    d.amendsId = QStringLiteral("x");
    EXPECT_TRUE(d.isAmendment());
}

TEST(DoseFrequency, KnownCodes)
{
    const auto tds = doseFrequency(u"TDS");
    ASSERT_TRUE(tds);
    EXPECT_EQ(tds->timesPerPeriod, 3);
    EXPECT_EQ(tds->period, 1);
    EXPECT_EQ(tds->periodUnit, QStringLiteral("d"));
    EXPECT_EQ(doseFrequency(u" tid ")->code, QStringLiteral("TDS"));
    EXPECT_EQ(doseFrequency(u"qd")->code, QStringLiteral("OD"));
    EXPECT_TRUE(doseFrequency(u"SOS")->asNeeded);
    EXPECT_TRUE(doseFrequency(u"prn")->asNeeded);
    EXPECT_TRUE(doseFrequency(u"STAT")->once);
    EXPECT_TRUE(doseFrequency(u"HS")->atBedtime);
    EXPECT_EQ(doseFrequency(u"Q3M")->period, 3);
    EXPECT_EQ(doseFrequency(u"Q3M")->periodUnit, QStringLiteral("mo"));
    EXPECT_EQ(doseFrequency(u"every full moon"), std::nullopt);
    for (const QString& c : doseFrequencyCodes()) {
        EXPECT_TRUE(doseFrequency(c)) << c.toStdString();
        EXPECT_NE(doseFrequencyName(c), c);
        // Every code has an Urdu instruction for the patient, in Arabic script.
        const QString ur = doseFrequencyUrdu(c);
        ASSERT_FALSE(ur.isEmpty()) << c.toStdString();
        EXPECT_EQ(ur.at(0).script(), QChar::Script_Arabic) << c.toStdString();
    }
    EXPECT_EQ(doseFrequencyName(u"X"), QStringLiteral("X"));
    EXPECT_TRUE(doseFrequencyUrdu(u"X").isEmpty());
    EXPECT_EQ(doseFrequencyUrdu(u"tid"), QStringLiteral("دن میں تین بار"));
}
