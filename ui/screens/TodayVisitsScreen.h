#pragma once
// Today's visits: the day's queue and visit notes (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class TodayVisitsScreen : public Screen {
    Q_OBJECT
public:
    explicit TodayVisitsScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
