#pragma once
// Reports (docs/reports.md, docs/user-guide-supervisor.md): choose a report and a month or a
// date range, preview it, print it (QPrintDialog), save it as PDF, export CSV or DHIS2 JSON.
// The report is computed off the GUI thread (QtConcurrent + QFutureWatcher) with progress and
// a Cancel button; PDF files are written off the GUI thread too. The report's language is the
// user's (Urdu: right to left, Nastaliq). Roles and audit are the service's (ReportService).
#include "Screen.h"
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/ReportTemplate.h"

#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace bhu::services {
class Session;
}

namespace bhu::ui {

class ReportsScreen : public Screen {
    Q_OBJECT
public:
    explicit ReportsScreen(std::shared_ptr<services::Session> session, QWidget* parent = nullptr);
    ~ReportsScreen() override;
    QString title() const override;

    // For tests and the toolbar: what is shown.
    const std::optional<ReportTable>& report() const { return m_report; }
    QTextBrowser* preview() const { return m_preview; }
    QComboBox* reportChoice() const { return m_kind; }
    QDateEdit* monthEdit() const { return m_month; }
    QString statusText() const;
    bool isBusy() const;
    // The report language: the user's ("ur" when the program runs in Urdu).
    QString language() const { return m_language; }
    void setLanguage(const QString& language) { m_language = language; }

public Q_SLOTS:
    void showPreview();                        // computes the chosen report for the chosen period
    void cancel();
    void print();                              // QPrintDialog
    void savePdf();                            // asks for a file name
    void exportCsv();
    void exportDhis2();
    void chooseTemplate();
    // Without dialogs (tests, scripted use). Emits fileSaved or failed.
    void savePdfTo(const QString& path);
    void saveCsvTo(const QString& path);
    void saveDhis2To(const QString& path);

Q_SIGNALS:
    void previewReady();
    void fileSaved(const QString& path);
    void failed(const QString& message);

private:
    struct Outcome;
    void buildUi();
    void updateButtons();
    void onComputed();
    void showStatus(const QString& text, bool error = false);
    QString suggestedName(const QString& extension) const;

    std::shared_ptr<services::Session> m_session;
    std::optional<ReportTable> m_report;
    std::optional<ReportTemplate> m_template;   // chosen file; empty = built-in
    QString m_templatePath;
    QString m_language;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher = nullptr;
    QFutureWatcher<QString>* m_saveWatcher = nullptr;

    QComboBox* m_kind = nullptr;
    QRadioButton* m_byMonth = nullptr;
    QRadioButton* m_byRange = nullptr;
    QDateEdit* m_month = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_templateLabel = nullptr;
    QPushButton* m_templateButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QPushButton* m_dhis2Button = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace bhu::ui
