#pragma once
// The filters under the search box: sex, age from/to and village (or union council), plus the
// "n patients found" count at the row's end.
#include "bhu/domain/PatientSearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bhu::ui {

class PatientSearchFilters : public QWidget {
    Q_OBJECT
public:
    explicit PatientSearchFilters(QWidget* parent = nullptr);

    void applyTo(SearchQuery& q) const;   // sets sex, ages and village
    bool isEmpty() const;
    void setCount(const QString& text);
    QWidget* firstInput() const;
    QWidget* lastInput() const;

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_sex = nullptr;
    QSpinBox* m_minAge = nullptr;
    QSpinBox* m_maxAge = nullptr;
    QLineEdit* m_village = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace bhu::ui
