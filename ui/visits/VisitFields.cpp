#include "VisitFields.h"

#include "DiagnosisEditor.h"
#include "PrescriptionEditor.h"
#include "ReferralEditor.h"
#include "VitalsPanel.h"
#include "bhu/domain/ReferenceData.h"
#include "patients/PatientText.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bhu::ui {

VisitFields::VisitFields(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("visitFields"));
    m_complaint = new QLineEdit(this);
    m_complaint->setObjectName(QStringLiteral("complaintEdit"));
    QStringList complaintNames;
    for (const Complaint& c : ReferenceData::current()->complaints()) complaintNames << c.nameEn << c.nameUr;
    auto* completer = new QCompleter(complaintNames, m_complaint);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_complaint->setCompleter(completer);
    m_vitals = new VitalsPanel(this);
    m_diagnoses = new DiagnosisEditor(this);
    m_prescriptions = new PrescriptionEditor(this);
    m_advice = new QLineEdit(this);
    m_advice->setObjectName(QStringLiteral("adviceEdit"));
    m_followUp = new QCheckBox(tr("&Follow-up on"), this);
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    m_followUpDate = new QDateEdit(PatientText::today().addDays(7), this);
    m_followUpDate->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_followUpDate->setObjectName(QStringLiteral("followUpDate"));
    m_followUpDate->setCalendarPopup(true);
    m_followUpDate->setMinimumDate(PatientText::today());
    m_referral = new ReferralEditor(this);

    auto group = [this](const QString& title, QWidget* w) {
        auto* g = new QGroupBox(title, this);
        (new QVBoxLayout(g))->addWidget(w);
        return g;
    };
    auto* complaintRow = new QFormLayout;
    complaintRow->addRow(tr("&Complaint:"), m_complaint);
    auto* follow = new QHBoxLayout;
    follow->addWidget(m_followUp);
    follow->addWidget(m_followUpDate);
    follow->addStretch(1);
    auto* adviceRow = new QFormLayout;
    adviceRow->addRow(tr("&Advice:"), m_advice);
    adviceRow->addRow(follow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(complaintRow);
    layout->addWidget(group(tr("Vital signs"), m_vitals));
    layout->addWidget(group(tr("Diagnoses"), m_diagnoses));
    layout->addWidget(group(tr("Prescriptions"), m_prescriptions));
    layout->addLayout(adviceRow);
    layout->addWidget(group(tr("Referral"), m_referral));
    layout->addStretch(1);
    setFocusProxy(m_complaint);
}

void VisitFields::load(const VisitRecord& r, bool child)
{
    m_complaint->setText(r.visit.chiefComplaint);
    m_vitals->setVitals(r.vitals);
    m_vitals->setChild(child);
    m_diagnoses->setDiagnoses(r.diagnoses);
    m_prescriptions->setPrescriptions(r.prescriptions);
    m_advice->setText(r.visit.advice);
    m_followUp->setChecked(r.visit.followUpDate.isValid());
    if (r.visit.followUpDate.isValid()) m_followUpDate->setDate(r.visit.followUpDate);
    m_referral->setReferrals(r.referrals);
}

void VisitFields::fill(VisitRecord& r) const
{
    r.visit.chiefComplaint = m_complaint->text().trimmed();
    r.visit.complaintCodes.clear();
    for (const Complaint& c : ReferenceData::current()->complaints())
        if (r.visit.chiefComplaint.contains(c.nameEn, Qt::CaseInsensitive) || (!c.nameUr.isEmpty() && r.visit.chiefComplaint.contains(c.nameUr)))
            r.visit.complaintCodes << c.code;
    r.vitals = m_vitals->vitals();
    r.diagnoses = m_diagnoses->diagnoses();
    r.prescriptions = m_prescriptions->prescriptions();
    r.visit.advice = m_advice->text().trimmed();
    r.visit.followUpDate = m_followUp->isChecked() ? m_followUpDate->date() : QDate();
    r.referrals = m_referral->referrals();
}

void VisitFields::setReadOnly(bool readOnly)
{
    m_complaint->setReadOnly(readOnly);
    m_vitals->setReadOnly(readOnly);
    m_diagnoses->setReadOnly(readOnly);
    m_prescriptions->setReadOnly(readOnly);
    m_advice->setReadOnly(readOnly);
    m_followUp->setEnabled(!readOnly);
    m_followUpDate->setReadOnly(readOnly);
    m_referral->setReadOnly(readOnly);
}

} // namespace bhu::ui
