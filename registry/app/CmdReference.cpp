#include "CmdReference.h"

#include "MpiCommands.h"
#include "bhu/domain/ReferenceLists.h"
#include "bhu/registry/ReferenceStore.h"

#include <QFile>
#include <cstdio>

namespace bhu::registry::cli {

int referencePublish(Db& db, const QString& list, const QString& file)
{
    if (list.isEmpty() || file.isEmpty()) {
        std::fprintf(stderr, "bhu-registry: give --list NAME (%s) and --file F.csv\n", qPrintable(referenceListNames().join(u'|')));
        return 2;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bhu-registry: cannot read %s: %s\n", qPrintable(file), qPrintable(f.errorString()));
        return 1;
    }
    auto r = publishReferenceList(db, list, f.readAll(), operatorName());
    if (!r.ok()) {
        std::fprintf(stderr, "bhu-registry: %s Nothing was published.\n", qPrintable(r.error().message));
        return 1;
    }
    if (r->unchanged)
        std::printf("unchanged: %s version %d (published %s) already has this content; nothing published\n", qPrintable(r->name),
                    r->version, qPrintable(r->publishedAt));
    else
        std::printf("published %s version %d (%d rows) as Binary/%s\n", qPrintable(r->name), r->version, r->rows, qPrintable(r->id));
    return 0;
}

int referenceList(Db& db)
{
    auto r = latestReferenceLists(db);
    if (!r.ok()) {
        std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(r.error().message));
        return 1;
    }
    if (r->empty()) std::printf("no reference list published; the clinics use the lists they ship with\n");
    for (const PublishedList& p : *r)
        std::printf("%-13s version %-4d published %s  %5d rows  by %s\n", qPrintable(p.name), p.version, qPrintable(p.publishedAt), p.rows,
                    qPrintable(p.publishedBy));
    return 0;
}

} // namespace bhu::registry::cli
