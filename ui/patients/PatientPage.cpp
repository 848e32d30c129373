#include "PatientPage.h"

#include "PatientHistoryView.h"
#include "PatientText.h"
#include "SessionAccess.h"
#include "WithdrawDialog.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/services/PatientLinkService.h"
#include "bhu/services/WithdrawalService.h"
#include "print/PatientPrinting.h"
#include "visits/VisitTimeline.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
QFont scaled(const QFont& base, qreal factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}
} // namespace

PatientPage::PatientPage(std::shared_ptr<SessionAccess> access, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_printing(new PatientPrinting(m_access, this))
{
    setObjectName(QStringLiteral("patientPage"));
    auto* header = new QWidget(this);
    m_name = fact("patientNameLabel", header);
    m_name->setFont(scaled(font(), 1.6, true));
    m_nameUrdu = fact("patientNameUrduLabel", header);
    m_nameUrdu->setFont(PatientText::urduFont(font().pointSizeF() * 1.4));
    // Under the Latin name on the layout's leading side (a label would align Urdu text by its own direction).
    m_nameUrdu->setAlignment(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignVCenter));
    m_guardian = fact("guardianLabel", header);
    m_guardian->setFont(scaled(font(), 1.15, false));
    m_ageSex = fact("ageSexLabel", header);
    m_mr = fact("mrLabel", header);
    QFont mrFont(QStringLiteral("DejaVu Sans Mono"));
    mrFont.setPointSizeF(font().pointSizeF() * 2.0);
    mrFont.setBold(true);
    m_mr->setFont(mrFont);
    m_mr->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mr->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_mrKind = fact("mrKindLabel", header);
    m_mrKind->setForegroundRole(QPalette::PlaceholderText);
    m_mrKind->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_cnic = fact("cnicLabel", header);
    m_phone = fact("phoneLabel", header);
    m_village = fact("villageLabel", header);
    m_merged = fact("mergedLabel", header);   // registry merges: "Merged from MR …"
    m_merged->setWordWrap(true);
    m_merged->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_nameUrdu);
    who->addWidget(m_guardian);
    who->addWidget(m_ageSex);
    auto* ids = new QFormLayout;
    ids->setLabelAlignment(Qt::AlignTrailing);
    ids->addRow(tr("CNIC / B-form:"), m_cnic);
    ids->addRow(tr("Phone:"), m_phone);
    ids->addRow(tr("Village:"), m_village);
    auto* mrBox = new QVBoxLayout;
    mrBox->addWidget(m_mr);
    mrBox->addWidget(m_mrKind);
    mrBox->addWidget(m_merged);
    mrBox->addStretch(1);
    auto* top = new QHBoxLayout(header);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(who, 2);
    top->addSpacing(24);
    top->addLayout(ids, 2);
    top->addLayout(mrBox, 1);

    auto button = [this](const QString& text, const char* name, const QKeySequence& key) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        if (!key.isEmpty()) {
            b->setToolTip(key.toString(QKeySequence::NativeText));
            auto* s = new QShortcut(key, this, b, &QPushButton::click);
            s->setContext(Qt::WidgetWithChildrenShortcut);
        }
        return b;
    };
    m_edit = button(tr("&Edit details"), "editButton", QKeySequence(tr("Ctrl+E")));
    QPushButton* card = button(tr("Print &card…"), "printCardButton", QKeySequence::Print);
    QPushButton* cardPdf = button(tr("Card as PDF…"), "cardPdfButton", {});
    QPushButton* token = button(tr("Print &token slip…"), "printTokenButton", QKeySequence(tr("Ctrl+T")));
    QPushButton* tokenPdf = button(tr("Token as PDF…"), "tokenPdfButton", {});
    QPushButton* start = button(tr("&Start visit"), "startVisitButton", QKeySequence(tr("Ctrl+Shift+V")));
    m_withdraw = button(tr("&Withdraw registration (entered in error)…"), "withdrawPatientButton", {});
    m_mayWithdraw = m_access->runWith<services::WithdrawalService>([](services::WithdrawalService& s) { return s.mayWithdraw(); });
    m_withdraw->setVisible(m_mayWithdraw);
    QPushButton* back = button(tr("&Back to search"), "backButton", QKeySequence(Qt::Key_Escape));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {start, m_edit, card, cardPdf, token, tokenPdf, m_withdraw}) buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(back);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* visits = new QGroupBox(tr("Visits"), this);
    m_timeline = new VisitTimeline(m_access, visits);
    (new QVBoxLayout(visits))->addWidget(m_timeline);
    auto* historyBox = new QGroupBox(tr("Changes to the details"), this);
    m_history = new PatientHistoryView(historyBox);
    (new QVBoxLayout(historyBox))->addWidget(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(visits, 2);
    layout->addWidget(historyBox, 1);
    setFocusProxy(m_edit);

    using Doc = PatientPrinting::Document;
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_patient); });
    connect(back, &QPushButton::clicked, this, &PatientPage::backRequested);
    connect(start, &QPushButton::clicked, this, &PatientPage::startVisit);
    connect(m_withdraw, &QPushButton::clicked, this, &PatientPage::withdrawPatient);
    connect(m_timeline, &VisitTimeline::openVisit, this, &PatientPage::openVisitRequested);
    connect(card, &QPushButton::clicked, this, [this] { m_printing->print(m_patient, Doc::Card); });
    connect(cardPdf, &QPushButton::clicked, this, [this] { m_printing->saveAsPdf(m_patient, Doc::Card); });
    connect(token, &QPushButton::clicked, this, [this] { m_printing->print(m_patient, Doc::TokenSlip); });
    connect(tokenPdf, &QPushButton::clicked, this, [this] { m_printing->saveAsPdf(m_patient, Doc::TokenSlip); });
    connect(m_printing, &PatientPrinting::finished, this, [this](const QString& m) { showMessage(m, false); });
    connect(m_printing, &PatientPrinting::failed, this, [this](const QString& m) { showMessage(m, true); });
}

QLabel* PatientPage::fact(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return l;
}

void PatientPage::showMessage(const QString& text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1b, 0x6e, 0x3a));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PatientPage::setPatient(const Patient& p)
{
    m_patient = p;
    const QString dash = tr("—");
    m_name->setText(p.name);
    m_nameUrdu->setText(p.nameUrdu);
    m_nameUrdu->setVisible(!p.nameUrdu.isEmpty());
    m_guardian->setText(PatientText::guardian(p.relation, p.guardianName));
    const QString age = PatientText::age(p.birthDate, p.birthDateEstimated, PatientText::today());
    m_ageSex->setText(age.isEmpty() ? PatientText::sexName(p.sex) : tr("%1, %2").arg(PatientText::sexName(p.sex), age));
    m_mr->setText(PatientText::mr(p.mrNumber()));
    m_mrKind->setText(MrNumber::parse(p.mrNumber()).ok() && MrNumber::parse(p.mrNumber())->isProvisional()
                          ? tr("Provisional MR number (this facility)")
                          : tr("MR number"));
    const QString id = PatientText::cnic(PatientText::nationalIdOf(p));
    m_cnic->setText(id.isEmpty() ? (p.guardianCnic.isEmpty() ? dash : tr("Guardian: %1").arg(PatientText::cnic(p.guardianCnic))) : id);
    m_phone->setText(p.phone.isEmpty() ? dash : PatientText::phone(p.phone));
    const QString village = PatientText::village(p.address);
    m_village->setText(village.isEmpty() ? dash : village);
    showMessage(QString(), false);
    showMergeInfo(p.id);

    m_timeline->load(p.id);
    auto history = m_access->run([&p](services::PatientService& s) { return s.history(p.id); });
    if (history.ok()) m_history->setVersions(history.value());
    else m_history->clear();
}

void PatientPage::showMergeInfo(const QString& patientId)
{
    auto info = m_access->runWith<services::PatientLinkService>([&patientId](services::PatientLinkService& s) { return s.info(patientId); });
    QStringList lines;
    if (info.ok()) {
        QStringList numbers;
        for (const QString& mr : info->mergedFromMr) numbers << PatientText::mr(mr);
        if (!numbers.isEmpty()) lines << tr("Merged from MR %1").arg(QLocale().createSeparatedList(numbers));
        if (!info->replacedById.isEmpty()) lines << tr("This record was merged into MR %1; use that record.").arg(PatientText::mr(info->replacedByMr));
    }
    m_merged->setText(lines.join(u'\n'));
    m_merged->setVisible(!lines.isEmpty());
}

void PatientPage::startVisit()
{
    if (m_patient.id.isEmpty()) return;
    const QString id = m_patient.id;
    auto v = m_access->runVisits([&id](services::VisitService& s) { return s.startVisit(id); });
    if (!v.ok()) {
        showMessage(v.error().message, true);
        return;
    }
    showMessage(tr("Visit started: token %1.").arg(QLocale().toString(v->tokenNumber)), false);
    reloadVisits();
    Q_EMIT visitStarted(v.value());
}

WithdrawDialog* PatientPage::withdrawPatient()
{
    if (!m_mayWithdraw || m_patient.id.isEmpty()) return nullptr;
    const QString id = m_patient.id;
    auto* dialog = new WithdrawDialog(
        tr("Withdraw a registration entered in error"),
        tr("Withdraw the registration of %1 (MR %2) because it was made by mistake — for example a test, or a second "
           "registration of someone already registered? Every visit of this patient must be withdrawn first; a person "
           "registered twice who has visits under both records is merged instead (ask the supervisor).")
            .arg(m_patient.name, PatientText::mr(m_patient.mrNumber())),
        [this, id](const QString& reason) {
            return m_access->runWith<services::WithdrawalService>(
                [&](services::WithdrawalService& s) { return s.withdrawPatient(id, reason); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_patient = Patient{};
        Q_EMIT backRequested();
    });
    dialog->open();
    return dialog;
}

void PatientPage::reloadVisits()
{
    if (!m_patient.id.isEmpty()) m_timeline->load(m_patient.id);
}

} // namespace bhu::ui
