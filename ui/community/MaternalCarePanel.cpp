#include "MaternalCarePanel.h"

#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "bhu/services/MaternalService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
QDateEdit* dateEdit(QWidget* parent, const char* name)
{
    auto* d = new QDateEdit(parent);
    d->setObjectName(QString::fromLatin1(name));
    d->setLayoutDirection(Qt::LeftToRight);   // dates read left to right in Urdu too
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setCalendarPopup(true);
    return d;
}

// 0 on a spin box means "not measured".
std::optional<int> measured(const QSpinBox* b) { return b->value() > 0 ? std::optional<int>(b->value()) : std::nullopt; }
std::optional<double> measured(const QDoubleSpinBox* b) { return b->value() > 0 ? std::optional<double>(b->value()) : std::nullopt; }
} // namespace

MaternalCarePanel::MaternalCarePanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_clock(clock)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("maternalStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(contactForm());
    layout->addWidget(fpForm());
    layout->addWidget(outcomeForm());
    layout->addWidget(m_status);
}

QWidget* MaternalCarePanel::contactForm()
{
    auto* box = new QGroupBox(tr("Antenatal or postnatal visit"), this);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("contactKind"));
    m_kind->addItem(tr("Antenatal (ANC)"), mchKindCode(MchKind::Antenatal));
    m_kind->addItem(tr("Postnatal (PNC)"), mchKindCode(MchKind::Postnatal));
    m_date = dateEdit(box, "contactDate");
    m_systolic = new QSpinBox(box);
    m_systolic->setObjectName(QStringLiteral("contactSystolic"));
    m_systolic->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too
    m_systolic->setRange(0, 300);
    m_systolic->setSpecialValueText(tr("not measured"));
    m_diastolic = new QSpinBox(box);
    m_diastolic->setObjectName(QStringLiteral("contactDiastolic"));
    m_diastolic->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too
    m_diastolic->setRange(0, 200);
    m_diastolic->setSpecialValueText(tr("not measured"));
    m_weight = new QDoubleSpinBox(box);
    m_weight->setObjectName(QStringLiteral("contactWeight"));
    m_weight->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too
    m_weight->setRange(0, 250);
    m_weight->setDecimals(1);
    m_weight->setSpecialValueText(tr("not measured"));
    m_hb = new QDoubleSpinBox(box);
    m_hb->setObjectName(QStringLiteral("contactHb"));
    m_hb->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too
    m_hb->setRange(0, 25);
    m_hb->setDecimals(1);
    m_hb->setSpecialValueText(tr("not measured"));
    m_signs = new QListWidget(box);
    m_signs->setObjectName(QStringLiteral("contactDangerSigns"));
    m_signs->setAccessibleName(tr("Danger signs"));
    for (const QString& code : dangerSignCodes()) {
        auto* item = new QListWidgetItem(dangerSignName(code), m_signs);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_signs->setMaximumHeight(m_signs->sizeHintForRow(0) * 5 + 4);
    m_recordContact = new QPushButton(tr("Record &visit"), box);
    m_recordContact->setObjectName(QStringLiteral("recordContact"));
    auto* f = new QFormLayout(box);
    f->addRow(tr("&Kind of visit"), m_kind);
    f->addRow(tr("Visit da&te"), m_date);
    f->addRow(tr("BP s&ystolic (mmHg)"), m_systolic);
    f->addRow(tr("BP dia&stolic (mmHg)"), m_diastolic);
    f->addRow(tr("&Weight (kg)"), m_weight);
    f->addRow(tr("&Hb (g/dL)"), m_hb);
    f->addRow(tr("Da&nger signs (Space to tick)"), m_signs);
    f->addRow(m_recordContact);
    connect(m_recordContact, &QPushButton::clicked, this, &MaternalCarePanel::recordContact);
    return box;
}

QWidget* MaternalCarePanel::fpForm()
{
    auto* box = new QGroupBox(tr("Family planning visit"), this);
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("fpMethod"));
    for (const QString& code : fpMethodCodes()) m_method->addItem(fpMethodName(code), code);
    m_newAcceptor = new QCheckBox(tr("New &acceptor (first use of any method)"), box);
    m_newAcceptor->setObjectName(QStringLiteral("fpNewAcceptor"));
    m_fpDate = dateEdit(box, "fpDate");
    m_recordFp = new QPushButton(tr("Record &family planning"), box);
    m_recordFp->setObjectName(QStringLiteral("recordFp"));
    auto* f = new QFormLayout(box);
    f->addRow(tr("&Method"), m_method);
    f->addRow(m_newAcceptor);
    f->addRow(tr("Visit &date"), m_fpDate);
    f->addRow(m_recordFp);
    connect(m_recordFp, &QPushButton::clicked, this, &MaternalCarePanel::recordFp);
    return box;
}

QWidget* MaternalCarePanel::outcomeForm()
{
    auto* box = new QGroupBox(tr("Delivery or end of pregnancy"), this);
    m_outcome = new QComboBox(box);
    m_outcome->setObjectName(QStringLiteral("pregnancyOutcome"));
    for (PregnancyOutcome o : {PregnancyOutcome::LiveBirth, PregnancyOutcome::Stillbirth, PregnancyOutcome::Miscarriage})
        m_outcome->addItem(pregnancyOutcomeName(o), pregnancyOutcomeCode(o));
    m_outcomeDate = dateEdit(box, "outcomeDate");
    m_place = new QComboBox(box);
    m_place->setObjectName(QStringLiteral("deliveryPlace"));
    for (const QString& code : deliveryPlaceCodes()) m_place->addItem(deliveryPlaceName(code), code);
    m_attendant = new QLineEdit(box);
    m_attendant->setObjectName(QStringLiteral("deliveryAttendant"));
    m_attendant->setPlaceholderText(tr("LHV, doctor, LHW, dai, …"));
    m_recordOutcome = new QPushButton(tr("Record &outcome"), box);
    m_recordOutcome->setObjectName(QStringLiteral("recordOutcome"));
    auto* f = new QFormLayout(box);
    f->addRow(tr("O&utcome"), m_outcome);
    f->addRow(tr("Date of deli&very"), m_outcomeDate);
    f->addRow(tr("&Place of delivery"), m_place);
    f->addRow(tr("Atte&ndant"), m_attendant);
    f->addRow(m_recordOutcome);
    connect(m_recordOutcome, &QPushButton::clicked, this, &MaternalCarePanel::recordOutcome);
    return box;
}

QDate MaternalCarePanel::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

void MaternalCarePanel::showWoman(const Patient& p, const QList<Pregnancy>& pregnancies)
{
    m_woman = p;
    m_ongoingId.clear();
    m_lastPregnancyId = pregnancies.isEmpty() ? QString() : pregnancies.first().id;
    for (const Pregnancy& preg : pregnancies)
        if (preg.isOngoing()) m_ongoingId = preg.id;
    for (QDateEdit* d : {m_date, m_fpDate, m_outcomeDate}) {
        d->setMaximumDate(today());
        d->setDate(today());
    }
    m_recordContact->setEnabled(!m_lastPregnancyId.isEmpty());
    m_recordOutcome->setEnabled(!m_ongoingId.isEmpty());
}

void MaternalCarePanel::done(const QString& text)
{
    m_status->setText(text);
    Q_EMIT recorded();
}

void MaternalCarePanel::recordContact()
{
    MchContact c;
    c.patientId = m_woman.id;
    c.kind = mchKindFromCode(m_kind->currentData().toString()).value_or(MchKind::Antenatal);
    c.pregnancyId = c.kind == MchKind::Antenatal && !m_ongoingId.isEmpty() ? m_ongoingId : m_lastPregnancyId;
    c.date = m_date->date();
    c.systolic = measured(m_systolic);
    c.diastolic = measured(m_diastolic);
    c.weightKg = measured(m_weight);
    c.hbGdl = measured(m_hb);
    for (int i = 0; i < m_signs->count(); ++i)
        if (m_signs->item(i)->checkState() == Qt::Checked) c.dangerSigns.append(m_signs->item(i)->data(Qt::UserRole).toString());
    auto r = m_access->runSession([&](services::Session& s) { return services::MaternalService(s, m_clock).recordContact(c); });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    const QString name = (r->contact.kind == MchKind::Antenatal ? QStringLiteral("ANC-") : QStringLiteral("PNC-")) + QString::number(r->contact.number);
    for (int i = 0; i < m_signs->count(); ++i) m_signs->item(i)->setCheckState(Qt::Unchecked);
    if (r->referralReasons.isEmpty()) return done(tr("%1 recorded.").arg(name));
    done(tr("%1 recorded. Refer her now and write a referral slip: %2.").arg(name, r->referralReasons.join(QStringLiteral("; "))));
}

void MaternalCarePanel::recordFp()
{
    MchContact c;
    c.patientId = m_woman.id;
    c.kind = MchKind::FamilyPlanning;
    c.date = m_fpDate->date();
    c.fpMethod = m_method->currentData().toString();
    c.newAcceptor = m_newAcceptor->isChecked();
    auto r = m_access->runSession([&](services::Session& s) { return services::MaternalService(s, m_clock).recordContact(c); });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_newAcceptor->setChecked(false);
    done(tr("Family planning visit recorded: %1.").arg(fpMethodName(c.fpMethod)));
}

void MaternalCarePanel::recordOutcome()
{
    const auto outcome = pregnancyOutcomeFromCode(m_outcome->currentData().toString()).value_or(PregnancyOutcome::LiveBirth);
    const QString place = outcome == PregnancyOutcome::Miscarriage ? QString() : m_place->currentData().toString();
    auto r = m_access->runSession([&](services::Session& s) {
        return services::MaternalService(s, m_clock).recordOutcome(m_ongoingId, outcome, m_outcomeDate->date(), place, m_attendant->text().trimmed());
    });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_ongoingId.clear();
    m_recordOutcome->setEnabled(false);
    done(tr("Outcome recorded: %1 on %2.").arg(pregnancyOutcomeName(outcome), PatientText::date(r->outcomeDate)));
}

} // namespace bhu::ui
