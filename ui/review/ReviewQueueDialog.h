#pragma once
// The registry's review queue for a supervisor, online (docs/sync-protocol.md, "Merges and the
// review queue"): open candidate pairs on the left (score, both names), the selected pair side
// by side on the right with the fields that differ marked, and the decision — same person,
// different people, not sure. A decision is sent at once and the list reloads.
#include "bhu/services/ReviewQueueService.h"
#include "bhu/sync/RegistryReview.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

class SessionAccess;

class ReviewQueueDialog : public QDialog {
    Q_OBJECT
public:
    using ListFn = std::function<Result<sync::ReviewPage>(const db::Enrolment&)>;
    ReviewQueueDialog(std::shared_ptr<SessionAccess> access, ListFn list, services::ReviewDecideFn send, QWidget* parent = nullptr);

    void reload();
    int pairCount() const { return static_cast<int>(m_page.pairs.size()); }

private:
    void showPair(int row);
    void decide(services::ReviewDecision d);

    std::shared_ptr<SessionAccess> m_access;
    ListFn m_list;
    services::ReviewDecideFn m_decide;
    sync::ReviewPage m_page;
    QListWidget* m_pairs = nullptr;
    QTableWidget* m_side = nullptr;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_decisions;
};

} // namespace bhu::ui
