#pragma once
// Community: households, LHW areas and follow-ups (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class CommunityScreen : public Screen {
    Q_OBJECT
public:
    explicit CommunityScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
