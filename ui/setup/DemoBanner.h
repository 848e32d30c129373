#pragma once
// The banner of the demonstration facility: a wide, high-contrast strip across the top of the
// main window, above every screen, saying that the data is invented and is never synchronised
// or reported. Shown only for a demo database (db::Store::isDemo).
#include <QLabel>

namespace bhu::ui {

class DemoBanner : public QLabel {
    Q_OBJECT
public:
    explicit DemoBanner(QWidget* parent = nullptr);
};

} // namespace bhu::ui
