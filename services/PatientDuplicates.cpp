// PatientService::findDuplicates — the check before a new registration. Candidates come from
// the local database: same CNIC/B-form; similar name with similar guardian; same phone; born
// within two years with the same sex in the same village. Each candidate says what matches.
#include "bhu/services/PatientService.h"

#include "NameQuery.h"
#include "bhu/db/PatientFinder.h"
#include "bhu/domain/NameMatch.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PatientService", s); }

// Every word of the shorter name has a counterpart in the other (any spelling): "Mohammad
// Imran" fits "Muhammad Imran Khan"; "Muhammad Usman Khan" does not fit "Muhammad Imran Khan"
// (brothers share Muhammad and the family name, not the given name).
bool namesCompatible(const NameKey& a, const NameKey& b)
{
    const NameKey& shorter = a.keys.size() <= b.keys.size() ? a : b;
    const NameKey& longer = a.keys.size() <= b.keys.size() ? b : a;
    if (shorter.keys.size() < 2) return false;
    for (const QString& k : shorter.keys) {
        double best = 0;
        for (const QString& o : longer.keys) best = std::max(best, tokenSimilarity(k, o));
        if (best < 0.85) return false;
    }
    return true;
}

struct Evidence {
    SearchHit hit;
    bool sameId = false, samePhone = false, sameGuardianCnic = false;
};
} // namespace

Result<QList<DuplicateCandidate>> PatientService::findDuplicates(const Patient& draft)
{
    const auto lock = m_s.guard();
    BHU_TRY(m_s.require(Permission::ViewPatient));
    db::PatientFinder finder(m_s.store().conn());
    QHash<QString, Evidence> found;
    auto collect = [&](const Result<QList<SearchHit>>& r, auto mark) -> Status {
        if (!r.ok()) return r.error();
        for (const SearchHit& h : r.value()) {
            if (h.patientId == draft.id) continue;
            Evidence& e = found[h.patientId];
            e.hit = h;
            mark(e);
        }
        return {};
    };
    const db::FinderFilter any;
    for (const QString& sys : {IdSystem::Cnic, IdSystem::BForm}) {
        const QString v = draft.identifier(sys);
        if (!v.isEmpty()) BHU_TRY(collect(finder.byIdentifier(v, false, any, 20), [](Evidence& e) { e.sameId = true; }));
    }
    if (!draft.phone.isEmpty()) BHU_TRY(collect(finder.byPhone(draft.phone, any, 50), [](Evidence& e) { e.samePhone = true; }));
    if (!draft.guardianCnic.isEmpty())
        BHU_TRY(collect(finder.byGuardianCnic(draft.guardianCnic, any, 50), [](Evidence& e) { e.sameGuardianCnic = true; }));
    // Same name words (any spelling) — whole words, not prefixes.
    const detail::NameQuery nq = detail::parseNameQuery(draft.name, false);
    if (const QString expr = nq.ftsExpression(); !expr.isEmpty()) {
        db::FinderFilter f;
        if (draft.sex != Sex::Unknown) f.sex = draft.sex;
        BHU_TRY(collect(finder.byNameIndex(expr, f, 300), [](Evidence&) {}));
    }
    if (draft.birthDate.isValid() && !draft.address.village.isEmpty() && draft.sex != Sex::Unknown) {
        db::FinderFilter f;
        f.sex = draft.sex;
        f.village = draft.address.village;
        f.bornFrom = QDate(draft.birthDate.year() - 2, 1, 1);
        f.bornTo = QDate(draft.birthDate.year() + 2, 12, 31);
        BHU_TRY(collect(finder.byBirthRange(f, 300), [](Evidence&) {}));
    }

    const NameKey draftName = normalizeName(draft.name);
    const NameKey draftGuardian = normalizeName(draft.guardianName);
    QList<DuplicateCandidate> out;
    for (const Evidence& e : std::as_const(found)) {
        const NameKey hitName = normalizeName(e.hit.name);
        const double nameSim = nameSimilarity(draftName, hitName);
        const bool compatible = nameSim >= kNameLikelySame || namesCompatible(draftName, hitName);
        const bool guardianKnown = !draftGuardian.isEmpty() && !e.hit.guardianName.isEmpty();
        const double guardianSim = guardianKnown ? nameSimilarity(draftGuardian, normalizeName(e.hit.guardianName)) : 0.0;
        const bool birthClose = draft.birthDate.isValid() && e.hit.birthDate.isValid() &&
                                std::abs(draft.birthDate.year() - e.hit.birthDate.year()) <= 2;
        const bool sameSex = draft.sex == e.hit.sex;
        const bool sameVillage = !draft.address.village.isEmpty() &&
                                 draft.address.village.compare(e.hit.village, Qt::CaseInsensitive) == 0;
        const bool nameMatch = nameSim >= kNameLikelySame;

        DuplicateCandidate c;
        c.hit = e.hit;
        c.sameCnic = e.sameId;
        // Household members share phones, guardians and villages: those alone never make a
        // duplicate; they must come with a matching name (siblings and twins have different names).
        const bool likely = e.sameId || (compatible && sameSex && guardianKnown && guardianSim >= 0.85) ||
                            (compatible && sameSex && (e.samePhone || e.sameGuardianCnic)) ||
                            (nameMatch && birthClose && sameSex && (sameVillage || !guardianKnown));
        if (!likely) continue;
        if (e.sameId) c.reasons << tr("Same CNIC / B-form number");
        if (nameMatch) c.reasons << tr("Same name (allowing for spelling)");
        else if (compatible) c.reasons << tr("Similar name");
        if (guardianKnown && guardianSim >= 0.85) c.reasons << tr("Same father's / husband's name");
        if (e.samePhone) c.reasons << tr("Same phone number");
        if (e.sameGuardianCnic) c.reasons << tr("Same guardian CNIC");
        if (birthClose && sameSex) c.reasons << tr("Born within two years, same sex");
        if (sameVillage) c.reasons << tr("Same village");
        c.score = e.sameId ? 1.0
                           : std::min(0.99, 0.55 * nameSim + 0.2 * guardianSim + (e.samePhone ? 0.1 : 0) +
                                                (e.sameGuardianCnic ? 0.05 : 0) + (birthClose ? 0.05 : 0) + (sameVillage ? 0.05 : 0));
        c.hit.score = c.score;
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) { return a.score > b.score; });
    if (out.size() > 20) out.resize(20);
    QList<SearchHit> hits;
    for (const auto& c : out) hits << c.hit;
    BHU_TRY(finder.fillIdentifiers(hits));
    for (qsizetype i = 0; i < out.size(); ++i) out[i].hit = hits[i];
    return out;
}

} // namespace bhu::services
