#include "PatientConsultationsView.h"

#include "patients/SessionAccess.h"

#include <QHeaderView>
#include <QLocale>
#include <algorithm>

namespace bhu::ui {

using services::ConsultationService;

PatientConsultationsView::PatientConsultationsView(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QTreeWidget(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("patientConsultations"));
    setAccessibleName(tr("Teleconsultations of the patient"));
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Asked"), tr("Specialty"), tr("Status"), tr("Answer"), tr("Disposition")});
    for (int c : {0, 1, 2}) header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(3, QHeaderView::Stretch);
    header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    setMaximumHeight(fontMetrics().height() * 7);
    hide();
}

QString PatientConsultationsView::answerSummary(const services::ConsultationCase& c)
{
    const auto a = c.answer();
    if (!a) return {};
    QString text = a->text.simplified();
    if (text.size() > 120) text = text.left(119) + QChar(0x2026);
    if (a->suggestedDiagnosis.isEmpty()) return text;
    const QString dx = a->suggestedIcd10.isEmpty() ? a->suggestedDiagnosis : tr("%1 (%2)").arg(a->suggestedDiagnosis, a->suggestedIcd10);
    return tr("%1: %2").arg(dx, text);
}

void PatientConsultationsView::load(const QString& patientId)
{
    const bool involved = m_access->runWith<ConsultationService>([](ConsultationService& s) { return s.mayRequest() || s.mayAnswer(); });
    if (!involved || patientId.isEmpty()) {
        setCases({});
        return;
    }
    auto list = m_access->runWith<ConsultationService>([&patientId](ConsultationService& s) { return s.forPatient(patientId); });
    setCases(list.ok() ? list.value() : QList<services::ConsultationCase>{});
}

void PatientConsultationsView::setCases(const QList<services::ConsultationCase>& cases)
{
    clear();
    m_cases = cases;
    std::sort(m_cases.begin(), m_cases.end(), [](const auto& a, const auto& b) { return a.request.requestedAt > b.request.requestedAt; });
    for (const services::ConsultationCase& c : std::as_const(m_cases)) {
        const ConsultationRequest& r = c.request;
        const auto a = c.answer();
        const QString summary = answerSummary(c);
        auto* item = new QTreeWidgetItem(this, {QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat), specialtyName(r.specialty),
                                                consultationStatusName(r.status), summary.isEmpty() ? tr("Not answered yet") : summary,
                                                a && a->disposition ? dispositionName(*a->disposition) : QString()});
        item->setData(0, Qt::UserRole, r.id);
        item->setToolTip(3, a ? a->text : r.question);
    }
    setVisible(!m_cases.isEmpty());
}

} // namespace bhu::ui
