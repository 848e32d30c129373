#include "AnswerForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace bhu::ui {

AnswerForm::AnswerForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("answerForm"));
    auto text = [this](const char* name) {
        auto* e = new QPlainTextEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setTabChangesFocus(true);
        e->setMaximumHeight(e->fontMetrics().height() * 4);
        return e;
    };
    m_assessment = text("answerAssessment");
    m_advice = text("answerAdvice");
    m_icd10 = new QLineEdit(this);
    m_icd10->setObjectName(QStringLiteral("answerIcd10"));
    m_icd10->setLayoutDirection(Qt::LeftToRight);   // a code: Latin letters and digits
    m_icd10->setMaximumWidth(m_icd10->fontMetrics().horizontalAdvance(QStringLiteral("M00.000")) * 2);
    m_icd10->setPlaceholderText(tr("ICD-10"));
    m_diagnosis = new QLineEdit(this);
    m_diagnosis->setObjectName(QStringLiteral("answerDiagnosis"));
    m_treatment = new QLineEdit(this);
    m_treatment->setObjectName(QStringLiteral("answerTreatment"));
    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("answerDisposition"));
    for (auto d : {Disposition::ManageAtBhu, Disposition::ReferInPerson, Disposition::UrgentReferral}) m_disposition->addItem(dispositionName(d), int(d));
    m_send = new QPushButton(tr("Send &answer"), this);
    m_send->setObjectName(QStringLiteral("sendAnswerButton"));
    m_send->setAutoDefault(false);
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("followUpQuestion"));
    m_ask = new QPushButton(tr("Ask the &BHU"), this);
    m_ask->setObjectName(QStringLiteral("askFollowUpButton"));
    m_ask->setAutoDefault(false);
    // Kept between answers: the specialist's own number for the BHU's live call.
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("answerPhone"));
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_phone->setPlaceholderText(tr("optional, e.g. 0300 1234567"));

    auto* diagnosis = new QHBoxLayout;
    diagnosis->addWidget(m_icd10);
    diagnosis->addWidget(m_diagnosis, 1);
    auto* ask = new QHBoxLayout;
    ask->addWidget(m_question, 1);
    ask->addWidget(m_ask);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Assess&ment:"), m_assessment);
    form->addRow(tr("Ad&vice:"), m_advice);
    form->addRow(tr("Suggested dia&gnosis:"), diagnosis);
    form->addRow(tr("Suggested &treatment:"), m_treatment);
    form->addRow(tr("&Disposition:"), m_disposition);
    form->addRow(QString(), m_send);
    form->addRow(tr("Or ask a &follow-up question:"), ask);
    form->addRow(tr("Your p&hone for a live call:"), m_phone);
    setTabOrder(m_assessment, m_advice);
    setTabOrder(m_advice, m_icd10);
    setTabOrder(m_icd10, m_diagnosis);
    setTabOrder(m_diagnosis, m_treatment);
    setTabOrder(m_treatment, m_disposition);
    setTabOrder(m_disposition, m_send);
    setTabOrder(m_send, m_question);
    setTabOrder(m_question, m_ask);
    setTabOrder(m_ask, m_phone);
    setFocusProxy(m_assessment);
    connect(m_send, &QPushButton::clicked, this, &AnswerForm::answerRequested);
    connect(m_ask, &QPushButton::clicked, this, &AnswerForm::followUpRequested);
    connect(m_question, &QLineEdit::returnPressed, this, &AnswerForm::followUpRequested);
}

ConsultationMessage AnswerForm::answer() const
{
    ConsultationMessage m;
    m.kind = MessageKind::Answer;
    m.text = m_assessment->toPlainText().trimmed();
    m.advice = m_advice->toPlainText().trimmed();
    m.suggestedIcd10 = m_icd10->text().trimmed().toUpper();
    m.suggestedDiagnosis = m_diagnosis->text().trimmed();
    m.suggestedTreatment = m_treatment->text().trimmed();
    m.disposition = Disposition(m_disposition->currentData().toInt());
    m.authorPhone = m_phone->text().trimmed();
    return m;
}

QString AnswerForm::followUpQuestion() const
{
    return m_question->text().trimmed();
}

void AnswerForm::clear()
{
    m_assessment->clear();
    m_advice->clear();
    m_icd10->clear();
    m_diagnosis->clear();
    m_treatment->clear();
    m_disposition->setCurrentIndex(0);
    m_question->clear();
}

void AnswerForm::setActive(bool canAnswer)
{
    setEnabled(canAnswer);
}

} // namespace bhu::ui
