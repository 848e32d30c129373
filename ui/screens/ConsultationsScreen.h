#pragma once
// Consultations (docs/telemedicine.md), for the BHU's clinicians: the requests of this facility
// as sent / answered / overdue / all; the one selected shown with its answer and photos. The
// answer becomes an order of the visit with one action each (diagnosis, prescription,
// referral), recorded as the clinician's own decision by ConsultationService; a follow-up
// question is replied to here; the consultation note is printed or saved as PDF (audited), in
// English or Urdu as chosen for the paper.
#include "Screen.h"
#include "bhu/services/ConsultationService.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

class AnswerActions;
class LiveCallBar;
class ConsultationCaseView;
class SessionAccess;

class ConsultationsScreen : public Screen {
    Q_OBJECT
public:
    explicit ConsultationsScreen(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);
    QString title() const override;

    QComboBox* filterBox() const { return m_filter; }
    QTableWidget* table() const { return m_table; }
    ConsultationCaseView* caseView() const { return m_case; }
    LiveCallBar* callBar() const { return m_callBar; }
    QString currentId() const;
    QString message() const;
    QComboBox* noteLanguageBox() const { return m_noteLanguage; }
    QString noteLanguage() const;   // "en" / "ur": the printed note's language

    void adoptDiagnosis();
    void adoptPrescription();
    void adoptReferral();
    void replyToQuestion();
    void print();
    void saveAsPdf();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void visitChanged(const QString& patientId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openCurrent();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<SessionAccess> m_access;
    QList<services::ConsultationListItem> m_items;
    std::optional<services::ConsultationCase> m_open;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    ConsultationCaseView* m_case = nullptr;
    QLabel* m_message = nullptr;
    AnswerActions* m_actions = nullptr;
    LiveCallBar* m_callBar = nullptr;
    QPushButton* m_reply = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QComboBox* m_noteLanguage = nullptr;
};

} // namespace bhu::ui
