#pragma once
// The teleconsultations of a patient in their history (under the visit timeline): when asked,
// specialty, status, a summary of the answer (assessment and suggested diagnosis) and the
// specialist's disposition, newest first. Read through ConsultationService::forPatient (audited);
// hidden when the patient has none or the user's role does not deal with consultations.
#include "bhu/services/ConsultationService.h"

#include <QTreeWidget>
#include <memory>

namespace bhu::ui {

class SessionAccess;

class PatientConsultationsView : public QTreeWidget {
    Q_OBJECT
public:
    explicit PatientConsultationsView(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void load(const QString& patientId);
    void setCases(const QList<services::ConsultationCase>& cases);
    const QList<services::ConsultationCase>& cases() const { return m_cases; }

    // "Tinea corporis (B35.4): annular plaque …" — the answer in one line; empty if unanswered.
    static QString answerSummary(const services::ConsultationCase& c);

private:
    std::shared_ptr<SessionAccess> m_access;
    QList<services::ConsultationCase> m_cases;
};

} // namespace bhu::ui
