#include "UsersModel.h"

namespace bhu::ui {

void UsersModel::setUsers(QList<services::UserInfo> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const services::UserInfo* UsersModel::recordFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_users.size()) return nullptr;
    return &m_users.at(index.row());
}

int UsersModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_users.size()); }
int UsersModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    const services::UserInfo* u = recordFromIndex(index);
    if (!u || role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case UserName: return u->record.username;
    case FullName: return u->record.fullName;
    case RoleColumn: return roleDisplayName(u->record.role);
    case State:
        if (!u->record.active) return tr("Disabled");
        return u->canSignIn ? tr("Active") : tr("Needs a new password");
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case UserName: return tr("User name");
    case FullName: return tr("Full name");
    case RoleColumn: return tr("Role");
    case State: return tr("State");
    }
    return {};
}

} // namespace bhu::ui
