#pragma once
// The password rule for every account (wizard, Users panel, bhuctl): at least 10 characters,
// not containing the user name, and either 16+ characters or at least two kinds of character
// (letters, digits, other). Passphrases of plain words pass by length.
#include "bhu/domain/Result.h"

namespace bhu::services {

inline constexpr int kMinPasswordLength = 10;
// Invalid with a message saying what to change; ok when the password is acceptable.
Status checkPasswordStrength(const QString& password, const QString& username);

} // namespace bhu::services
