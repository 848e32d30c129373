#include "QueueModel.h"

#include "patients/PatientText.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace bhu::ui {

QueueModel::QueueModel(QObject* parent) : QAbstractTableModel(parent) {}

void QueueModel::setEntries(const QList<QueueEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QueueEntry QueueModel::recordFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    return m_entries.at(index.row());
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    const QueueEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Token: return QLocale().toString(e.visit.tokenNumber);
        case Name: return e.patientName;
        case Mr: return PatientText::mr(e.mr);
        case AgeSex: return PatientText::ageSex(e.birthDate, e.birthDateEstimated, e.sex, PatientText::today());
        case Status: return visitStatusName(e.visit.status);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Token) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && e.visit.status == VisitStatus::Closed) return QBrush(Qt::darkGray);
    if (role == Qt::TextAlignmentRole && index.column() == Token) return int(Qt::AlignTrailing | Qt::AlignVCenter);
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Token: return tr("Token");
    case Name: return tr("Name");
    case Mr: return tr("MR number");
    case AgeSex: return tr("Age / sex");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace bhu::ui
