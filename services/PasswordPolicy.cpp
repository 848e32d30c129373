#include "bhu/services/PasswordPolicy.h"

#include <QCoreApplication>

namespace bhu::services {

Status checkPasswordStrength(const QString& password, const QString& username)
{
    auto invalid = [](const char* s) {
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::services::PasswordPolicy", s));
    };
    if (password.size() < kMinPasswordLength)
        return Error::make(ErrorCode::Invalid, QCoreApplication::translate("bhu::services::PasswordPolicy",
                                                                           "The password must have at least %1 characters.")
                                                   .arg(kMinPasswordLength));
    const QString user = username.trimmed().toLower();
    if (!user.isEmpty() && password.toLower().contains(user)) return invalid("The password must not contain the user name.");
    bool letter = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLetter()) letter = true;
        else if (c.isDigit()) digit = true;
        else other = true;
    }
    const int kinds = int(letter) + int(digit) + int(other);
    if (password.size() < 16 && kinds < 2)
        return invalid("Use letters together with digits or signs, or a longer passphrase of 16 characters or more.");
    return {};
}

} // namespace bhu::services
