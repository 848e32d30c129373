#pragma once
// The specialist's reply form: assessment, advice, suggested diagnosis (ICD-10 code and name)
// and treatment, disposition (manage at BHU / refer in person / urgent referral); or a
// follow-up question to the BHU instead. Emits what was typed; the inbox screen sends it
// through ConsultationService (which validates: assessment and disposition are required).
#include "bhu/domain/Consultation.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bhu::ui {

class AnswerForm : public QWidget {
    Q_OBJECT
public:
    explicit AnswerForm(QWidget* parent = nullptr);
    ConsultationMessage answer() const;   // kind Answer, without ids (the service fills them)
    QString followUpQuestion() const;
    void clear();
    void setActive(bool canAnswer);

Q_SIGNALS:
    void answerRequested();
    void followUpRequested();

private:
    QPlainTextEdit* m_assessment = nullptr;
    QPlainTextEdit* m_advice = nullptr;
    QLineEdit* m_icd10 = nullptr;
    QLineEdit* m_diagnosis = nullptr;
    QLineEdit* m_treatment = nullptr;
    QComboBox* m_disposition = nullptr;
    QLineEdit* m_question = nullptr;
    QLineEdit* m_phone = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_ask = nullptr;
};

} // namespace bhu::ui
