#pragma once
// Consultations (docs/telemedicine.md), for the BHU's clinicians: the requests of this facility
// as sent / answered / overdue / all; the one selected shown with its answer and photos. The
// answer becomes an order of the visit with one action each (diagnosis, prescription,
// referral), recorded as the clinician's own decision by ConsultationService; a follow-up
// question is replied to here; the consultation note is printed or saved as PDF (audited).
#include "Screen.h"
#include "bhu/services/ConsultationService.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

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
    QString currentId() const;
    QString message() const;

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
    void adopted(const Result<VisitRecord>& r, const QString& what);

    std::shared_ptr<SessionAccess> m_access;
    QList<services::ConsultationListItem> m_items;
    std::optional<services::ConsultationCase> m_open;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    ConsultationCaseView* m_case = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_diagnosis = nullptr;
    QPushButton* m_prescription = nullptr;
    QPushButton* m_referral = nullptr;
    QPushButton* m_reply = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace bhu::ui
