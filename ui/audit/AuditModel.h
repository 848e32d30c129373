#pragma once
// The audit entries shown on the Audit screen: one row per entry, newest first.
#include "bhu/db/AuditLog.h"

#include <QAbstractTableModel>

namespace bhu::ui {

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, When, User, Action, Patient, Source, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<db::AuditEntry> entries);
    const db::AuditEntry* recordFromIndex(const QModelIndex& index) const;
    const QList<db::AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString cell(const db::AuditEntry& e, int column);

private:
    QList<db::AuditEntry> m_entries;
};

} // namespace bhu::ui
