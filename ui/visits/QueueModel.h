#pragma once
// Today's queue as a table: token, name, MR number, age/sex and where the visit stands.
#include "bhu/domain/VisitRecord.h"

#include <QAbstractTableModel>

namespace bhu::ui {

class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Token, Name, Mr, AgeSex, Status, ColumnCount };

    explicit QueueModel(QObject* parent = nullptr);

    void setEntries(const QList<QueueEntry>& entries);
    const QList<QueueEntry>& entries() const { return m_entries; }
    QueueEntry recordFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QueueEntry> m_entries;
};

} // namespace bhu::ui
