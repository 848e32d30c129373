#include "bhu/domain/Roles.h"

#include <QCoreApplication>

namespace bhu {

QString roleCode(Role r)
{
    switch (r) {
    case Role::FrontDesk: return QStringLiteral("front_desk");
    case Role::Lhw: return QStringLiteral("lhw");
    case Role::Clinician: return QStringLiteral("clinician");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Specialist: return QStringLiteral("specialist");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& c)
{
    for (Role r : {Role::FrontDesk, Role::Lhw, Role::Clinician, Role::Supervisor, Role::Admin, Role::Specialist})
        if (roleCode(r) == c) return r;
    return std::nullopt;
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::FrontDesk: return QCoreApplication::translate("bhu::Role", "Front desk");
    case Role::Lhw: return QCoreApplication::translate("bhu::Role", "Lady health worker");
    case Role::Clinician: return QCoreApplication::translate("bhu::Role", "Clinician");
    case Role::Supervisor: return QCoreApplication::translate("bhu::Role", "Supervisor");
    case Role::Admin: return QCoreApplication::translate("bhu::Role", "Administrator");
    case Role::Specialist: return QCoreApplication::translate("bhu::Role", "Specialist");
    }
    return {};
}

} // namespace bhu
