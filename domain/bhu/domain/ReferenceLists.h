#pragma once
// The reference lists a registry operator publishes to every facility (docs/sync-protocol.md,
// "Reference data"): their names, the FHIR Binary id each travels under, and the check a list
// must pass before it is stored, at the registry (publish) and at the clinic (pull) alike —
// the same parsers that read the shipped files (ReferenceData, EpiSchedule).
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bhu {

// "medicines", "icd10", "complaints", "epi-schedule".
const QStringList& referenceListNames();
bool isReferenceListName(QStringView name);

// The Binary id of a list: a name-based UUID (version 5, URL namespace, of
// "https://fhir.bhu.gov.pk/reference/<name>"), lower-case, without braces. Every version of
// a list is a version of this one resource. Empty for an unknown name.
QString referenceListId(QStringView name);
// The list a Binary id stands for; empty when it is none of them.
QString referenceListName(QStringView id);

// meta.tag system naming the list in a published Binary.
QString referenceListTagSystem();

// Checks a list's CSV with the parser the clinic uses; the number of rows, or Invalid whose
// message names the file and line ("medicines.csv, line 7: …"). A list with no rows is refused.
Result<int> checkReferenceList(QStringView name, const QByteArray& csv);

// The list as shipped with the program (the compiled-in CSV).
Result<QByteArray> builtInReferenceCsv(QStringView name);

} // namespace bhu
