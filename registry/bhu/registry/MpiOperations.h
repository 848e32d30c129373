#pragma once
// The master patient index's operations (docs/sync-protocol.md, "Merges and the review queue"):
// the review queue (list, one pair side by side, decide) and unmerge, for devices the operator
// allowed to review (devices.may_review; else 403). The user at the device is named in the
// request (`user`) for the audit; the registry cannot verify it (the device credential is what
// it trusts; the clinic checks the user's supervisor role before sending).
#include "bhu/registry/Auth.h"
#include "bhu/registry/Db.h"
#include "bhu/registry/Reply.h"

namespace bhu::registry {

// GET $review-queue?status=open&_count=20&_offset=0
Reply reviewList(Db& db, const Caller& caller, const QString& status, const QString& count, const QString& offset);
// GET $review-queue/<id>: the pair with both Patients.
Reply reviewPair(Db& db, const Caller& caller, const QString& id);
// POST $review-decide {pair, decision: same|different|unsure, user}
Reply reviewDecide(Db& db, const Caller& caller, const QByteArray& body);
// POST $unmerge {patient: the merged patient's id, user}
Reply unmergeOp(Db& db, const Caller& caller, const QByteArray& body);

} // namespace bhu::registry
