#pragma once
// Roles of BHU staff. The permission matrix itself lives in the service layer.
#include <QString>
#include <optional>

namespace bhu {

enum class Role { FrontDesk, Lhw, Clinician, Supervisor, Admin };

QString roleCode(Role r);                          // "front_desk", "lhw", ...
std::optional<Role> roleFromCode(const QString& c);
QString roleDisplayName(Role r);                   // translated

} // namespace bhu
