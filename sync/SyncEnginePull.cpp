// SyncEngine's pull (docs/sync-engine.md, Pull): the pages of the change feed, each read as
// FHIR on a worker thread while the page before it is applied.
#include "bhu/sync/SyncEngine.h"

#include "bhu/db/SyncApply.h"
#include "bhu/sync/PullReader.h"
#include "bhu/sync/RegistryClient.h"

#include <QLoggingCategory>

#include <future>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace bhu::sync {

// Each page applied with its cursor in one transaction (db::SyncApply), in feed order, one
// page behind the request: a page already read is applied even when the next request fails.
Status SyncEngine::pullAll(RegistryClient& client, SyncReport& rep)
{
    db::SyncStateStore state(m_store.conn());
    db::SyncApply apply(m_store.conn());
    const db::Actor who = m_store.actor(QStringLiteral("sync"));
    auto cur = state.cursor();
    if (!cur.ok()) return cur.error();
    QString cursor = cur.value();
    bool resetDone = false;
    auto applyPage = [&](const FeedPage& page) -> Status {
        auto n = apply.applyPage(page.page, who);
        if (!n.ok()) return n.error();
        rep.pulled += page.entries;
        rep.applied += n->applied;
        rep.conflicts += n->conflicts;
        rep.invalid += n->invalid;
        rep.referenceLists += n->referenceLists;
        rep.deferred += page.deferred;
        for (const db::PulledInvalid& i : page.page.invalid)
            qCWarning(lcSync) << "pulled resource not applied:" << i.resourceType << i.resourceId;
        Q_EMIT progress(QStringLiteral("pull"), rep.pulled, 0);
        return {};
    };
    std::optional<FeedPage> held;   // read; applied while the next page is read
    for (;;) {
        BHU_TRY(checkCancel());
        auto answer = client.changes(cursor, m_opt.pageSize, m_session);
        Result<FeedLinks> links = answer.ok() ? readFeedLinks(answer->json) : Result<FeedLinks>(answer.error());
        std::future<Result<FeedPage>> reading;   // its destructor waits for the worker, however this returns
        QString next = cursor;
        if (links.ok()) {
            // The registry reads the next page while this one is read (worker thread) and the
            // one before it applied (this thread).
            if (!links->cursor.isEmpty()) next = links->cursor;
            if (links->hasNext && next != cursor) client.prefetchChanges(next, m_opt.pageSize, m_session);
            reading = std::async(std::launch::async, [json = answer->json] { return readChangesPage(json); });
        }
        if (held) {
            BHU_TRY(applyPage(*held));
            held.reset();
        }
        if (!answer.ok()) {
            if (RegistryClient::httpStatus(answer.error()) == 410 && !resetDone) {   // full resync
                qCInfo(lcSync) << "cursor expired: full resync";
                BHU_TRY(state.resetCursor());
                cursor.clear();
                resetDone = rep.resynced = true;
                continue;
            }
            return answer.error();
        }
        if (!links.ok()) return links.error();
        auto page = reading.get();
        if (!page.ok()) return page.error();
        page->page.cursor = next;
        if (!page->hasNext) return applyPage(page.value());
        if (next == cursor)
            return Error::make(ErrorCode::Failed, tr("The registry's change list does not advance. Try again later."),
                               QStringLiteral("changes: cursor did not advance"));
        held = std::move(page.value());
        cursor = next;
    }
}

} // namespace bhu::sync
