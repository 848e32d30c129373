#pragma once
// The signed-in user's own preferences, kept in the database's settings (one key per user, so
// they follow the user to any computer of the clinic): today the language of the program.
// Every user sets their own; the change is audited as "setting.change".
#include "bhu/services/Session.h"

namespace bhu::services {

class UserPreferences {
public:
    explicit UserPreferences(Session& s) : m_s(s) {}
    // "en", "ur", or empty when the user has not chosen (the computer's language then).
    Result<QString> language();
    Status setLanguage(const QString& code);
    // Urdu digits (۰–۹) on printed Urdu documents; Western digits (the default) otherwise.
    Result<bool> urduDigitsInPrint();
    Status setUrduDigitsInPrint(bool on);

private:
    QString key(const char* name) const;
    Session& m_s;
};

} // namespace bhu::services
