#pragma once
// Reports: monthly and facility reports (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class ReportsScreen : public Screen {
    Q_OBJECT
public:
    explicit ReportsScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
