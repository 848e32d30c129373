#include "AuditModel.h"

#include <QDateTime>
#include <QLocale>

namespace bhu::ui {

void AuditModel::setEntries(QList<db::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const db::AuditEntry* AuditModel::recordFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size()) return nullptr;
    return &m_entries.at(index.row());
}

int AuditModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_entries.size()); }
int AuditModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AuditModel::cell(const db::AuditEntry& e, int column)
{
    switch (column) {
    case Seq: return QString::number(e.seq);
    case When: return QLocale().toString(QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    case User: return e.username;
    case Action: return e.action;
    case Patient: return e.patientId;
    case Source: return e.source;
    case Details: return e.details;
    }
    return {};
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const db::AuditEntry* e = recordFromIndex(index);
    if (!e) return {};
    if (role == Qt::DisplayRole) return cell(*e, index.column());
    if (role == Qt::ToolTipRole && index.column() == When) return e->at;
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Seq: return tr("No.");
    case When: return tr("When");
    case User: return tr("User");
    case Action: return tr("Action");
    case Patient: return tr("Patient");
    case Source: return tr("Screen or command");
    case Details: return tr("Details");
    }
    return {};
}

} // namespace bhu::ui
