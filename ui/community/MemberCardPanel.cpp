#include "MemberCardPanel.h"

#include "CommunityText.h"
#include "MaternalCarePanel.h"
#include "MoveMemberBox.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "bhu/services/ImmunisationService.h"
#include "bhu/services/MaternalService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bhu::ui {

MemberCardPanel::MemberCardPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_clock(clock)
{
    m_who = new QLabel(tr("Select a member in the family register."), this);
    m_who->setObjectName(QStringLiteral("cardPerson"));
    m_who->setTextFormat(Qt::PlainText);
    m_due = new QTableWidget(0, 3, this);
    m_due->setObjectName(QStringLiteral("immunisationCard"));
    m_due->setAccessibleName(tr("Immunisation card"));
    m_due->setHorizontalHeaderLabels({tr("Next dose"), tr("Due on"), tr("State")});
    m_due->horizontalHeader()->setStretchLastSection(true);
    m_due->verticalHeader()->hide();
    m_due->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setTabKeyNavigation(false);

    auto* dose = new QGroupBox(tr("Record a dose"), this);
    m_dose = new QComboBox(dose);
    m_dose->setObjectName(QStringLiteral("doseCode"));
    const auto schedule = EpiSchedule::current();
    for (const EpiDose& d : schedule->doses()) m_dose->addItem(d.code(), d.code());
    m_doseDate = new QDateEdit(dose);
    m_doseDate->setObjectName(QStringLiteral("doseDate"));
    m_doseDate->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_doseDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_doseDate->setCalendarPopup(true);
    m_lot = new QLineEdit(dose);
    m_lot->setObjectName(QStringLiteral("doseLot"));
    m_place = new QLineEdit(dose);
    m_place->setObjectName(QStringLiteral("dosePlace"));
    m_elsewhere = new QCheckBox(tr("Given &elsewhere (from the card)"), dose);
    m_elsewhere->setObjectName(QStringLiteral("doseElsewhere"));
    m_recordDose = new QPushButton(tr("Record &dose"), dose);
    m_recordDose->setObjectName(QStringLiteral("recordDose"));
    auto* df = new QFormLayout(dose);
    df->addRow(tr("&Vaccine and dose"), m_dose);
    df->addRow(tr("Date &given"), m_doseDate);
    df->addRow(tr("&Lot number"), m_lot);
    df->addRow(tr("&Place"), m_place);
    df->addRow(m_elsewhere);
    df->addRow(m_recordDose);

    m_pregnancy = new QGroupBox(tr("Pregnancy"), this);
    m_pregnancyText = new QLabel(m_pregnancy);
    m_pregnancyText->setObjectName(QStringLiteral("pregnancyText"));
    m_pregnancyText->setTextFormat(Qt::PlainText);
    m_pregnancyText->setWordWrap(true);
    m_lmp = new QDateEdit(m_pregnancy);
    m_lmp->setObjectName(QStringLiteral("pregnancyLmp"));
    m_lmp->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_lmp->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lmp->setCalendarPopup(true);
    m_gravida = new QSpinBox(m_pregnancy);
    m_gravida->setObjectName(QStringLiteral("pregnancyGravida"));
    m_gravida->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_gravida->setRange(1, 20);
    m_para = new QSpinBox(m_pregnancy);
    m_para->setObjectName(QStringLiteral("pregnancyPara"));
    m_para->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_para->setRange(0, 19);
    m_registerPregnancy = new QPushButton(tr("Register &pregnancy"), m_pregnancy);
    m_registerPregnancy->setObjectName(QStringLiteral("registerPregnancy"));
    auto* pf = new QFormLayout(m_pregnancy);
    pf->addRow(m_pregnancyText);
    pf->addRow(tr("Last &menstrual period"), m_lmp);
    pf->addRow(tr("&Gravida"), m_gravida);
    pf->addRow(tr("P&ara"), m_para);
    pf->addRow(m_registerPregnancy);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_due, 1);
    layout->addWidget(dose);
    layout->addWidget(m_pregnancy);
    m_maternal = new MaternalCarePanel(m_access, m_clock, this);
    m_maternal->setObjectName(QStringLiteral("maternalCare"));
    layout->addWidget(m_maternal);
    m_move = new MoveMemberBox(m_access, m_clock, this);
    m_move->setObjectName(QStringLiteral("moveMemberBox"));
    layout->addWidget(m_move);
    layout->addWidget(m_status);
    setEnabled(false);

    connect(m_recordDose, &QPushButton::clicked, this, &MemberCardPanel::recordDose);
    connect(m_registerPregnancy, &QPushButton::clicked, this, &MemberCardPanel::registerPregnancy);
    connect(m_maternal, &MaternalCarePanel::recorded, this, [this] {
        refresh();
        Q_EMIT recorded();
    });
    connect(m_move, &MoveMemberBox::moved, this, &MemberCardPanel::householdsChanged);
}

QDate MemberCardPanel::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

void MemberCardPanel::showPerson(const Patient& p)
{
    m_person = p;
    setEnabled(true);
    m_status->clear();
    m_doseDate->setMaximumDate(today());
    m_doseDate->setDate(today());
    m_lmp->setMaximumDate(today());
    m_lmp->setDate(today().addDays(-56));
    m_move->showPerson(p);
    refresh();
}

void MemberCardPanel::refresh()
{
    if (m_person.id.isEmpty()) return;
    m_who->setText(m_person.name + QStringLiteral(" · ") + PatientText::mr(m_person.mrNumber()) + QStringLiteral(" · ") +
                   PatientText::ageSex(m_person.birthDate, m_person.birthDateEstimated, m_person.sex, today()));
    auto card = m_access->runSession([&](services::Session& s) { return services::ImmunisationService(s, m_clock).card(m_person.id); });
    m_due->setRowCount(0);
    if (!card.ok()) {
        m_status->setText(card.error().message);
        return;
    }
    for (const AntigenDue& a : card->due) {
        const int row = m_due->rowCount();
        m_due->insertRow(row);
        m_due->setItem(row, 0, new QTableWidgetItem(a.state == DueState::Complete ? a.antigen : a.nextCode()));
        m_due->setItem(row, 1, new QTableWidgetItem(PatientText::date(a.dueDate)));
        m_due->setItem(row, 2, new QTableWidgetItem(CommunityText::dueState(a)));
    }
    const bool woman = m_person.sex == Sex::Female && m_person.birthDate.isValid() && m_person.birthDate.addYears(12) <= today();
    m_pregnancy->setVisible(woman);
    m_maternal->setVisible(woman);
    if (!woman) return;
    auto pregnancies = m_access->runSession([&](services::Session& s) { return services::MaternalService(s, m_clock).pregnancies(m_person.id); });
    QString text = tr("No ongoing pregnancy.");
    bool ongoing = false;
    if (pregnancies.ok()) {
        for (const Pregnancy& p : pregnancies.value())
            if (p.isOngoing()) {
                ongoing = true;
                text = tr("Pregnant: expected delivery %1 (%2 weeks now), gravida %3, para %4.")
                           .arg(PatientText::date(p.edd))
                           .arg(gestationWeeks(p.lmp, today()))
                           .arg(p.gravida)
                           .arg(p.para);
            }
    }
    m_pregnancyText->setText(text);
    m_maternal->showWoman(m_person, pregnancies.ok() ? pregnancies.value() : QList<Pregnancy>());
    m_registerPregnancy->setEnabled(!ongoing);
}

void MemberCardPanel::recordDose()
{
    const auto d = EpiSchedule::current()->doseByCode(m_dose->currentData().toString());
    if (!d) return;
    Immunisation i;
    i.patientId = m_person.id;
    i.dose = GivenDose{d->antigen, d->dose, m_doseDate->date(), m_lot->text().trimmed(), m_place->text().trimmed(), m_elsewhere->isChecked()};
    auto r = m_access->runSession([&](services::Session& s) { return services::ImmunisationService(s, m_clock).recordDose(i); });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_status->setText(tr("%1 recorded.").arg(r->code()));
    refresh();
    Q_EMIT recorded();
}

void MemberCardPanel::registerPregnancy()
{
    Pregnancy p;
    p.patientId = m_person.id;
    p.lmp = m_lmp->date();
    p.gravida = m_gravida->value();
    p.para = m_para->value();
    auto r = m_access->runSession([&](services::Session& s) { return services::MaternalService(s, m_clock).registerPregnancy(p); });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_status->setText(tr("Pregnancy registered; expected delivery %1.").arg(PatientText::date(r->edd)));
    refresh();
    Q_EMIT recorded();
}

} // namespace bhu::ui
