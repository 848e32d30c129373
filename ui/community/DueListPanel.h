#pragma once
// A village's children with an immunisation due or overdue (ImmunisationService::dueList),
// defaulters first and in bold, with "Save as PDF" for the vaccinator's and LHW's round.
#include "bhu/domain/Clock.h"
#include "bhu/services/ImmunisationService.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

class SessionAccess;

class DueListPanel : public QWidget {
    Q_OBJECT
public:
    DueListPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent = nullptr);

    void setVillage(const QString& village);
    void refresh();
    // Without a dialog (tests, and the dialog's choice).
    Status savePdf(const QString& path);

    QTableWidget* table() const { return m_table; }
    const QList<services::DueListEntry>& entries() const { return m_entries; }
    QLabel* statusLabel() const { return m_status; }

private:
    void askAndSavePdf();

    std::shared_ptr<SessionAccess> m_access;
    const Clock& m_clock;
    QString m_village;
    QList<services::DueListEntry> m_entries;
    QTableWidget* m_table = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace bhu::ui
