#pragma once
// The patient page's visit history: the timeline of visits (newest first) and two trend
// charts (blood pressure, weight). Enter or double-click opens a visit. Under the visits, the
// patient's teleconsultations with the specialist's answer (ui/consult/PatientConsultationsView).
#include "bhu/domain/VisitRecord.h"

#include <QWidget>
#include <memory>

class QListView;

namespace bhu::ui {

class PatientConsultationsView;
class SessionAccess;
class TrendChart;
class VisitTimelineModel;

class VisitTimeline : public QWidget {
    Q_OBJECT
public:
    explicit VisitTimeline(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);

    void load(const QString& patientId);   // reads the history
    void setVisits(const QList<VisitRecord>& visits);
    VisitTimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    TrendChart* bpChart() const { return m_bp; }
    TrendChart* weightChart() const { return m_weight; }
    PatientConsultationsView* consultations() const { return m_consultations; }

Q_SIGNALS:
    void openVisit(const bhu::VisitRecord& record);

private:
    std::shared_ptr<SessionAccess> m_access;
    VisitTimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    TrendChart* m_bp = nullptr;
    TrendChart* m_weight = nullptr;
    PatientConsultationsView* m_consultations = nullptr;
};

} // namespace bhu::ui
