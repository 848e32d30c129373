#pragma once
// The specialist's inbox (docs/telemedicine.md): requests of the chosen specialty routed to this
// hospital, urgent first then oldest first, fetched from the registry (online) through the
// ConsultationRemote calls; when the registry cannot be reached (or refuses) a clear message
// says so and the cached inbox is shown. The selected case with its photos side by side (zoom),
// Claim, and the reply form (answer or follow-up question).
//
// The registry calls (inbox with photos, claim) run on a worker thread: the screen shows the
// cached list at once, a busy bar with Cancel while the registry answers, and never blocks the
// event loop. Cancel aborts the request in flight (the remote watches the flag) and keeps the
// cached list.
#include "Screen.h"
#include "bhu/services/ConsultationService.h"
#include "consult/RegistryConsultRemote.h"

#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bhu::ui {

class AnswerForm;
class ConsultationCaseView;
class SessionAccess;

class SpecialistInboxScreen : public Screen {
    Q_OBJECT
public:
    // `remotes` makes the registry calls for one refresh or claim, watching its cancel flag.
    SpecialistInboxScreen(std::shared_ptr<SessionAccess> access, ConsultationRemoteFactory remotes, QWidget* parent = nullptr);
    // Fixed calls (tests): the cancel flag is not passed on.
    SpecialistInboxScreen(std::shared_ptr<SessionAccess> access, services::ConsultationRemote remote, QWidget* parent = nullptr);
    ~SpecialistInboxScreen() override;
    QString title() const override;

    QComboBox* specialtyBox() const { return m_specialty; }
    QTableWidget* table() const { return m_table; }
    ConsultationCaseView* caseView() const { return m_case; }
    AnswerForm* answerForm() const { return m_form; }
    QString currentId() const;
    QString message() const;
    bool isOffline() const { return m_offline; }
    bool isBusy() const { return m_busy; }   // a registry call is running

    void claim();
    void sendAnswer();
    void askFollowUp();
    void cancel();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();   // a refresh (or claim) finished and the list shows its outcome

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        quint64 generation = 0;
        Result<QList<services::ConsultationListItem>> list = QList<services::ConsultationListItem>{};
        Result<ConsultationRequest> claimed = ConsultationRequest{};
        bool isClaim = false;
    };
    void start(const std::function<Outcome(services::ConsultationService&, const services::ConsultationRemote&)>& work);
    void onFinished();
    void setBusy(bool busy);
    void showList(const QList<services::ConsultationListItem>& items);
    void showCached();
    void openCurrent();
    void showMessage(const QString& text, bool error);

    std::shared_ptr<SessionAccess> m_access;
    ConsultationRemoteFactory m_remotes;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    QList<services::ConsultationListItem> m_items;
    std::optional<services::ConsultationCase> m_open;
    bool m_offline = false;
    bool m_busy = false;
    bool m_refreshAgain = false;
    QComboBox* m_specialty = nullptr;
    QTableWidget* m_table = nullptr;
    ConsultationCaseView* m_case = nullptr;
    AnswerForm* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_claim = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace bhu::ui
