#include "VisitTimeline.h"

#include "TrendChart.h"
#include "VisitTimelineModel.h"
#include "consult/PatientConsultationsView.h"
#include "patients/SessionAccess.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QVBoxLayout>

namespace bhu::ui {

VisitTimeline::VisitTimeline(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_model(new VisitTimelineModel(this))
{
    setObjectName(QStringLiteral("visitTimeline"));
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("visitTimelineView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_bp = new TrendChart(tr("Blood pressure"), tr("mmHg"), this);
    m_bp->setObjectName(QStringLiteral("bpChart"));
    m_weight = new TrendChart(tr("Weight"), tr("kg"), this);
    m_weight->setObjectName(QStringLiteral("weightChart"));
    auto* charts = new QVBoxLayout;
    charts->addWidget(m_bp);
    charts->addWidget(m_weight);
    m_consultations = new PatientConsultationsView(m_access, this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addWidget(m_consultations);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(charts, 2);
    setFocusProxy(m_view);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& i) { Q_EMIT openVisit(m_model->recordFromIndex(i)); });
}

void VisitTimeline::load(const QString& patientId)
{
    auto h = m_access->runVisits([&patientId](services::VisitService& s) { return s.history(patientId); });
    setVisits(h.ok() ? h.value() : QList<VisitRecord>{});
    m_consultations->load(patientId);
}

void VisitTimeline::setVisits(const QList<VisitRecord>& visits)
{
    m_model->setVisits(visits);
    TrendChart::Series sys{tr("Systolic"), QColor(0xc6, 0x28, 0x28), {}};
    TrendChart::Series dia{tr("Diastolic"), QColor(0x1f, 0x5f, 0x99), {}};
    TrendChart::Series weight{tr("Weight"), QColor(0x2e, 0x7d, 0x32), {}};
    for (const VisitRecord& r : visits) {
        if (!r.vitals) continue;
        const QDateTime t = r.visit.closedAt.isValid() ? r.visit.closedAt : r.visit.startedAt;
        const QDate d = t.toLocalTime().date();
        if (r.vitals->systolic) sys.points.append({d, *r.vitals->systolic});
        if (r.vitals->diastolic) dia.points.append({d, *r.vitals->diastolic});
        if (r.vitals->weightKg) weight.points.append({d, *r.vitals->weightKg});
    }
    m_bp->setSeries({sys, dia});
    m_weight->setSeries({weight});
}

} // namespace bhu::ui
