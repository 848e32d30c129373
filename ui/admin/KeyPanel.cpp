#include "KeyPanel.h"

#include "../print/RecoveryKeySheet.h"
#include "bhu/services/KeyService.h"
#include "bhu/services/UserService.h"

#include <QDate>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

KeyPanel::KeyPanel(std::shared_ptr<services::Session> session, QWidget* parent)
    : QGroupBox(tr("Locking and database key"), parent), m_session(std::move(session)),
      m_watcher(new QFutureWatcher<Result<QStringList>>(this))
{
    setObjectName(QStringLiteral("keyPanel"));
    m_idle = new QSpinBox(this);
    m_idle->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" minutes"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setValue(services::UserService(*m_session).idleLockMinutes().ok() ? services::UserService(*m_session).idleLockMinutes().value() : 5);
    auto* saveIdle = new QPushButton(tr("Sa&ve"), this);
    auto* change = new QPushButton(tr("&Change database key…"), this);
    change->setObjectName(QStringLiteral("changeKeyButton"));
    m_key = new QLabel(this);
    m_key->setObjectName(QStringLiteral("newRecoveryKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pdf = new QPushButton(tr("Save the new key as P&DF…"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("rotationPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password, to confirm"));
    m_start = new QPushButton(tr("I have printed the new key: &re-encrypt now"), this);
    m_start->setObjectName(QStringLiteral("startRotation"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 3);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    for (QWidget* w : {static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_pdf), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_progress)})
        w->hide();

    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idle);
    idleRow->addWidget(saveIdle);
    idleRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Lock the screen after:"), idleRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(change, 0, Qt::AlignLeading);
    layout->addWidget(m_key);
    layout->addWidget(m_pdf, 0, Qt::AlignLeading);
    layout->addWidget(m_password);
    layout->addWidget(m_start, 0, Qt::AlignLeading);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);

    connect(saveIdle, &QPushButton::clicked, this, &KeyPanel::saveIdleMinutes);
    connect(change, &QPushButton::clicked, this, &KeyPanel::prepareRotation);
    connect(m_start, &QPushButton::clicked, this, [this] { rotate(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { rotate(m_password->text()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        auto* d = new QFileDialog(this, tr("Save the new recovery key"), QStringLiteral("recovery-key.pdf"), tr("PDF (*.pdf)"));
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, [this](const QString& path) {
            const Status s = RecoveryKeySheet{m_session->facility().name, m_newKey, QDate::currentDate()}.savePdf(path);
            m_message->setText(s.ok() ? tr("Saved to %1. Print it, then delete the file.").arg(path) : s.error().message);
        });
        d->open();
    });
    connect(this, &KeyPanel::progressed, m_progress, &QProgressBar::setValue, Qt::QueuedConnection);
    connect(m_watcher, &QFutureWatcher<Result<QStringList>>::finished, this, &KeyPanel::onFinished);
}

KeyPanel::~KeyPanel()
{
    // The worker reports progress through this object: let it finish first.
    m_watcher->waitForFinished();
}

bool KeyPanel::saveIdleMinutes()
{
    const Status s = services::UserService(*m_session).setIdleLockMinutes(m_idle->value());
    m_message->setText(s.ok() ? tr("Saved; it applies from the next sign-in.") : s.error().message);
    return s.ok();
}

void KeyPanel::prepareRotation()
{
    if (const Status s = m_session->require(services::Permission::RotateKey); !s.ok()) {
        m_message->setText(s.error().message);
        return;
    }
    m_newKey = db::Store::generateRecoveryKey();
    m_key->setText(tr("New recovery key: %1").arg(m_newKey));
    for (QWidget* w : {static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_pdf), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_start)})
        w->show();
    m_message->setText(tr("Print the new key first. After the change, the old recovery key stops working and every other "
                          "user needs a new password from you."));
    m_password->setFocus();
}

void KeyPanel::rotate(const QString& password)
{
    if (isBusy() || m_newKey.isEmpty()) return;
    m_start->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_message->setText(tr("Re-encrypting the database…"));
    m_password->clear();
    const QString key = m_newKey;
    m_watcher->setFuture(QtConcurrent::run([this, s = m_session, password, key] {
        return services::KeyService(*s).rotate(password, key, [this](qint64 done, qint64) { Q_EMIT progressed(static_cast<int>(done)); });
    }));
}

void KeyPanel::onFinished()
{
    const Result<QStringList> r = m_watcher->result();
    m_start->setEnabled(true);
    if (!r.ok()) {
        m_message->setText(r.error().message);
        Q_EMIT rotationFinished(false);
        return;
    }
    m_newKey.fill(u'0');
    m_newKey.clear();
    m_key->clear();
    for (QWidget* w : {static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_pdf), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_start)})
        w->hide();
    m_message->setText(r->isEmpty() ? tr("The database key was changed.")
                                    : tr("The database key was changed. Give these users a new password (Users → Reset "
                                         "password): %1").arg(r->join(QStringLiteral(", "))));
    Q_EMIT rotationFinished(true);
}

} // namespace bhu::ui
