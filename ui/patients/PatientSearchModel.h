#pragma once
// The rows of the patient search: one SearchHit each, best match first. Read-only.
#include "bhu/domain/PatientSearch.h"

#include <QAbstractTableModel>
#include <QDate>

namespace bhu::ui {

class PatientSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Guardian, AgeSex, Mr, Cnic, Phone, Village, LastVisit, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, ScoreRole };

    explicit PatientSearchModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    void clear();
    const QList<SearchHit>& hits() const { return m_hits; }
    // The hit of an index's row; nullptr for an invalid index or one of another model.
    const SearchHit* hitFromIndex(const QModelIndex& index) const;
    // Ages are computed on this day (default: today). For tests and the midnight roll-over.
    void setToday(const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const SearchHit& h, int column) const;

    QList<SearchHit> m_hits;
    QDate m_today;
};

} // namespace bhu::ui
