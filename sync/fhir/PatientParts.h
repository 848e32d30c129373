#pragma once
// Private: the small vocabularies the Patient mapping shares between writing and reading.
#include "bhu/domain/Patient.h"

#include <QString>
#include <QStringList>

namespace bhu::fhir::patientparts {

// v3-RoleCode of the person an S/O, D/O, W/O, C/O form names: FTH, FTH, HUSB, PRN.
QString relationRoleCode(Relation r);
QString relationDisplay(Relation r);   // "son of", … (English display of our code system)
// The guardianRelationship word the S/O person is (father / husband), or "" (c/o: unknown).
QString relationGuardianWord(Relation r);
// v3-RoleCode of a guardianRelationship word ("father" → FTH), or "".
QString roleCodeOfWord(const QString& word);
// A word for a v3-RoleCode ("MTH" → "mother"), or "".
QString wordOfRoleCode(const QString& code);
// The display of a v3-RoleCode we send: the word, or "parent" for PRN.
QString roleDisplay(const QString& code);

// Splits a Latin-script name into leading honorifics (prefix) and the other words (given).
void splitName(const QString& name, QStringList& prefix, QStringList& given);

} // namespace bhu::fhir::patientparts
