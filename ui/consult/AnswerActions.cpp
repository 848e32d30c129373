#include "AnswerActions.h"

#include "patients/SessionAccess.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace bhu::ui {

using services::ConsultationService;

AnswerActions::AnswerActions(std::shared_ptr<SessionAccess> access, QWidget* parent) : QWidget(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("answerActions"));
    auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_diagnosis = button(tr("Add as &diagnosis"), "adoptDiagnosisButton");
    m_prescription = button(tr("Add as p&rescription"), "adoptPrescriptionButton");
    m_referral = button(tr("Add as re&ferral"), "adoptReferralButton");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_diagnosis, m_prescription, m_referral}) layout->addWidget(b);
    connect(m_diagnosis, &QPushButton::clicked, this, &AnswerActions::adoptDiagnosis);
    connect(m_prescription, &QPushButton::clicked, this, &AnswerActions::adoptPrescription);
    connect(m_referral, &QPushButton::clicked, this, &AnswerActions::adoptReferral);
    updateButtons();
}

void AnswerActions::setCase(const std::optional<services::ConsultationCase>& c)
{
    m_case = c;
    updateButtons();
}

void AnswerActions::updateButtons()
{
    const auto answer = m_case ? m_case->answer() : std::nullopt;
    m_diagnosis->setEnabled(answer && !answer->suggestedDiagnosis.isEmpty());
    m_prescription->setEnabled(answer && !answer->suggestedTreatment.isEmpty());
    m_referral->setEnabled(answer.has_value());
}

void AnswerActions::finish(const Result<VisitRecord>& r, const QString& what)
{
    if (!r.ok()) {
        Q_EMIT failed(r.error().message);
        return;
    }
    Q_EMIT adopted(r.value(), r->visit.isOpen() ? tr("%1 added to the open visit as your own decision.").arg(what)
                                                : tr("%1 added to the signed visit as a correction in your name.").arg(what));
}

void AnswerActions::adoptDiagnosis()
{
    if (!m_case || !m_case->answer() || (m_before && !m_before())) return;
    const QString id = m_case->request.id;
    auto r = m_access->runWith<ConsultationService>([&id](ConsultationService& s) -> Result<VisitRecord> {
        auto d = s.suggestedDiagnosis(id);
        if (!d.ok()) return d.error();
        return s.adoptDiagnosis(id, d.value());
    });
    finish(r, tr("The diagnosis"));
}

void AnswerActions::adoptPrescription()
{
    if (!m_case || !m_case->answer() || (m_before && !m_before())) return;
    const QString id = m_case->request.id;
    Prescription p;
    p.medicineName = m_case->answer()->suggestedTreatment;
    p.instructions = tr("As advised by the specialist");
    auto r = m_access->runWith<ConsultationService>([&](ConsultationService& s) { return s.adoptPrescription(id, p); });
    finish(r, tr("The prescription"));
}

void AnswerActions::adoptReferral()
{
    if (!m_case || !m_case->answer() || (m_before && !m_before())) return;
    const QString id = m_case->request.id;
    auto r = m_access->runWith<ConsultationService>([&id](ConsultationService& s) -> Result<VisitRecord> {
        auto f = s.suggestedReferral(id);
        if (!f.ok()) return f.error();
        return s.adoptReferral(id, f.value());
    });
    finish(r, tr("The referral"));
}

} // namespace bhu::ui
