#pragma once
// A patient's visits, newest first, one row each: date, complaint, diagnoses, prescriptions,
// referral and a "corrected" note. One list model, so hundreds of visits cost no widgets.
#include "bhu/domain/VisitRecord.h"

#include <QAbstractListModel>

namespace bhu::ui {

class VisitTimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit VisitTimelineModel(QObject* parent = nullptr);

    void setVisits(const QList<VisitRecord>& visits);   // newest first, as VisitService::history
    const QList<VisitRecord>& visits() const { return m_visits; }
    VisitRecord recordFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<VisitRecord> m_visits;
    QStringList m_text;   // built once per reset
};

} // namespace bhu::ui
