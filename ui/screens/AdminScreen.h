#pragma once
// Admin: the facility's reference lists today; users, backups and the audit trail next (#7).
#include "Screen.h"

#include <memory>

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class AdminScreen : public Screen {
    Q_OBJECT
public:
    explicit AdminScreen(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
