#include "bhu/fhir/FhirPatient.h"
#include "bhu/registry/MatchSource.h"
#include "bhu/registry/MatchIndex.h"
#include "bhu/registry/PatientLinks.h"
#include "bhu/registry/ResourceStore.h"
#include "bhu/registry/ReviewQueue.h"

#include <atomic>

namespace bhu::registry {

namespace {
std::shared_ptr<MatchSource> g_source;   // written once before serving, read by workers
constexpr int kCandidates = 5;

std::optional<Patient> loadPatient(pqxx::work& w, const QString& id)
{
    const auto r = loadCurrent(w, QStringLiteral("Patient"), id);
    if (!r) return std::nullopt;
    auto p = fhir::patientFromFhir(r->content);
    if (!p.ok()) return std::nullopt;
    return p.value();
}
} // namespace

void setMatchSource(std::shared_ptr<MatchSource> source)
{
    std::atomic_store(&g_source, std::move(source));
}

std::shared_ptr<MatchSource> matchSource()
{
    return std::atomic_load(&g_source);
}

std::vector<LinkCandidate> ProbabilisticMatchSource::findMatches(pqxx::work& w, const Patient& patient, int limit)
{
    std::vector<LinkCandidate> out;
    for (const MatchCandidate& c : registry::findMatches(w, patient, limit, match::Grade::Probable)) {
        const LinkCandidate::Grade g = c.grade == match::Grade::Certain ? LinkCandidate::Grade::Certain : LinkCandidate::Grade::Probable;
        out.push_back(LinkCandidate{c.patientId, c.score, g});
    }
    return out;
}

std::vector<LinkCandidate> IdentifierMatchSource::findMatches(pqxx::work& w, const Patient& patient, int limit)
{
    std::vector<LinkCandidate> out;
    for (const auto& [system, uri] : {std::pair{IdSystem::Cnic, "https://fhir.bhu.gov.pk/sid/cnic"},
                                      std::pair{IdSystem::BForm, "https://fhir.bhu.gov.pk/sid/bform"}}) {
        const QString value = patient.identifier(system);
        if (value.isEmpty()) continue;
        for (const auto& row : w.exec_params("SELECT DISTINCT patient_id::text FROM identifiers WHERE system = $1 AND value = $2"
                                             " AND patient_id <> $3 LIMIT $4",
                                             std::string(uri), s8(value), s8(patient.id), limit)) {
            out.push_back(LinkCandidate{q8(row[0].as<std::string>()), 1.0, LinkCandidate::Grade::Certain});
        }
    }
    return out;
}

void autoLinkPushed(pqxx::work& w, const QStringList& patientIds)
{
    const auto source = matchSource();
    if (!source) return;
    const MergeActor who{QStringLiteral("auto"), {}, 0};
    for (const QString& id : patientIds) {
        if (survivorOf(w, id)) continue;
        const auto patient = loadPatient(w, id);
        if (!patient) continue;
        for (const LinkCandidate& c : source->findMatches(w, *patient, kCandidates)) {
            if (c.patientId == id || c.grade == LinkCandidate::Grade::Possible) continue;
            const QString other = survivorOf(w, c.patientId).value_or(c.patientId);   // a merged candidate: its survivor
            if (other == id) continue;
            const auto candidate = loadPatient(w, other);
            if (!candidate) continue;
            const FieldComparison fields = comparePatients(*candidate, *patient);
            if (c.grade == LinkCandidate::Grade::Probable) {
                enqueuePair(w, other, id, c.score, QStringLiteral("probable"), fields);
                continue;
            }
            const QString survivor = firstRegistered(w, other, id);
            const QString merged = survivor == id ? other : id;
            const long long pair = enqueuePair(w, other, id, c.score, QStringLiteral("certain"), fields);
            const auto decided = loadPair(w, pair);
            if (decided && decided->status != u"open") continue;   // a supervisor already decided this pair
            const MergeResult m = mergePatients(w, MergeRequest{survivor, merged, QStringLiteral("auto"), pair}, who);
            if (m.error.isEmpty()) setDecision(w, pair, QStringLiteral("same"), who.name, m.mergeId);
            break;   // this patient is linked now
        }
    }
}

} // namespace bhu::registry
