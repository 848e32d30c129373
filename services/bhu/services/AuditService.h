#pragma once
// Reading the audit trail (supervisors and administrators: Permission::ViewAudit) and the
// audited actions that have no change of their own (printing the trail, registry lookups).
#include "bhu/db/AuditLog.h"
#include "bhu/services/Session.h"

#include <QDate>

namespace bhu::services {

struct AuditQuery {
    QString user = {};
    QString patient = {};   // an MR number, CNIC or B-form (any identifier), or a patient id
    QString action = {};    // "login", "patient" (the family), "patient.view", …
    QDate from = {};        // inclusive days (UTC, as stored)
    QDate to = {};
    int limit = 1000;
};

class AuditService {
public:
    explicit AuditService(Session& s) : m_s(s) {}
    // Newest first. A patient identifier that matches nobody gives an empty list.
    Result<QList<db::AuditEntry>> list(const AuditQuery& q);
    // Walks the whole chain; Corrupt names the first bad entry.
    Status verify();
    // The trail (or part of it) was printed or saved as PDF: entries is how many.
    Status recordPrint(const AuditQuery& q, int entries);
    // For the sync engine: a patient fetched from the registry ("history anywhere").
    Status recordRegistryLookup(const QString& identifier, const QString& patientId);

private:
    Session& m_s;
};

} // namespace bhu::services
