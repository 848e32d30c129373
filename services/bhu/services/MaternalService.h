#pragma once
// Maternal health and family planning (docs/community.md): pregnancy registration (LMP → EDD,
// gravida/para), antenatal and postnatal contacts with danger signs that prompt a referral,
// delivery outcome and place, family-planning visits by method.
// Roles: RecordMaternalCare to record, ViewPatient to read (docs/security.md).
#include "bhu/db/MaternalRepository.h"
#include "bhu/services/Session.h"

namespace bhu::services {

struct RecordedContact {
    MchContact contact;
    QStringList referralReasons;   // non-empty: the screen prompts for a referral (translated)
};

class MaternalService {
public:
    explicit MaternalService(Session& s, const Clock& clock = Clock::system()) : m_s(s), m_clock(clock) {}

    // EDD from LMP when the EDD is not given. Only for a woman (sex female or unknown).
    Result<Pregnancy> registerPregnancy(Pregnancy p);
    Result<Pregnancy> recordOutcome(const QString& pregnancyId, PregnancyOutcome outcome, const QDate& on,
                                    const QString& place, const QString& attendant);
    // ANC/PNC: numbered per pregnancy (ANC-1, ANC-2, …); `referred` is set when a danger sign,
    // BP ≥ 140/90 or Hb < 7 calls for it, and the reasons come back for the screen.
    Result<RecordedContact> recordContact(MchContact c);

    Result<QList<Pregnancy>> pregnancies(const QString& patientId);
    Result<QList<MchContact>> contacts(const QString& patientId);

    QDate today() const;

private:
    Session& m_s;
    const Clock& m_clock;
};

} // namespace bhu::services
