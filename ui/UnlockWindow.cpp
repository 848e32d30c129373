#include "bhu/ui/UnlockWindow.h"

#include "setup/RecoveryDialog.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

namespace {
const auto kSource = QStringLiteral("ui/unlock");
}

UnlockWindow::UnlockWindow(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_watcher(new QFutureWatcher<UnlockResult>(this))
{
    setObjectName(QStringLiteral("unlockWindow"));
    setWindowTitle(tr("BHU Clinic — Unlock"));

    auto* appName = new QLabel(tr("BHU Clinic"), this);
    QFont titleFont = appName->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    appName->setFont(titleFont);
    appName->setAlignment(Qt::AlignCenter);

    m_facility = new QLabel(this);
    m_facility->setObjectName(QStringLiteral("facilityLabel"));
    m_facility->setAlignment(Qt::AlignCenter);
    m_facility->setWordWrap(true);
    m_facility->setTextFormat(Qt::PlainText);
    setFacilityName(QString());

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);   // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height() / 2 + 2);
    m_busyText = new QLabel(tr("Unlocking the database… this takes a moment."), this);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_busyBar->hide();
    m_busyText->hide();

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_forgot = new QPushButton(tr("&Forgot? Use the recovery key"), this);
    m_forgot->setObjectName(QStringLiteral("forgotButton"));
    m_forgot->setAutoDefault(false);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_forgot);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(appName);
    layout->addWidget(m_facility);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busyBar);
    layout->addLayout(buttons);

    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_unlock);
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_forgot, &QPushButton::clicked, this, &UnlockWindow::useRecoveryKey);
    connect(m_watcher, &QFutureWatcher<UnlockResult>::finished, this, &UnlockWindow::onUnlockFinished);
    m_user->setFocus();
}

UnlockWindow::~UnlockWindow() = default;

void UnlockWindow::setFacilityName(const QString& name)
{
    m_facility->setText(name.isEmpty() ? tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)) : name);
}

void UnlockWindow::setUserName(const QString& user)
{
    m_user->setText(user);
    if (!user.isEmpty()) m_password->setFocus();
}

void UnlockWindow::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void UnlockWindow::useRecoveryKey()
{
    if (isBusy()) return;
    auto* dialog = new RecoveryDialog(m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setUserName(dialog->adminUser());
        setNotice(tr("The new password is set. Sign in with it."));
    });
    dialog->open();
}

bool UnlockWindow::isBusy() const
{
    return m_busy;
}

void UnlockWindow::unlock()
{
    if (isBusy()) return;
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    if (user.isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->hide();
    setBusy(true);
    const QString path = m_databasePath;
    m_watcher->setFuture(QtConcurrent::run([path, user, password]() -> UnlockResult {
        auto session = services::Session::unlock(path, user, password, kSource);
        if (!session.ok()) return session.error();
        return std::shared_ptr<services::Session>(std::move(session.value()));
    }));
}

void UnlockWindow::reject()
{
    if (!isBusy()) QDialog::reject();
}

void UnlockWindow::onUnlockFinished()
{
    // take, not copy: the future must not keep the session (and its key) alive
    UnlockResult result = m_watcher->future().takeResult();
    if (result.ok()) {
        m_password->clear();
        setBusy(false);
        Q_EMIT unlocked(std::move(result.value()));
        return;
    }
    const bool wrongPassword = result.is(ErrorCode::WrongPassword);
    showError(result.error().message);
    if (wrongPassword) m_password->clear();
    setBusy(false);   // before focusing: a disabled field cannot take the focus
    if (wrongPassword) m_password->setFocus();
}

void UnlockWindow::setBusy(bool busy)
{
    if (m_busy == busy) return;
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy);
    if (busy) setCursor(Qt::BusyCursor);
    else unsetCursor();
    Q_EMIT busyChanged(busy);
}

void UnlockWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace bhu::ui
