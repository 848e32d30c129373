#include "ReferralEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bhu::ui {

ReferralEditor::ReferralEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("referralEditor"));
    m_refer = new QCheckBox(tr("&Refer the patient"), this);
    m_refer->setObjectName(QStringLiteral("referralCheck"));
    m_fields = new QWidget(this);
    m_level = new QComboBox(m_fields);
    m_level->setObjectName(QStringLiteral("referralLevel"));
    for (FacilityLevel l : {FacilityLevel::Rhc, FacilityLevel::Thq, FacilityLevel::Dhq, FacilityLevel::Tertiary})
        m_level->addItem(facilityLevelName(l), facilityLevelCode(l));
    m_facility = new QLineEdit(m_fields);
    m_facility->setObjectName(QStringLiteral("referralFacility"));
    m_reason = new QLineEdit(m_fields);
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_urgency = new QComboBox(m_fields);
    m_urgency->setObjectName(QStringLiteral("referralUrgency"));
    for (ReferralUrgency u : {ReferralUrgency::Routine, ReferralUrgency::Urgent, ReferralUrgency::Emergency})
        m_urgency->addItem(urgencyName(u), urgencyCode(u));
    m_done = new QLineEdit(m_fields);
    m_done->setObjectName(QStringLiteral("referralDone"));
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Facility:"), m_facility);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Urgency:"), m_urgency);
    form->addRow(tr("What was done:"), m_done);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refer);
    layout->addWidget(m_fields);
    connect(m_refer, &QCheckBox::toggled, this, &ReferralEditor::updateEnabled);
    updateEnabled();
}

void ReferralEditor::updateEnabled()
{
    m_fields->setEnabled(m_refer->isChecked());
}

void ReferralEditor::setReferrals(const QList<Referral>& r)
{
    m_base = r.isEmpty() ? Referral{} : r.constFirst();
    m_refer->setChecked(!r.isEmpty());
    m_level->setCurrentIndex(qMax(0, m_level->findData(facilityLevelCode(m_base.toLevel))));
    m_facility->setText(m_base.facilityName);
    m_reason->setText(m_base.reason);
    m_urgency->setCurrentIndex(qMax(0, m_urgency->findData(urgencyCode(m_base.urgency))));
    m_done->setText(m_base.whatWasDone);
    updateEnabled();
}

QList<Referral> ReferralEditor::referrals() const
{
    if (!m_refer->isChecked()) return {};
    Referral r = m_base;
    r.toLevel = facilityLevelFromCode(m_level->currentData().toString()).value_or(FacilityLevel::Thq);
    r.facilityName = m_facility->text().trimmed();
    r.reason = m_reason->text().trimmed();
    r.urgency = urgencyFromCode(m_urgency->currentData().toString()).value_or(ReferralUrgency::Routine);
    r.whatWasDone = m_done->text().trimmed();
    return {r};
}

void ReferralEditor::setReadOnly(bool readOnly)
{
    m_refer->setEnabled(!readOnly);
    for (QLineEdit* e : {m_facility, m_reason, m_done}) e->setReadOnly(readOnly);
    m_level->setEnabled(!readOnly);   // read-only combo boxes do not exist; disabled ones do not change
    m_urgency->setEnabled(!readOnly);
}

} // namespace bhu::ui
