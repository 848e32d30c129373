// Read and search: GET Patient/<id>, Patient?identifier=system|value, Patient/<id>/$everything.
// Search and $everything are the audited "history anywhere" lookups: the patient joins the
// caller's catchment.
#include "bhu/registry/Catchment.h"
#include "bhu/registry/EntryParse.h"
#include "bhu/registry/Operations.h"
#include "bhu/registry/PatientLinks.h"
#include "bhu/registry/ResourceStore.h"

#include <QJsonArray>

namespace bhu::registry {

namespace {
QJsonObject searchset(const QJsonArray& entries, int total)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("searchset")},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("entry"), entries}};
}

QJsonObject matchEntry(const StoredResource& r, bool include)
{
    return QJsonObject{{QStringLiteral("fullUrl"), QString(r.type + u'/' + r.id)},
                       {QStringLiteral("resource"), r.content},
                       {QStringLiteral("search"), QJsonObject{{QStringLiteral("mode"), include ? QStringLiteral("include") : QStringLiteral("match")}}}};
}

} // namespace

Reply readPatient(Db& db, const Caller& caller, const QString& id)
{
    if (!isUuid(id)) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No Patient with this id."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        auto p = loadCurrent(w, QStringLiteral("Patient"), id);
        if (!p) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No Patient/") + id + u'.');
        if (!inCatchment(w, caller.facilityId, id))
            return outcomeReply(403, QStringLiteral("forbidden"),
                                QStringLiteral("Patient/") + id + QStringLiteral(" is outside this facility's catchment: search by identifier first."));
        return Reply{200, p->content, 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply searchPatients(Db& db, const Caller& caller, const QString& identifier)
{
    const qsizetype bar = identifier.indexOf(u'|');
    const QString system = bar >= 0 ? identifier.left(bar) : QString();
    const QString value = bar >= 0 ? identifier.mid(bar + 1) : identifier;
    if (value.isEmpty())
        return outcomeReply(400, QStringLiteral("invalid"), QStringLiteral("Search needs identifier=<system>|<value>."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        auto rows = w.exec_params("SELECT DISTINCT patient_id::text FROM identifiers WHERE value = $1 AND ($2 = '' OR system = $2)"
                                  " ORDER BY 1 LIMIT 50",
                                  s8(value), s8(system));
        QJsonArray entries;
        QStringList seen;
        for (const auto& row : rows) {
            // A merged patient's identifiers (an old MR number on a printed card) resolve to the survivor.
            const QString patientId = survivorOf(w, q8(row[0].as<std::string>())).value_or(q8(row[0].as<std::string>()));
            if (seen.contains(patientId)) continue;
            seen << patientId;
            auto p = loadCurrent(w, QStringLiteral("Patient"), patientId);
            if (!p) continue;
            recordLookup(w, caller, patientId, "search");
            entries.append(matchEntry(*p, false));
        }
        return Reply{200, searchset(entries, static_cast<int>(entries.size())), 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

Reply everything(Db& db, const Caller& caller, const QString& id)
{
    if (!isUuid(id)) return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No Patient with this id."));
    auto r = db.transact([&](pqxx::work& w) -> Reply {
        if (!loadCurrent(w, QStringLiteral("Patient"), id))
            return outcomeReply(404, QStringLiteral("not-found"), QStringLiteral("No Patient/") + id + u'.');
        // A survivor's history includes the records of the patients merged into it.
        const QStringList ids = QStringList{id} + mergedInto(w, id);
        QJsonArray entries;
        for (const QString& pid : ids) {
            recordLookup(w, caller, pid, "everything");
            for (const StoredResource& res : loadPatientResources(w, pid)) entries.append(matchEntry(res, pid != id || res.type != u"Patient"));
        }
        return Reply{200, searchset(entries, static_cast<int>(entries.size())), 0};
    });
    return r.ok() ? r.value() : storageFailure(r.error());
}

} // namespace bhu::registry
