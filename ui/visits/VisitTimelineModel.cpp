#include "VisitTimelineModel.h"

#include "VisitText.h"

#include <QBrush>

namespace bhu::ui {

VisitTimelineModel::VisitTimelineModel(QObject* parent) : QAbstractListModel(parent) {}

void VisitTimelineModel::setVisits(const QList<VisitRecord>& visits)
{
    beginResetModel();
    m_visits = visits;
    m_text.clear();
    m_text.reserve(visits.size());
    for (const VisitRecord& r : visits) {
        QStringList lines;
        QString first = tr("%1 — %2").arg(VisitText::visitDate(r.visit), r.visit.chiefComplaint.isEmpty() ? tr("(no complaint recorded)") : r.visit.chiefComplaint);
        if (r.visit.isOpen()) first += tr(" [%1]").arg(visitStatusName(r.visit.status));
        lines << first;
        const QString dx = VisitText::diagnoses(r);
        if (!dx.isEmpty()) lines << tr("Diagnoses: %1").arg(dx);
        const QString rx = VisitText::prescriptions(r);
        if (!rx.isEmpty()) lines << tr("Medicines: %1").arg(rx);
        const QString ref = VisitText::referral(r);
        if (!ref.isEmpty()) lines << ref;
        const QString corr = VisitText::correction(r.visit);
        if (!corr.isEmpty()) lines << corr;
        m_text << lines.join(QLatin1Char('\n'));
    }
    endResetModel();
}

VisitRecord VisitTimelineModel::recordFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_visits.size()) return {};
    return m_visits.at(index.row());
}

int VisitTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

QVariant VisitTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size()) return {};
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) return m_text.at(index.row());
    if (role == Qt::ForegroundRole && m_visits.at(index.row()).visit.isAmendment()) return QBrush(QColor(0x8a, 0x4b, 0x00));
    return {};
}

} // namespace bhu::ui
