#include "bhu/registry/MergeAdmin.h"

#include "bhu/registry/ReviewQueue.h"

#include <QUuid>

namespace bhu::registry {

namespace {
Error refusal(const MergeResult& m)
{
    return Error::make(m.status == 404 ? ErrorCode::NotFound : ErrorCode::Conflict, m.error);
}
Error unknownMr()
{
    return Error::make(ErrorCode::NotFound, QStringLiteral("No patient holds this MR number."));
}
} // namespace

Result<MergeResult> adminMerge(Db& db, const QString& survivorMr, const QString& mergedMr, const QString& actor)
{
    auto r = db.transact([&](pqxx::work& w) -> Result<MergeResult> {
        const auto survivor = patientByMr(w, survivorMr);
        const auto merged = patientByMr(w, mergedMr);
        if (!survivor || !merged) return unknownMr();
        const MergeResult m = mergePatients(w, MergeRequest{*survivor, *merged, QStringLiteral("admin"), 0}, MergeActor{actor, {}, 0});
        if (!m.error.isEmpty()) return refusal(m);
        return m;
    });
    if (!r.ok()) return r.error();
    return r.value();
}

Result<MergeResult> adminUnmerge(Db& db, const QString& mergedMr, const QString& actor)
{
    auto r = db.transact([&](pqxx::work& w) -> Result<MergeResult> {
        const auto merged = patientByMr(w, mergedMr);
        if (!merged) return unknownMr();
        const MergeResult m = unmergePatient(w, *merged, MergeActor{actor, {}, 0});
        if (!m.error.isEmpty()) return refusal(m);
        markUnmerged(w, m.mergeId, actor);
        return m;
    });
    if (!r.ok()) return r.error();
    return r.value();
}

Status allowReview(Db& db, const QString& deviceId, bool allow)
{
    if (QUuid::fromString(deviceId).isNull()) return Error::make(ErrorCode::Invalid, QStringLiteral("A device id is a UUID."));
    auto r = db.transact([&](pqxx::work& w) {
        return w.exec_params("UPDATE devices SET may_review = $2 WHERE id = $1", s8(deviceId), allow).affected_rows();
    });
    if (!r.ok()) return r.error();
    if (r.value() == 0) return Error::make(ErrorCode::NotFound, QStringLiteral("No such device."));
    return Status::success();
}

} // namespace bhu::registry
