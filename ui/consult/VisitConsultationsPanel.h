#pragma once
// The teleconsultations asked from a visit, on the visit screen (open or closed visits, every
// version of a corrected one): the cases listed by specialty and status, the chosen one with its
// answer (ConsultationCaseView::caseHtml) and the one-action adoption of the answer
// (AnswerActions), with the live call when offered (LiveCallBar). Read through ConsultationService::forVisit (audited); hidden when the visit
// has no consultation.
#include "bhu/services/ConsultationService.h"

#include <QGroupBox>
#include <memory>

class QListWidget;
class QTextBrowser;

namespace bhu::ui {

class AnswerActions;
class LiveCallBar;
class SessionAccess;

class VisitConsultationsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit VisitConsultationsPanel(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void load(const QString& visitId);
    const QList<services::ConsultationCase>& cases() const { return m_cases; }
    QListWidget* list() const { return m_list; }
    QTextBrowser* text() const { return m_text; }
    AnswerActions* actions() const { return m_actions; }
    LiveCallBar* callBar() const { return m_callBar; }

private:
    void showCase(int row);

    std::shared_ptr<SessionAccess> m_access;
    QList<services::ConsultationCase> m_cases;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
    AnswerActions* m_actions = nullptr;
    LiveCallBar* m_callBar = nullptr;
};

} // namespace bhu::ui
