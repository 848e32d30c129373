#pragma once
// "Withdraw (entered in error)…" (docs/sync-protocol.md, "Tombstones"): says what withdrawing
// does, asks for the reason (at least services::WithdrawalService::kMinReasonLength
// characters; the Withdraw button stays disabled until then) and runs the withdrawal. A refusal
// (another facility's record, visits that still count, …) is shown in the dialog, which stays
// open; success accepts it. Keyboard: the reason field has the focus, Enter withdraws, Esc
// cancels. Used by the visit form (a visit) and the patient page (a registration).
#include "bhu/domain/Result.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bhu::ui {

class WithdrawDialog : public QDialog {
    Q_OBJECT
public:
    using Action = std::function<Status(const QString& reason)>;
    WithdrawDialog(const QString& title, const QString& what, Action action, QWidget* parent = nullptr);

    QString reason() const;

private:
    void withdraw();
    void updateButton();

    Action m_action;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace bhu::ui
