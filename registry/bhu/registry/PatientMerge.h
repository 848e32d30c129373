#pragma once
// Field-level three-way merge of demographics (docs/sync-protocol.md, Conflicts), compared on
// the domain Patient: a field changed on one side takes that side's value; changed on both
// sides to different values → the incoming (later) value wins and the current one is reported
// as the loser. Identifiers are a union (only ever added; a national MR number already held is
// kept).
#include "bhu/domain/Patient.h"

#include <QList>

namespace bhu::registry {

struct FieldConflict {
    QString field;          // "name", "phone", "address.village", …
    QString losingValue;    // as text
    bool operator==(const FieldConflict&) const = default;
};

// The merged patient keeps current's id and facility.
Patient mergePatient(const Patient& base, const Patient& current, const Patient& incoming, QList<FieldConflict>* conflicts);

} // namespace bhu::registry
