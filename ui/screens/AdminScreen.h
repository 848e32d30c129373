#pragma once
// Admin: users, backups and audit trail (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class AdminScreen : public Screen {
    Q_OBJECT
public:
    explicit AdminScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
