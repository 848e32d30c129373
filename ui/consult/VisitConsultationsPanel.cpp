#include "VisitConsultationsPanel.h"

#include "AnswerActions.h"
#include "ConsultationCaseView.h"
#include "LiveCallBar.h"
#include "patients/SessionAccess.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bhu::ui {

using services::ConsultationService;

VisitConsultationsPanel::VisitConsultationsPanel(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QGroupBox(tr("Teleconsultations of this visit"), parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("visitConsultations"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("visitConsultationList"));
    m_list->setAccessibleName(tr("Teleconsultations of this visit"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("visitConsultationText"));
    m_text->setOpenLinks(false);
    m_actions = new AnswerActions(m_access, this);
    m_callBar = new LiveCallBar(m_access, this);
    const int line = fontMetrics().height();
    m_list->setMaximumHeight(line * 6);
    m_text->setMinimumHeight(line * 6);
    m_text->setMaximumHeight(line * 12);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addWidget(m_text, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_callBar);
    layout->addWidget(m_actions, 0, Qt::AlignLeading);
    connect(m_list, &QListWidget::currentRowChanged, this, &VisitConsultationsPanel::showCase);
    hide();
}

void VisitConsultationsPanel::load(const QString& visitId)
{
    const bool involved = m_access->runWith<ConsultationService>([](ConsultationService& s) { return s.mayRequest(); });
    auto list = involved && !visitId.isEmpty()
                    ? m_access->runWith<ConsultationService>([&visitId](ConsultationService& s) { return s.forVisit(visitId); })
                    : Result<QList<services::ConsultationCase>>(QList<services::ConsultationCase>{});
    m_cases = list.ok() ? list.value() : QList<services::ConsultationCase>{};
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const services::ConsultationCase& c : std::as_const(m_cases))
        m_list->addItem(tr("%1 — %2").arg(specialtyName(c.request.specialty), consultationStatusName(c.request.status)));
    setVisible(!m_cases.isEmpty());
    // The newest answered case first in view: that is what the clinician acts on.
    int row = int(m_cases.size()) - 1;
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases.at(i).answer()) row = i;
    m_list->setCurrentRow(row);
    showCase(row);
}

void VisitConsultationsPanel::showCase(int row)
{
    if (row < 0 || row >= m_cases.size()) {
        m_text->clear();
        m_actions->setCase(std::nullopt);
        m_callBar->setCase(std::nullopt);
        return;
    }
    m_text->setHtml(ConsultationCaseView::caseHtml(m_cases.at(row), QString()));
    m_actions->setCase(m_cases.at(row));
    m_callBar->setCase(m_cases.at(row));
}

} // namespace bhu::ui
