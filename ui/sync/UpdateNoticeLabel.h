#pragma once
// "Version X is available: <where>" with the release notes: the update notice the registry
// announced and the clinic verified during sync (docs/installing.md, "Update notice"). Shown
// only to the administrator: services::UpdateService refuses everyone else, and the label then
// stays hidden. On the Sync screen and in Admin → Updates.
#include <QLabel>

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class UpdateNoticeLabel : public QLabel {
    Q_OBJECT
public:
    explicit UpdateNoticeLabel(QWidget* parent = nullptr);
    void refresh(services::Session& session);
};

} // namespace bhu::ui
