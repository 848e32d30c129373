#include "VisitForm.h"

#include "VisitFields.h"
#include "VisitText.h"
#include "VitalsPanel.h"
#include "consult/AnswerActions.h"
#include "consult/AskSpecialistDialog.h"
#include "consult/LiveCallBar.h"
#include "consult/VisitConsultationsPanel.h"
#include "bhu/services/ConsultationService.h"
#include "bhu/services/WithdrawalService.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "patients/WithdrawDialog.h"
#include "print/VisitPrinting.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace bhu::ui {

VisitForm::VisitForm(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_printing(new VisitPrinting(m_access, this))
{
    setObjectName(QStringLiteral("visitForm"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("visitHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_correction = new QLabel(this);
    m_correction->setObjectName(QStringLiteral("correctionLabel"));
    m_correction->setTextFormat(Qt::PlainText);
    m_correction->setWordWrap(true);
    m_withdrawn = new QLabel(this);
    m_withdrawn->setObjectName(QStringLiteral("withdrawnLabel"));
    m_withdrawn->setTextFormat(Qt::PlainText);
    m_withdrawn->setWordWrap(true);
    {
        QPalette p = m_withdrawn->palette();
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        m_withdrawn->setPalette(p);
    }
    m_withdrawn->hide();
    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));

    m_fields = new VisitFields;
    m_vitals = m_fields->vitals();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_fields);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_save = button(tr("&Save draft (Ctrl+S)"), "saveDraftButton");
    m_close = button(tr("Close and si&gn (Ctrl+Enter)"), "closeButton");
    m_correct = button(tr("Co&rrect…"), "correctButton");
    QPushButton* rx = button(tr("Print &prescription…"), "printPrescriptionButton");
    QPushButton* slip = button(tr("Print referral s&lip…"), "printReferralButton");
    QPushButton* slipPdf = button(tr("Referral slip as PDF…"), "referralPdfButton");
    m_ask = button(tr("As&k a specialist… (Ctrl+Shift+A)"), "askSpecialistButton");
    m_mayAsk = m_access->runWith<services::ConsultationService>([](services::ConsultationService& s) { return s.mayRequest(); });
    m_ask->setVisible(m_mayAsk);
    m_withdraw = button(tr("&Withdraw (entered in error)…"), "withdrawVisitButton");
    m_mayWithdraw = m_access->runWith<services::WithdrawalService>([](services::WithdrawalService& s) { return s.mayWithdraw(); });
    m_withdraw->setVisible(m_mayWithdraw);
    QPushButton* back = button(tr("&Back (Esc)"), "visitBackButton");
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_save, m_close, m_correct, m_ask, rx, slip, slipPdf, m_withdraw}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(back);

    // The visit's teleconsultations with the answer and its adoption (hidden when none).
    m_consults = new VisitConsultationsPanel(m_access, this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_versionCombo);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_withdrawn);
    layout->addWidget(m_correction);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_consults);
    layout->addLayout(buttons);
    setFocusProxy(m_fields);

    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Save, [this] { saveDraft(); });
    // Leaving an open visit keeps what was typed: the draft is saved first (and the form stays
    // if it cannot be saved). A correction in progress is abandoned.
    auto goBack = [this] {
        if (!m_readOnly && !m_correcting && !saveDraft()) return;
        Q_EMIT backRequested();
    };
    shortcut(QKeySequence(Qt::Key_Escape), goBack);
    // Jump to a section without the mouse: Alt+D diagnoses, Alt+M medicines, Ctrl+R the referral
    // box (Space ticks it) (Alt+C complaint and Alt+A advice are the labels' own mnemonics).
    auto focusChild = [this](const char* name) {
        if (auto* w = findChild<QWidget*>(QString::fromLatin1(name)); w && w->isEnabled()) w->setFocus(Qt::ShortcutFocusReason);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_D), [focusChild] { focusChild("diagnosisSearch"); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_M), [focusChild] { focusChild("medicineSearch"); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), [focusChild] { focusChild("referralCheck"); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { requestClose(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { requestClose(); });
    connect(m_save, &QPushButton::clicked, this, &VisitForm::saveDraft);
    connect(m_close, &QPushButton::clicked, this, &VisitForm::requestClose);
    connect(m_correct, &QPushButton::clicked, this, &VisitForm::startCorrection);
    connect(m_ask, &QPushButton::clicked, this, &VisitForm::askSpecialist);
    connect(m_withdraw, &QPushButton::clicked, this, &VisitForm::withdrawVisit);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { askSpecialist(); });
    connect(back, &QPushButton::clicked, this, goBack);
    using Doc = VisitPrinting::Document;
    connect(rx, &QPushButton::clicked, this, [this] { m_printing->print(record(), m_patient, Doc::Prescription); });
    connect(slip, &QPushButton::clicked, this, [this] { m_printing->print(record(), m_patient, Doc::ReferralSlip); });
    connect(slipPdf, &QPushButton::clicked, this, [this] { m_printing->saveAsPdf(record(), m_patient, Doc::ReferralSlip); });
    connect(m_printing, &VisitPrinting::finished, this, [this](const QString& m) { showMessage(m, false); });
    connect(m_printing, &VisitPrinting::failed, this, [this](const QString& m) { showMessage(m, true); });
    connect(m_vitals, &VitalsPanel::edited, this, &VisitForm::checkVitals);
    // Adopting the answer: what was typed is saved first (the order is added to the saved
    // draft), and the form then shows the visit as it is now.
    m_consults->actions()->setBeforeAdopt([this] {
        if (m_correcting) {
            showMessage(tr("Save or leave the correction first; then add the specialist's advice."), true);
            return false;
        }
        return m_readOnly || saveDraft();
    });
    connect(m_consults->actions(), &AnswerActions::adopted, this, [this](const VisitRecord& r, const QString& message) {
        setRecord(r, m_patient);
        showMessage(message, false);
        Q_EMIT changed(m_record);
    });
    connect(m_consults->actions(), &AnswerActions::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_consults->callBar(), &LiveCallBar::callLogged, this, [this](const Visit&, const QString& message) {
        showMessage(message, false);
        Q_EMIT changed(m_record);   // the patient's timeline shows the new encounter
    });
    connect(m_consults->callBar(), &LiveCallBar::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(m_versionCombo, &QComboBox::activated, this, [this](int i) {
        if (i < 0 || i >= m_versions.size()) return;
        const QList<VisitRecord> keep = m_versions;
        setRecord(m_versions.at(i), m_patient);
        m_versions = keep;
    });
}

VisitForm::~VisitForm() = default;

void VisitForm::setRecord(const VisitRecord& r, const Patient& patient)
{
    m_record = r;
    m_patient = patient;
    m_correcting = false;
    const auto months = ageInMonths(patient.birthDate, PatientText::today());
    m_fields->load(r, !months || *months < 60);
    setReadOnly(!r.visit.isOpen());
    showMessage(QString(), false);
    loadVersions();
    updateHeader();
    m_consults->load(r.visit.id);
    showWithdrawal();
    if (!m_readOnly && r.vitals) checkVitals();
}

void VisitForm::loadVersions()
{
    m_versions.clear();
    if (!m_record.visit.isOpen()) {
        auto v = m_access->runVisits([this](services::VisitService& s) { return s.versions(m_record.visit.id); });
        if (v.ok()) m_versions = v.value();
    }
    m_versionCombo->clear();
    for (const VisitRecord& v : std::as_const(m_versions))
        m_versionCombo->addItem(tr("Version %1").arg(QLocale().toString(v.visit.version)));
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions.at(i).visit.id == m_record.visit.id) m_versionCombo->setCurrentIndex(i);
    m_versionCombo->setVisible(m_versions.size() > 1);
}

void VisitForm::showWithdrawal()
{
    const QString id = m_record.visit.id;
    auto w = m_access->runWith<services::WithdrawalService>(
        [&id](services::WithdrawalService& s) { return s.withdrawal(QStringLiteral("Encounter"), id); });
    m_isWithdrawn = w.ok() && w->has_value();
    if (m_isWithdrawn) {
        const db::Tombstone& t = **w;
        m_withdrawn->setText(t.origin == u"registry"
                                 ? tr("Withdrawn (entered in error) at the facility that recorded it. It no longer counts.")
                                 : tr("Withdrawn (entered in error) by %1 on %2: %3. It no longer counts.")
                                       .arg(t.withdrawnBy, QLocale().toString(t.withdrawnAt.toLocalTime(), QLocale::ShortFormat), t.reason));
        setReadOnly(true);
        m_correct->setVisible(false);
    }
    m_withdrawn->setVisible(m_isWithdrawn);
    m_withdraw->setEnabled(m_mayWithdraw && !m_isWithdrawn && !id.isEmpty());
}

WithdrawDialog* VisitForm::withdrawVisit()
{
    if (!m_mayWithdraw || m_isWithdrawn || m_correcting || m_record.visit.id.isEmpty()) return nullptr;
    const QString id = m_record.visit.id;
    auto* dialog = new WithdrawDialog(
        tr("Withdraw a visit entered in error"),
        tr("Withdraw this visit (token %1, %2) because it was entered in error — for example recorded under the wrong "
           "patient or twice? Its diagnoses, prescriptions, referral and vital signs are withdrawn with it, and every "
           "version if it was corrected.")
            .arg(QLocale().toString(m_record.visit.tokenNumber), QLocale().toString(m_record.visit.startedAt.toLocalTime().date(), QLocale::ShortFormat)),
        [this, id](const QString& reason) {
            return m_access->runWith<services::WithdrawalService>(
                [&](services::WithdrawalService& s) { return s.withdrawVisit(id, reason); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        setRecord(m_record, m_patient);
        showMessage(tr("Visit withdrawn. It no longer counts here and, after the next sync, at other facilities."), false);
        Q_EMIT changed(m_record);
    });
    dialog->open();
    return dialog;
}

void VisitForm::updateHeader()
{
    m_header->setText(VisitText::header(m_record.visit, m_patient));
    m_correction->setText(VisitText::correction(m_record.visit));
    m_correction->setVisible(m_record.visit.isAmendment());
}

VisitRecord VisitForm::record() const
{
    VisitRecord r = m_record;
    m_fields->fill(r);
    return r;
}

bool VisitForm::checkVitals()
{
    if (!m_vitals->showErrors()) return false;
    VisitRecord r = record();
    auto check = m_access->runVisits([&r](services::VisitService& s) { return s.checkDraft(r); });
    if (check.ok()) m_vitals->showFlags(check->flags);
    return true;
}

bool VisitForm::saveDraft()
{
    if (m_readOnly || m_correcting) return false;
    if (!checkVitals()) {
        showMessage(tr("Some vital signs cannot be right; see the message next to each. Nothing was saved."), true);
        return false;
    }
    VisitRecord r = record();
    const Status st = m_access->runVisits([&r](services::VisitService& s) { return s.saveDraft(r); });
    if (!st.ok()) {
        showMessage(st.error().message, true);
        return false;
    }
    m_record = r;
    showMessage(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    Q_EMIT changed(m_record);
    return true;
}

void VisitForm::requestClose()
{
    if (m_readOnly) return;
    if (!checkVitals()) {
        showMessage(tr("Some vital signs cannot be right; see the message next to each. Nothing was saved."), true);
        return;
    }
    if (m_correcting) {
        auto* ask = new QInputDialog(this);
        ask->setObjectName(QStringLiteral("correctionReasonDialog"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Correct a signed visit"));
        ask->setLabelText(tr("Why is this visit corrected? The original stays in the record."));
        connect(ask, &QInputDialog::textValueSelected, this, &VisitForm::saveCorrection);
        ask->open();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Close and sign"),
                                tr("Close and sign this visit? It cannot be changed afterwards, only corrected with a reason."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("closeConfirmBox"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) closeConfirmed();
    });
    box->open();
}

void VisitForm::closeConfirmed()
{
    VisitRecord r = record();
    auto closed = m_access->runVisits([&r](services::VisitService& s) { return s.closeVisit(r); });
    if (!closed.ok()) {
        showMessage(closed.error().message, true);
        return;
    }
    setRecord(closed.value(), m_patient);
    showMessage(tr("Visit closed and signed."), false);
    Q_EMIT changed(m_record);
}

void VisitForm::startCorrection()
{
    if (m_record.visit.isOpen() || m_correcting) return;
    if (!m_versions.isEmpty() && m_versions.constLast().visit.id != m_record.visit.id) {
        showMessage(tr("Only the latest version can be corrected."), true);
        return;
    }
    setReadOnly(false);
    m_correcting = true;
    m_save->setEnabled(false);
    m_withdraw->setEnabled(false);   // a correction in progress is finished or abandoned first
    m_close->setText(tr("Save &correction (Ctrl+Enter)"));
    showMessage(tr("Correcting a signed visit: change what is wrong, then press Ctrl+Enter and give the reason."), false);
    m_fields->complaint()->setFocus();
}

void VisitForm::saveCorrection(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("A correction needs a reason. Nothing was saved."), true);
        return;
    }
    VisitRecord r = record();
    const QString id = m_record.visit.id;
    auto amended = m_access->runVisits([&](services::VisitService& s) { return s.amendVisit(id, r, reason.trimmed()); });
    if (!amended.ok()) {
        showMessage(amended.error().message, true);
        return;
    }
    setRecord(amended.value(), m_patient);
    showMessage(tr("Correction saved; the original version is kept."), false);
    Q_EMIT changed(m_record);
}

void VisitForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_fields->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    m_close->setEnabled(!readOnly);
    m_close->setText(tr("Close and si&gn (Ctrl+Enter)"));
    m_correct->setVisible(readOnly);
    m_ask->setEnabled(!readOnly && m_mayAsk);
    m_withdraw->setEnabled(m_mayWithdraw && !m_isWithdrawn && !m_correcting);
}

AskSpecialistDialog* VisitForm::askSpecialist()
{
    if (m_readOnly || !m_mayAsk || m_record.visit.id.isEmpty()) return nullptr;
    if (!saveDraft()) return nullptr;   // the case summary is built from the saved visit
    auto* dialog = new AskSpecialistDialog(m_access, m_record.visit.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(tr("Request sent to the %1 specialist. It is stored here and travels with the next sync.")
                        .arg(specialtyName(dialog->sent().specialty)),
                    false);
        m_consults->load(m_record.visit.id);
    });
    dialog->open();
    return dialog;
}

void VisitForm::showMessage(const QString& text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1b, 0x6e, 0x3a));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace bhu::ui
