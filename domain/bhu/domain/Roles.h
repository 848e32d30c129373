#pragma once
// Roles of BHU staff. The permission matrix itself lives in the service layer.
#include <QString>
#include <optional>

namespace bhu {

// Specialist: a hospital consultant answering teleconsultation requests from a clinic install
// enrolled as a specialist device (docs/telemedicine.md); sees only the cases routed to them.
enum class Role { FrontDesk, Lhw, Clinician, Supervisor, Admin, Specialist };

QString roleCode(Role r);                          // "front_desk", "lhw", ...
std::optional<Role> roleFromCode(const QString& c);
QString roleDisplayName(Role r);                   // translated

} // namespace bhu
