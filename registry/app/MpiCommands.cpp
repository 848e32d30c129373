#include "MpiCommands.h"

#include "bhu/registry/MergeAdmin.h"

#include <cstdio>

namespace bhu::registry::cli {

namespace {
int fail(const Error& e)
{
    std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(e.message));
    return e.code == ErrorCode::NotFound ? 3 : 1;
}
} // namespace

QString operatorName()
{
    const QString user = qEnvironmentVariable("SUDO_USER", qEnvironmentVariable("USER", QStringLiteral("unknown")));
    return QStringLiteral("admin:") + user;
}

int merge(Db& db, const QString& survivorMr, const QString& mergedMr)
{
    if (survivorMr.isEmpty() || mergedMr.isEmpty()) {
        std::fprintf(stderr, "bhu-registry: give --survivor MR and --merged MR\n");
        return 2;
    }
    auto r = adminMerge(db, survivorMr, mergedMr, operatorName());
    if (!r.ok()) return fail(r.error());
    std::printf("merged: patient %s now points to %s (merge %lld)\n", qPrintable(r->mergedId), qPrintable(r->survivorId), r->mergeId);
    return 0;
}

int unmerge(Db& db, const QString& mergedMr)
{
    if (mergedMr.isEmpty()) {
        std::fprintf(stderr, "bhu-registry: give --merged MR\n");
        return 2;
    }
    auto r = adminUnmerge(db, mergedMr, operatorName());
    if (!r.ok()) return fail(r.error());
    std::printf("unmerged: patient %s is separate from %s again (merge %lld)\n", qPrintable(r->mergedId), qPrintable(r->survivorId),
                r->mergeId);
    return 0;
}

int allowReview(Db& db, const QString& deviceId, bool allow)
{
    const Status s = registry::allowReview(db, deviceId, allow);
    if (!s.ok()) return fail(s.error());
    std::printf(allow ? "device may use the review queue\n" : "device may no longer use the review queue\n");
    return 0;
}

} // namespace bhu::registry::cli
