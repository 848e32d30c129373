#pragma once
// The accounts shown in Admin → Users: one row per user, columns named by an enum.
#include "bhu/services/UserService.h"

#include <QAbstractTableModel>

namespace bhu::ui {

class UsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserName, FullName, RoleColumn, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setUsers(QList<services::UserInfo> users);
    const services::UserInfo* recordFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::UserInfo> m_users;
};

} // namespace bhu::ui
