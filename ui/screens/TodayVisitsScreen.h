#pragma once
// Today's visits: the day's queue (token, name, MR number, age/sex, status), refreshed when
// shown, after every change and with F5. Enter on a row calls the patient in
// (VisitService::beginConsultation) and opens the visit form; a closed visit opens read-only.
#include "Screen.h"
#include "bhu/domain/VisitRecord.h"

#include <memory>

class QLabel;
class QStackedWidget;
class QTableView;

namespace bhu::ui {

class QueueModel;
class SessionAccess;
class VisitForm;

class TodayVisitsScreen : public Screen {
    Q_OBJECT
public:
    explicit TodayVisitsScreen(std::shared_ptr<SessionAccess> access, QWidget* parent = nullptr);
    ~TodayVisitsScreen() override;
    QString title() const override;

    QTableView* table() const { return m_table; }
    QueueModel* model() const { return m_model; }
    VisitForm* form() const { return m_form; }
    bool isShowingForm() const;

public Q_SLOTS:
    void refresh();
    void showQueue();
    void openRow(int row);                                 // calls the patient in
    void showVisit(const bhu::VisitRecord& record);        // any visit, e.g. from the patient page

Q_SIGNALS:
    void visitChanged(const QString& patientId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showError(const QString& text);

    std::shared_ptr<SessionAccess> m_access;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_queuePage = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QueueModel* m_model = nullptr;
    VisitForm* m_form = nullptr;
};

} // namespace bhu::ui
