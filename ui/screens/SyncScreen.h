#pragma once
// Sync: enrolment with the district registry and sync status (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class SyncScreen : public Screen {
    Q_OBJECT
public:
    explicit SyncScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
