#include "FirstRunWizard.h"

#include "../print/RecoveryKeySheet.h"
#include "bhu/services/PasswordPolicy.h"
#include "bhu/services/DemoFacility.h"

#include <QCheckBox>
#include <QDate>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

namespace {
QString compact(const QString& key)
{
    QString out;
    for (QChar c : key)
        if (c.isLetterOrNumber()) out += c.toUpper();
    return out;
}

// A page whose Next/Finish button follows a predicate.
class CheckedPage : public QWizardPage {
public:
    explicit CheckedPage(std::function<bool()> complete) : m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};
} // namespace

class RecoveryKeyPage : public CheckedPage {
public:
    RecoveryKeyPage(FirstRunWizard* w, std::function<bool()> complete) : CheckedPage(std::move(complete)), m_w(w) {}
    void initializePage() override { m_w->startCreating(); }

private:
    FirstRunWizard* m_w;
};

FirstRunWizard::FirstRunWizard(QString databasePath, QWidget* parent)
    : QWizard(parent), m_databasePath(std::move(databasePath)), m_watcher(new QFutureWatcher<Result<db::Created>>(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("BHU Clinic — first start"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);

    // Facility
    auto* facility = new CheckedPage([this] { return !m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty(); });
    facility->setTitle(tr("Facility"));
    facility->setSubTitle(tr("Which health facility this computer serves."));
    m_code = new QLineEdit(facility);
    m_code->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_code->setObjectName(QStringLiteral("facilityCode"));
    m_name = new QLineEdit(facility);
    m_name->setObjectName(QStringLiteral("facilityName"));
    m_number = new QSpinBox(facility);
    m_number->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_number->setObjectName(QStringLiteral("facilityNumber"));
    m_number->setRange(0, 99999);
    m_number->setSpecialValueText(tr("from the code"));
    m_demo = new QCheckBox(tr("&Demo facility for training: invented patients, marked DEMO on every screen, never "
                              "synchronised or reported"),
                           facility);
    m_demo->setObjectName(QStringLiteral("demoFacility"));
    connect(m_demo, &QCheckBox::toggled, facility, [this](bool on) {
        if (!on) return;
        if (m_code->text().trimmed().isEmpty()) m_code->setText(QString::fromUtf16(services::kDemoFacilityCode));
        if (m_name->text().trimmed().isEmpty()) m_name->setText(tr("Demo BHU (training)"));
    });
    auto* ff = new QFormLayout(facility);
    ff->addRow(m_demo);
    ff->addRow(tr("Facility &code:"), m_code);
    ff->addRow(tr("Facility &name:"), m_name);
    ff->addRow(tr("Facility n&umber (for provisional MR numbers):"), m_number);
    for (QLineEdit* e : {m_code, m_name}) connect(e, &QLineEdit::textChanged, facility, [facility] { facility->changed(); });
    setPage(FacilityPage, facility);

    // Administrator
    auto* admin = new CheckedPage([this] {
        return !m_user->text().trimmed().isEmpty() && !m_user->text().trimmed().contains(u' ') &&
               services::checkPasswordStrength(m_password->text(), m_user->text()).ok() && m_password->text() == m_repeat->text();
    });
    admin->setTitle(tr("Administrator"));
    admin->setSubTitle(tr("The first account. It adds the other users later (Admin → Users)."));
    m_user = new QLineEdit(QStringLiteral("admin"), admin);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_fullName = new QLineEdit(admin);
    m_fullName->setObjectName(QStringLiteral("adminFullName"));
    m_password = new QLineEdit(admin);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(admin);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_rule = new QLabel(admin);
    m_rule->setObjectName(QStringLiteral("passwordRule"));
    m_rule->setWordWrap(true);
    auto* af = new QFormLayout(admin);
    af->addRow(tr("&User name:"), m_user);
    af->addRow(tr("&Full name:"), m_fullName);
    af->addRow(tr("&Password:"), m_password);
    af->addRow(tr("&Repeat the password:"), m_repeat);
    af->addRow(m_rule);
    auto updateRule = [this, admin] {
        const Status s = services::checkPasswordStrength(m_password->text(), m_user->text());
        if (!s.ok()) m_rule->setText(s.error().message);
        else if (m_password->text() != m_repeat->text()) m_rule->setText(tr("The two passwords differ."));
        else m_rule->setText(tr("The password is good."));
        admin->changed();
    };
    for (QLineEdit* e : {m_user, m_password, m_repeat}) connect(e, &QLineEdit::textChanged, admin, updateRule);
    updateRule();
    setPage(AdminPage, admin);

    // Registry enrolment: later
    auto* registry = new QWizardPage;
    registry->setTitle(tr("National registry"));
    auto* note = new QLabel(tr("Enrolment with the national patient registry is done later, by the administrator, in the "
                               "Sync area, with the one-time enrolment token from the district. The clinic works fully "
                               "without it.\n\nNext creates the encrypted database."),
                            registry);
    note->setWordWrap(true);
    (new QVBoxLayout(registry))->addWidget(note);
    registry->setCommitPage(true);
    registry->setButtonText(QWizard::CommitButton, tr("&Create the database"));
    setPage(RegistryPage, registry);

    // Recovery key
    auto* recovery = new RecoveryKeyPage(this, [this] {
        if (!m_created) return false;
        return m_printed->isChecked() || compact(m_typedBack->text()) == compact(m_created->recoveryKey);
    });
    recovery->setTitle(tr("Recovery key"));
    recovery->setSubTitle(tr("Print this key and keep it in the facility's safe. It opens the database when no "
                             "administrator can sign in. It is shown only now."));
    m_status = new QLabel(tr("Creating the encrypted database…"), recovery);
    m_status->setObjectName(QStringLiteral("createStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(recovery);
    m_busy->setRange(0, 0);
    m_key = new QLabel(recovery);
    m_key->setObjectName(QStringLiteral("recoveryKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("Monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_key->setFont(mono);
    auto* print = new QPushButton(tr("&Print…"), recovery);
    print->setObjectName(QStringLiteral("printRecoveryKey"));
    auto* pdf = new QPushButton(tr("Save as P&DF…"), recovery);
    pdf->setObjectName(QStringLiteral("saveRecoveryPdf"));
    m_typedBack = new QLineEdit(recovery);
    m_typedBack->setObjectName(QStringLiteral("recoveryTypedBack"));
    m_printed = new QCheckBox(tr("I have &printed it and will keep it in the safe"), recovery);
    m_printed->setObjectName(QStringLiteral("recoveryPrinted"));
    auto* rl = new QVBoxLayout(recovery);
    rl->addWidget(m_status);
    rl->addWidget(m_busy);
    rl->addWidget(m_key);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addStretch();
    rl->addLayout(buttons);
    auto* typeLabel = new QLabel(tr("&Type the key back to confirm you have it:"), recovery);
    typeLabel->setBuddy(m_typedBack);
    rl->addWidget(typeLabel);
    rl->addWidget(m_typedBack);
    rl->addWidget(m_printed);
    for (QWidget* w : {static_cast<QWidget*>(print), static_cast<QWidget*>(pdf), static_cast<QWidget*>(m_typedBack),
                       static_cast<QWidget*>(m_printed), static_cast<QWidget*>(m_key)})
        w->setEnabled(false);
    connect(m_typedBack, &QLineEdit::textChanged, recovery, [recovery] { recovery->changed(); });
    connect(m_printed, &QCheckBox::toggled, recovery, [recovery] { recovery->changed(); });
    connect(print, &QPushButton::clicked, this, &FirstRunWizard::printRecoveryKey);
    connect(pdf, &QPushButton::clicked, this, &FirstRunWizard::savePdfInteractive);
    connect(this, &FirstRunWizard::databaseCreated, recovery, [this, print, pdf, recovery] {
        for (QWidget* w : {static_cast<QWidget*>(print), static_cast<QWidget*>(pdf), static_cast<QWidget*>(m_typedBack),
                           static_cast<QWidget*>(m_printed), static_cast<QWidget*>(m_key)})
            w->setEnabled(true);
        recovery->changed();
        m_typedBack->setFocus();
    });
    setPage(RecoveryPage, recovery);
    connect(m_watcher, &QFutureWatcher<Result<db::Created>>::finished, this, &FirstRunWizard::onCreated);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

FirstRunWizard::~FirstRunWizard() { forgetPassword(); }

QString FirstRunWizard::adminUser() const { return m_user->text().trimmed(); }
QString FirstRunWizard::adminPassword() const { return m_password->text(); }
bool FirstRunWizard::isBusy() const { return m_watcher->isRunning(); }

void FirstRunWizard::forgetPassword()
{
    m_password->clear();
    m_repeat->clear();
    m_typedBack->clear();
    if (m_created) m_created->recoveryKey.fill(u'0');
    m_key->clear();
}

void FirstRunWizard::reject()
{
    if (!isBusy()) QWizard::reject();
}

void FirstRunWizard::startCreating()
{
    if (m_created || isBusy()) return;
    db::CreateOptions o{m_databasePath, m_code->text().trimmed(), m_name->text().trimmed(), adminUser(), m_password->text(),
                        m_fullName->text().trimmed(), m_number->value()};
    m_watcher->setFuture(QtConcurrent::run([o, demo = m_demo->isChecked()] { return createDatabase(o, demo); }));
}

Result<db::Created> FirstRunWizard::createDatabase(const db::CreateOptions& o, bool demo)
{
    auto created = db::Store::create(o);
    if (!created.ok() || !demo) return created;
    // The demo facility is marked and gets its sample patients and visits right away.
    auto session = services::Session::unlock(o.path, o.adminUser, o.adminPassword, QStringLiteral("ui/first-run"));
    if (!session.ok()) return session.error();
    auto seeded = services::setUpDemoFacility(*session.value(), kDemoPatients, kDemoVisitsPerPatient, QDate::currentDate());
    if (!seeded.ok())
        return Error::make(seeded.error().code,
                           tr("The demo facility was created, but its sample patients could not be added: %1").arg(seeded.error().message),
                           seeded.error().detail);
    return created;
}

void FirstRunWizard::onCreated()
{
    Result<db::Created> r = m_watcher->future().takeResult();
    m_busy->hide();
    if (!r.ok()) {
        m_status->setText(tr("The database could not be created: %1").arg(r.error().message));
        return;
    }
    m_created = r.value();
    m_status->setText(tr("The database is ready. Its recovery key:"));
    m_key->setText(m_created->recoveryKey);
    Q_EMIT databaseCreated();
}

Status FirstRunWizard::saveRecoveryKeyPdf(const QString& path)
{
    if (!m_created) return Error::make(ErrorCode::Invalid, tr("The database has not been created yet."));
    return RecoveryKeySheet{m_name->text().trimmed(), m_created->recoveryKey, QDate::currentDate()}.savePdf(path);
}

void FirstRunWizard::savePdfInteractive()
{
    // No nested event loop: the dialog reports back when the user has chosen.
    auto* dialog = new QFileDialog(this, tr("Save the recovery key"), QStringLiteral("recovery-key.pdf"), tr("PDF (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (Status s = saveRecoveryKeyPdf(path); !s.ok()) m_status->setText(s.error().message);
        else m_status->setText(tr("Saved to %1. Print it, then delete the file.").arg(path));
    });
    dialog->open();
}

void FirstRunWizard::printRecoveryKey()
{
    if (!m_created) return;
    auto printer = std::make_shared<QPrinter>();
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this, printer](QPrinter*) {
        if (Status s = RecoveryKeySheet{m_name->text().trimmed(), m_created->recoveryKey, QDate::currentDate()}.print(*printer); !s.ok())
            m_status->setText(s.error().message);
        else m_printed->setChecked(true);
    });
    dialog->open();
}

} // namespace bhu::ui
