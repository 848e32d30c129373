// VisitRepository: the measurements of one vitals record pulled as several Observations,
// stored together (docs/sync-engine.md, Pull).
#include "bhu/db/VisitRepository.h"

#include "bhu/domain/ClinicalJson.h"
#include "bhu/domain/Clock.h"

#include <QJsonDocument>

namespace bhu::db {

namespace {
// Adds the measurements of part to record; true when that changed it.
bool mergeMeasurements(VitalSigns& record, const VitalSigns& part)
{
    const VitalSigns before = record;
    for (auto field : {&VitalSigns::systolic, &VitalSigns::diastolic, &VitalSigns::pulse, &VitalSigns::temperatureC,
                       &VitalSigns::respiratoryRate, &VitalSigns::spo2, &VitalSigns::weightKg, &VitalSigns::heightCm,
                       &VitalSigns::muacCm, &VitalSigns::glucoseMgDl})
        if (part.*field) record.*field = part.*field;
    return !(record == before);
}
} // namespace

Result<QList<bool>> VisitRepository::storeReplicaVitals(const QList<VitalSigns>& parts)
{
    QList<bool> changed;
    if (parts.isEmpty()) return changed;
    // What is held: nothing, the vitals record, or a fact of another kind under that id (then
    // every part is a no-op, as in storeReplicaFacts).
    auto st = m_c.prepare("SELECT kind, data FROM clinical_facts WHERE id = ?");
    if (!st.ok()) return st.error();
    st.value()->bind(1, parts.first().id);
    auto row = st.value()->step();
    if (!row.ok()) return row.error();
    const bool held = row.value();
    std::optional<VitalSigns> record;
    if (held && st.value()->text(0) == u"vitals")
        record = vitalSignsFromJson(QJsonDocument::fromJson(st.value()->text(1).toUtf8()).object());
    st.value()->reset();
    if (held && !record) return QList<bool>(parts.size(), false);
    bool insert = false, update = false;
    for (const VitalSigns& part : parts) {
        if (!record) {   // a new record: counted even when empty, stored from its first measurement
            changed.append(true);
            if (!part.isEmpty()) {
                record = part;
                insert = true;
            }
            continue;
        }
        const bool c = mergeMeasurements(*record, part);
        changed.append(c);
        update = update || (c && !insert);
    }
    if (insert) {
        VisitRecord r;
        r.visit.id = record->visitId;
        r.visit.patientId = record->patientId;
        r.vitals = record;
        const Actor registry{QString(), QStringLiteral("registry"), QStringLiteral("sync")};
        BHU_TRY(writeFacts(r, Clock::system().nowUtc(), registry, false));
    } else if (update) {
        auto up = m_c.prepare("UPDATE clinical_facts SET data = ? WHERE id = ?");
        if (!up.ok()) return up.error();
        up.value()->bind(1, QString::fromUtf8(QJsonDocument(vitalSignsToJson(*record)).toJson(QJsonDocument::Compact))).bind(2, record->id);
        BHU_TRY(up.value()->run());
    }
    return changed;
}

} // namespace bhu::db
