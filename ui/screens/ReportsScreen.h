#pragma once
// Reports (docs/reports.md, docs/user-guide-supervisor.md): choose a report and a month or a
// date range, preview it, print it (QPrintDialog), save it as PDF, export CSV or DHIS2 JSON.
// All long work runs off the GUI thread (ui/screens/ReportWork, QtConcurrent + QFutureWatcher)
// with progress and a Cancel button: computing the report and laying out its preview, writing
// PDF, CSV and DHIS2 files, and painting a print job (only QPrintDialog itself, a widget, runs
// on the GUI thread). One job at a time. The report's language is the user's (Urdu: right to
// left, Nastaliq). Roles and audit are the service's (ReportService).
#include "ReportWork.h"
#include "Screen.h"
#include "bhu/domain/ReportTable.h"
#include "bhu/domain/ReportTemplate.h"

#include <QFutureWatcher>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTimer;

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
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelButton; }
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
    void buildUi();
    void updateButtons();
    void onComputed();
    void startPolling();
    // Runs a rendering job on the thread pool; fileSaved(path) (empty for a print) on success.
    void runOutput(const QString& busyText, const QString& path, std::function<reportwork::Done(const reportwork::Control&)> job);
    void showStatus(const QString& text, bool error = false);
    QString suggestedName(const QString& extension) const;

    std::shared_ptr<services::Session> m_session;
    std::optional<ReportTable> m_report;
    std::optional<ReportTemplate> m_template;   // chosen file; empty = built-in
    QString m_templatePath;
    QString m_language;
    reportwork::Control m_control;
    QFutureWatcher<std::shared_ptr<reportwork::Computed>>* m_watcher = nullptr;
    QFutureWatcher<reportwork::Done>* m_saveWatcher = nullptr;
    QTimer* m_poll = nullptr;
    bool m_busy = false;   // from starting a job until its result is shown

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
