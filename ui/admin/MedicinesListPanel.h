#pragma once
// Admin → Medicines list: which list the prescription picker offers (the shipped one or the
// facility's own), and the three things an admin does with it: export it as CSV to edit in a
// spreadsheet, import the edited file (checked whole; a bad row changes nothing and says which
// line), or go back to the shipped list. The rules live in services::ReferenceService.
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
    QLabel* m_message = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace bhu::ui
