#pragma once
// Who does a write, and from where: recorded in the audit entry of every change.
#include <QString>

namespace bhu::db {

struct Actor {
    QString userId;
    QString username;
    QString source;   // screen or command, e.g. "ui/patients", "bhuctl seed"
};

} // namespace bhu::db
