#pragma once
// The front desk's search: one box for name, MR number, CNIC or phone, a line saying how the
// text was understood, filters and the results. Searches run on a worker thread, 150 ms after
// the last key; a newer query supersedes an older one and stale results are dropped.
#include "PatientSearchModel.h"
#include "bhu/domain/Result.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QThreadPool;
class QTimer;

namespace bhu::ui {

class PatientSearchFilters;
class SessionAccess;

class PatientSearchView : public QWidget {
    Q_OBJECT
public:
    explicit PatientSearchView(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);
    ~PatientSearchView() override;

    QLineEdit* searchEdit() const { return m_search; }
    PatientSearchModel* model() const { return m_model; }
    bool isSearching() const { return m_running || m_pendingSearch; }
    QueryKind lastKind() const { return m_lastKind; }

public Q_SLOTS:
    void focusSearch();                    // Ctrl+F: focus the box and select its text
    void refresh();                        // search again now (after an edit elsewhere)
    void requestNewPatient();              // Ctrl+N (the screen's shortcut) and the button
    void lookUpInRegistry();               // "Look up in the national registry…" (history anywhere)
    void reviewDuplicates();               // the registry's review queue (supervisors, online)

Q_SIGNALS:
    void openPatient(const QString& patientId);
    void newPatient(const QString& typedName);   // empty unless the query was a name
    void searchFinished();                       // results (or an error) are on screen

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome {
        quint64 generation = 0;
        Result<SearchResult> result{Error{}};
    };
    SearchQuery currentQuery() const;
    void scheduleSearch();
    void startSearch();
    void onSearchFinished();
    void showResult(const SearchResult& result);
    void showError(const QString& message);
    void openRow(const QModelIndex& index);
    void enterPressed();
    void focusTable();

    std::shared_ptr<SessionAccess> m_access;
    QLineEdit* m_search = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_notice = nullptr;
    PatientSearchFilters* m_filters = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_lookup = nullptr;
    QPushButton* m_review = nullptr;
    QTableView* m_table = nullptr;
    PatientSearchModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
    QThreadPool* m_pool = nullptr;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pendingSearch = false;
    bool m_openOnResult = false;
    QueryKind m_lastKind = QueryKind::Empty;
};

} // namespace bhu::ui
