#pragma once
// Admin → Medicines list: which list the prescription picker offers (the shipped one, the
// national one received from the registry with its version and date, or the facility's own),
// where the other reference lists in use come from, and the three things an admin does with the
// medicines list: export it as CSV to edit in a spreadsheet, import the edited file (checked
// whole; a bad row changes nothing and says which line), or stop using the facility's own list
// (back to the national or shipped one). The rules live in services::ReferenceService.
#include <QGroupBox>
#include <memory>

class QLabel;
class QPushButton;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class MedicinesListPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit MedicinesListPanel(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);

    // The file actions without their file dialogs (the buttons ask for a path, then call these).
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);
    bool resetToShipped();

private:
    void refresh();
    void showError(const QString& message);

    std::shared_ptr<services::Session> m_session;
    QLabel* m_state = nullptr;
    QLabel* m_otherLists = nullptr;   // where the other reference lists in use come from
    QLabel* m_message = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace bhu::ui
