#pragma once
// Date of birth, or age in years and months when the patient does not know it (the birth date
// is then estimated with estimateBirthDate() and marked so). Typing in one clears the other;
// a hint under the fields shows what will be saved.
#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace bhu::ui {

class AgeInput : public QWidget {
    Q_OBJECT
public:
    explicit AgeInput(QWidget* parent = nullptr);

    struct Value {
        QDate birthDate;          // invalid: nothing entered (or an error)
        bool estimated = false;
        QString error;            // translated; non-empty when the text cannot be read
    };
    Value value() const;
    void setValue(const QDate& birthDate, bool estimated);
    void clear();
    void setToday(const QDate& today) { m_today = today; }   // tests

    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* yearsEdit() const { return m_years; }
    QLineEdit* monthsEdit() const { return m_months; }

    static QDate parseDate(const QString& text);   // the shown format, d/M/yyyy, yyyy-MM-dd, …
    // The day-first format of the date field (translatable, e.g. dd/MM/yyyy).
    static QString typedDateFormat();

private:
    void updateHint();
    QLineEdit* m_date = nullptr;
    QLineEdit* m_years = nullptr;
    QLineEdit* m_months = nullptr;
    QLabel* m_hint = nullptr;
    QDate m_today;
};

} // namespace bhu::ui
