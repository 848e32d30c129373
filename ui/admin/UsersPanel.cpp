#include "UsersPanel.h"

#include "PasswordDialog.h"
#include "UsersModel.h"
#include "bhu/services/UserService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

namespace {
constexpr Role kRoles[] = {Role::FrontDesk, Role::Lhw, Role::Clinician, Role::Supervisor, Role::Admin};
}

UsersPanel::UsersPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Users"), parent), m_session(std::move(session)), m_model(new UsersModel(this)), m_watcher(new QFutureWatcher<Status>(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    const bool manage = services::allowed(m_session->role(), services::Permission::ManageUsers);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setVisible(manage);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto button = [this](const QString& text, const char* name, void (UsersPanel::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* buttons = new QHBoxLayout;
    if (manage) {
        m_adminButtons = {button(tr("&Add user…"), "addUserButton", &UsersPanel::addUser),
                          button(tr("&Reset password…"), "resetPasswordButton", &UsersPanel::resetPassword),
                          button(tr("Disable / &enable"), "toggleActiveButton", &UsersPanel::toggleActive)};
        for (QPushButton* b : m_adminButtons) buttons->addWidget(b);
    }
    buttons->addWidget(button(tr("Change &my password…"), "changeOwnPasswordButton", &UsersPanel::changeOwnPassword));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_watcher, &QFutureWatcher<Status>::finished, this, &UsersPanel::onFinished);
    if (manage) refresh();
}

void UsersPanel::refresh()
{
    auto users = services::UserService(*m_session).list();
    if (users.ok()) m_model->setUsers(users.value());
}

QString UsersPanel::selectedUser() const
{
    const auto* u = m_model->recordFromIndex(m_table->currentIndex());
    return u ? u->record.username : QString();
}

void UsersPanel::runInBackground(std::function<Status()> work, const QString& done)
{
    if (isBusy()) return;
    m_done = done;
    m_message->setText(tr("Working… this takes a moment."));
    for (QPushButton* b : m_adminButtons) b->setEnabled(false);
    m_watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void UsersPanel::onFinished()
{
    const Status s = m_watcher->result();
    for (QPushButton* b : m_adminButtons) b->setEnabled(true);
    m_message->setText(s.ok() ? m_done : s.error().message);
    if (services::allowed(m_session->role(), services::Permission::ManageUsers)) refresh();
    Q_EMIT finished(s.ok());
}

void UsersPanel::addUser()
{
    auto* d = new PasswordDialog(PasswordDialog::Kind::NewUser, QString(), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        const QString user = d->username(), full = d->fullName(), pw = d->newPassword();
        const Role role = kRoles[qBound(0, d->roleIndex(), 4)];
        runInBackground([s = m_session, user, full, role, pw]() -> Status {
            auto r = services::UserService(*s).add(user, full, role, pw);
            if (!r.ok()) return r.error();
            return {};
        }, tr("%1 was added.").arg(user));
    });
    d->open();
}

void UsersPanel::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        m_message->setText(tr("Choose a user in the list first."));
        return;
    }
    auto* d = new PasswordDialog(PasswordDialog::Kind::Reset, user, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d, user] {
        const QString pw = d->newPassword();
        const auto* u = m_model->recordFromIndex(m_table->currentIndex());
        const bool disabled = u && !u->record.active;
        runInBackground([s = m_session, user, pw, disabled] {
            services::UserService users(*s);
            return disabled ? users.reactivate(user, pw) : users.resetPassword(user, pw);
        }, tr("The password of %1 was reset. Tell them in person.").arg(user));
    });
    d->open();
}

void UsersPanel::toggleActive()
{
    const auto* u = m_model->recordFromIndex(m_table->currentIndex());
    if (!u) {
        m_message->setText(tr("Choose a user in the list first."));
        return;
    }
    if (!u->record.active) {   // enabling needs a new password
        resetPassword();
        return;
    }
    const QString user = u->record.username;
    runInBackground([s = m_session, user] { return services::UserService(*s).deactivate(user); }, tr("%1 was disabled.").arg(user));
}

void UsersPanel::changeOwnPassword()
{
    auto* d = new PasswordDialog(PasswordDialog::Kind::Own, m_session->user().username, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        const QString current = d->currentPassword(), pw = d->newPassword();
        runInBackground([s = m_session, current, pw] { return services::UserService(*s).changeOwnPassword(current, pw); },
                        tr("Your password was changed."));
    });
    d->open();
}

} // namespace bhu::ui
