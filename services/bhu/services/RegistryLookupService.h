#pragma once
// "History anywhere" at the front desk (docs/sync-protocol.md, "History at any facility"): a
// patient not found locally is looked up in the national registry by MR number, CNIC or
// B-form, with a stated reason ("break the glass"). The attempt is audited here before anything
// is asked (action registry.lookup, with the reason and the kind of number — never the number
// itself); the registry audits it too and adds the patient to this facility's catchment. The
// patient and their history are stored in the encrypted store and from then on sync like this
// facility's own. Needs Permission::LookUpRegistry.
//
// The network call is given as a function (bhu::sync::RegistryLookup::fetch in the app, a fake
// in tests), so this layer stays free of Qt Network.
#include "bhu/db/SyncStateStore.h"
#include "bhu/db/SyncTypes.h"
#include "bhu/services/Session.h"

#include <functional>

namespace bhu::services {

struct RegistryQuery {
    QString idSystem;   // IdSystem::Mr, Cnic or BForm
    QString value;      // as typed; normalised to digits here
    QString reason;     // why the record is needed: at least kMinReasonLength characters
};

// (enrolment, idSystem, digits, user, reason) → the patient (first) and its history.
using RegistryFetch = std::function<Result<db::PulledPage>(const db::Enrolment&, const QString& idSystem, const QString& digits,
                                                           const QString& user, const QString& reason)>;

class RegistryLookupService {
public:
    static constexpr int kMinReasonLength = 10;
    explicit RegistryLookupService(Session& s) : m_s(s) {}
    bool mayLookUp() const { return allowed(m_s.role(), Permission::LookUpRegistry); }
    // The id of the patient to open (the survivor when the number belonged to a merged record).
    Result<QString> lookUp(const RegistryQuery& q, const RegistryFetch& fetch);

private:
    Session& m_s;
};

} // namespace bhu::services
