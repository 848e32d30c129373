#include "RouteCommands.h"

#include "bhu/registry/Operations.h"

#include <cstdio>

namespace bhu::registry::cli {

int route(Db& db, const QString& action, const QString& specialty, const QString& facilityCode)
{
    if (action == u"list") {
        auto routes = listConsultRoutes(db, specialty);
        if (!routes.ok()) {
            std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(routes.error().message));
            return 1;
        }
        if (routes->isEmpty()) std::printf("no routes: every granted device reads %s\n", specialty.isEmpty() ? "every specialty" : qPrintable(specialty));
        for (const auto& [s, f] : routes.value()) std::printf("%s\t%s\n", qPrintable(s), qPrintable(f));
        return 0;
    }
    const bool add = action == u"add";
    const Status st = routeConsults(db, specialty, facilityCode, add);
    if (!st.ok()) {
        std::fprintf(stderr, "bhu-registry: %s\n", qPrintable(st.error().message));
        return 1;
    }
    std::printf(add ? "%s requests are routed to %s\n" : "%s requests are no longer routed to %s\n", qPrintable(specialty), qPrintable(facilityCode));
    return 0;
}

} // namespace bhu::registry::cli
