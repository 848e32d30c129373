#include "DuplicateCheckDialog.h"

#include "PatientText.h"
#include "bhu/domain/NameNormalizer.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
const QColor kMatchBackground(0xff, 0xec, 0xb3);
const QColor kReasonColor(0x9a, 0x5b, 0x00);

// The facts compared, one row each; the draft's are taken from a SearchHit-like view of it.
SearchHit hitOf(const Patient& p)
{
    SearchHit h;
    h.patientId = p.id;
    h.mr = p.mrNumber();
    h.name = p.name;
    h.nameUrdu = p.nameUrdu;
    h.relation = p.relation;
    h.guardianName = p.guardianName;
    h.sex = p.sex;
    h.birthDate = p.birthDate;
    h.birthDateEstimated = p.birthDateEstimated;
    h.cnic = PatientText::nationalIdOf(p);
    h.phone = p.phone;
    h.village = p.address.village;
    h.unionCouncil = p.address.unionCouncil;
    return h;
}

QStringList sortedKeys(const QString& name)
{
    QStringList k = normalizeName(name).keys;
    k.sort();
    return k;
}

enum Row { RName, RNameUrdu, RGuardian, RAgeSex, RCnic, RPhone, RVillage, RMr, RLastVisit, RowCount };

QString rowLabel(int row)
{
    switch (row) {
    case RName: return DuplicateCheckDialog::tr("Name");
    case RNameUrdu: return DuplicateCheckDialog::tr("Name in Urdu");
    case RGuardian: return DuplicateCheckDialog::tr("Guardian");
    case RAgeSex: return DuplicateCheckDialog::tr("Age / sex");
    case RCnic: return DuplicateCheckDialog::tr("CNIC / B-form");
    case RPhone: return DuplicateCheckDialog::tr("Phone");
    case RVillage: return DuplicateCheckDialog::tr("Village");
    case RMr: return DuplicateCheckDialog::tr("MR number");
    case RLastVisit: return DuplicateCheckDialog::tr("Last visit");
    default: return {};
    }
}

QString cellText(const SearchHit& h, int row)
{
    switch (row) {
    case RName: return h.name;
    case RNameUrdu: return h.nameUrdu;
    case RGuardian: return PatientText::guardian(h.relation, h.guardianName);
    case RAgeSex: return PatientText::ageSex(h.birthDate, h.birthDateEstimated, h.sex, PatientText::today());
    case RCnic: return PatientText::cnic(h.cnic);
    case RPhone: return PatientText::phone(h.phone);
    case RVillage: return PatientText::village(Address{{}, {}, {}, h.unionCouncil, h.village});
    case RMr: return PatientText::mr(h.mr);
    case RLastVisit: return PatientText::date(h.lastVisit);
    default: return {};
    }
}

bool matches(const SearchHit& a, const SearchHit& b, int row)
{
    switch (row) {
    case RName: return !a.name.isEmpty() && sortedKeys(a.name) == sortedKeys(b.name);
    case RNameUrdu: return !a.nameUrdu.isEmpty() && sortedKeys(a.nameUrdu) == sortedKeys(b.nameUrdu);
    case RGuardian: return !a.guardianName.isEmpty() && sortedKeys(a.guardianName) == sortedKeys(b.guardianName);
    case RAgeSex:
        return a.sex == b.sex && a.birthDate.isValid() && b.birthDate.isValid() && qAbs(a.birthDate.year() - b.birthDate.year()) <= 2;
    case RCnic: return !a.cnic.isEmpty() && a.cnic == b.cnic;
    case RPhone: return !a.phone.isEmpty() && a.phone == b.phone;
    case RVillage: return !a.village.isEmpty() && a.village.compare(b.village, Qt::CaseInsensitive) == 0;
    default: return false;
    }
}

QLabel* cell(QWidget* parent, const QString& text, bool highlight)
{
    auto* l = new QLabel(text.isEmpty() ? DuplicateCheckDialog::tr("—") : text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    l->setContentsMargins(6, 3, 6, 3);
    if (highlight) {
        l->setAutoFillBackground(true);
        QPalette p = l->palette();
        p.setColor(QPalette::Window, kMatchBackground);
        p.setColor(QPalette::WindowText, Qt::black);
        l->setPalette(p);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        l->setProperty("match", true);
    }
    return l;
}
} // namespace

DuplicateCheckDialog::DuplicateCheckDialog(const Patient& draft, const QList<DuplicateCandidate>& candidates,
                                           const QList<DuplicateCandidate>& registryCandidates, QWidget* parent)
    : QDialog(parent), m_draft(draft), m_candidates(candidates + registryCandidates), m_localCount(candidates.size())
{
    setObjectName(QStringLiteral("duplicateCheckDialog"));
    setWindowTitle(tr("Possible duplicate"));
    for (const auto& c : candidates) m_needsSupervisor = m_needsSupervisor || c.sameCnic;

    auto* heading = new QLabel(tr("This patient may already be registered"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    heading->setFont(hf);
    auto* explanation = new QLabel(tr("Compare the details and ask the patient. Matching details are highlighted. "
                                      "Open the existing patient unless you are sure this is someone else."), this);
    explanation->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("duplicateError"));
    m_error->setWordWrap(true);
    QPalette ep = m_error->palette();
    ep.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(ep);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open existing patient"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_registerNew = buttons->addButton(tr("&Register as new patient"), QDialogButtonBox::ActionRole);
    m_registerNew->setObjectName(QStringLiteral("registerNewButton"));
    m_registerNew->setAutoDefault(false);
    QPushButton* back = buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backButton"));
    back->setAutoDefault(false);
    m_back = back;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("fetchBusy"));
    m_busy->setRange(0, 0);   // no measure: the registry answers in one go
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_open->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    m_comparison = buildComparison();
    layout->addWidget(m_comparison, 1);
    if (m_needsSupervisor) layout->addWidget(buildOverride());
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &DuplicateCheckDialog::openChosen);
    connect(m_choice, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) updateButtons();
    });
    connect(m_registerNew, &QPushButton::clicked, this, [this] {
        m_error->hide();
        Q_EMIT registerNewChosen(options());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_fetching) Q_EMIT fetchCancelled();   // Cancel stops the fetch; the dialog stays
        else QDialog::reject();
    });
    updateButtons();
    m_open->setFocus();
    resize(qMin(1000, 260 + 230 * static_cast<int>(m_candidates.size() + 1)), sizeHint().height());
}

QWidget* DuplicateCheckDialog::buildComparison()
{
    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto* grid = new QWidget(area);
    grid->setObjectName(QStringLiteral("comparison"));
    auto* g = new QGridLayout(grid);
    g->setHorizontalSpacing(2);
    g->setVerticalSpacing(2);
    m_choice = new QButtonGroup(this);

    const SearchHit draft = hitOf(m_draft);
    auto* draftTitle = new QLabel(tr("Being registered"), grid);
    QFont bold = draftTitle->font();
    bold.setBold(true);
    draftTitle->setFont(bold);
    g->addWidget(draftTitle, 0, 1);
    for (int c = 0; c < m_candidates.size(); ++c) {
        const DuplicateCandidate& cand = m_candidates.at(c);
        const bool registry = c >= m_localCount;
        auto* radio = new QRadioButton(registry ? tr("Registry patient %1").arg(c - m_localCount + 1) : tr("Existing patient %1").arg(c + 1), grid);
        radio->setObjectName(QStringLiteral("candidate%1").arg(c));
        radio->setFont(bold);
        m_choice->addButton(radio, c);
        if (c == 0) radio->setChecked(true);
        g->addWidget(radio, 0, c + 2);
        auto* reasons = new QLabel(cand.reasons.join(u'\n'), grid);
        reasons->setObjectName(QStringLiteral("reasons%1").arg(c));
        if (registry) reasons->setToolTip(tr("Found in the national registry: registered at another facility."));
        reasons->setFont(bold);
        QPalette rp = reasons->palette();
        rp.setColor(QPalette::WindowText, cand.sameCnic ? QColor(0xb0, 0x1c, 0x1c) : kReasonColor);
        reasons->setPalette(rp);
        reasons->setWordWrap(true);
        g->addWidget(reasons, 1, c + 2);
    }
    for (int row = 0; row < RowCount; ++row) {
        auto* label = new QLabel(rowLabel(row), grid);
        label->setForegroundRole(QPalette::PlaceholderText);
        g->addWidget(label, row + 2, 0);
        g->addWidget(cell(grid, row == RMr ? tr("(new)") : cellText(draft, row), false), row + 2, 1);
        for (int c = 0; c < m_candidates.size(); ++c) {
            const SearchHit& hit = m_candidates.at(c).hit;
            g->addWidget(cell(grid, cellText(hit, row), matches(draft, hit, row)), row + 2, c + 2);
        }
    }
    g->setRowStretch(RowCount + 2, 1);
    area->setWidget(grid);
    return area;
}

QGroupBox* DuplicateCheckDialog::buildOverride()
{
    auto* box = new QGroupBox(tr("Supervisor override"), this);
    box->setObjectName(QStringLiteral("overrideBox"));
    auto* why = new QLabel(tr("The CNIC is already on another patient. To register a second patient with it, "
                              "a supervisor must sign in here; this is recorded in the audit trail."), box);
    why->setWordWrap(true);
    m_overrideUser = new QLineEdit(box);
    m_overrideUser->setObjectName(QStringLiteral("overrideUserEdit"));
    m_overridePassword = new QLineEdit(box);
    m_overridePassword->setObjectName(QStringLiteral("overridePasswordEdit"));
    m_overridePassword->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout(box);
    form->addRow(why);
    form->addRow(tr("Supervisor &user name:"), m_overrideUser);
    form->addRow(tr("Supervisor &password:"), m_overridePassword);
    connect(m_overrideUser, &QLineEdit::textChanged, this, &DuplicateCheckDialog::updateButtons);
    connect(m_overridePassword, &QLineEdit::textChanged, this, &DuplicateCheckDialog::updateButtons);
    return box;
}

void DuplicateCheckDialog::openChosen()
{
    m_error->hide();
    if (selectedIsRegistry()) {
        Q_EMIT registryMatchChosen(selectedPatientId());   // the form accepts once it is fetched
        return;
    }
    Q_EMIT openExistingChosen(selectedPatientId());
    accept();
}

bool DuplicateCheckDialog::selectedIsRegistry() const
{
    return m_choice->checkedId() >= m_localCount;
}

void DuplicateCheckDialog::updateButtons()
{
    m_open->setText(selectedIsRegistry() ? tr("&Same person: fetch the registry record") : tr("&Open existing patient"));
    m_open->setToolTip(selectedIsRegistry() ? tr("Fetches this patient and their history from the national registry instead of "
                                                 "registering them again. The access is recorded.")
                                            : QString());
    const bool overridden = m_overrideUser && !m_overrideUser->text().trimmed().isEmpty() && !m_overridePassword->text().isEmpty();
    m_registerNew->setEnabled(!m_needsSupervisor || overridden);
    m_registerNew->setToolTip(m_registerNew->isEnabled() ? QString()
                                                         : tr("A patient with this CNIC exists: a supervisor must allow a second one."));
}

QString DuplicateCheckDialog::selectedPatientId() const
{
    const int i = m_choice->checkedId();
    return i >= 0 && i < m_candidates.size() ? m_candidates.at(i).hit.patientId : QString();
}

services::RegisterOptions DuplicateCheckDialog::options() const
{
    services::RegisterOptions o;
    o.confirmedNotDuplicate = true;
    if (m_needsSupervisor) {
        o.cnicOverrideBy = m_overrideUser->text().trimmed();
        o.cnicOverridePassword = m_overridePassword->text();
    }
    return o;
}

void DuplicateCheckDialog::reject()
{
    if (m_fetching) Q_EMIT fetchCancelled();
    QDialog::reject();
}

void DuplicateCheckDialog::setFetching(bool fetching)
{
    m_fetching = fetching;
    m_busy->setVisible(fetching);
    m_comparison->setEnabled(!fetching);
    m_open->setEnabled(!fetching);
    m_back->setText(fetching ? tr("&Cancel") : tr("&Back to the form"));
    m_back->setToolTip(fetching ? tr("Stops fetching the registry record. Nothing is fetched.") : QString());
    if (fetching) {
        m_error->hide();
        m_registerNew->setEnabled(false);
    } else {
        updateButtons();
    }
}

void DuplicateCheckDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (m_overridePassword) {
        m_overridePassword->clear();
        m_overridePassword->setFocus();
    }
}

} // namespace bhu::ui
