#pragma once
// The specialist's answer turned into orders of the visit, one action each: "Add as diagnosis",
// "Add as prescription", "Add as referral". Each is recorded by ConsultationService as the BHU
// clinician's own decision (into the open visit, or as a signed correction of a closed one).
// Used by the Consultations screen and by the visit's Teleconsultations panel.
#include "bhu/services/ConsultationService.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace bhu::ui {

class SessionAccess;

class AnswerActions : public QWidget {
    Q_OBJECT
public:
    explicit AnswerActions(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    // The case whose answer the buttons adopt (none: all disabled).
    void setCase(const std::optional<services::ConsultationCase>& c);
    // Called before each adoption; false stops it (e.g. the visit's draft could not be saved).
    void setBeforeAdopt(std::function<bool()> check) { m_before = std::move(check); }

    void adoptDiagnosis();
    void adoptPrescription();
    void adoptReferral();

Q_SIGNALS:
    // The visit as it is now (the draft, or the new signed version) and a message saying so.
    void adopted(const bhu::VisitRecord& record, const QString& message);
    void failed(const QString& message);

private:
    void finish(const Result<VisitRecord>& r, const QString& what);
    void updateButtons();

    std::shared_ptr<SessionAccess> m_access;
    std::optional<services::ConsultationCase> m_case;
    std::function<bool()> m_before;
    QPushButton* m_diagnosis = nullptr;
    QPushButton* m_prescription = nullptr;
    QPushButton* m_referral = nullptr;
};

} // namespace bhu::ui
