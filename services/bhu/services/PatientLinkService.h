#pragma once
// What the registry's merges mean for one local patient (docs/sync-protocol.md, "Merges at the
// clinic"): the MR numbers of the records merged into it ("merged from MR …") and, for a record
// merged away, the surviving record. Needs Permission::ViewPatient.
#include "bhu/services/Session.h"

#include <QStringList>

namespace bhu::services {

struct MergeInfo {
    QStringList mergedFromMr;   // MR numbers (national, else provisional) of records merged into this one
    QString replacedById;       // set: this record was merged into that one
    QString replacedByMr;
};

class PatientLinkService {
public:
    explicit PatientLinkService(Session& s) : m_s(s) {}
    Result<MergeInfo> info(const QString& patientId);

private:
    Session& m_s;
};

} // namespace bhu::services
