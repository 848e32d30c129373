#pragma once
// Pakistani mobile numbers: stored in E.164 (+923XXXXXXXXX), shown as 03XX-XXXXXXX.
//
// Accepted input, after removing spaces, dashes, dots, brackets and turning Urdu digits into
// ASCII: ^(?:\+92|0092|92|0)?(3\d{9})$  →  +92$1   (domain.md).
//
// Decision: only mobile numbers are accepted. Landlines (e.g. 051-1234567, 042-35761234) are
// rejected with a message saying so, because the phone field exists to reach a patient by
// call or SMS (reminders, follow-up) and households share one mobile; a landline can go in
// the notes. Foreign numbers (+44…, 0044…) are rejected with their own message.
// A phone is a weak match signal: households share phones, so it is never unique.
#include "bhu/domain/Result.h"

#include <QString>
#include <QStringView>

namespace bhu {

// "+923001234567", or an Invalid error whose message says what is wrong and what to type.
// Empty input is an error too: callers whose phone field is optional check for empty first.
Result<QString> normalizePhone(QStringView input);

// True if normalizePhone(input) succeeds.
bool isMobilePhone(QStringView input);

// "0300-1234567" for anything normalizePhone accepts; otherwise the input unchanged.
QString formatPhone(QStringView input);

} // namespace bhu
