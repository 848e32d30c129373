#pragma once
// Patients: search, registration and the patient record (placeholder for now).
#include "Screen.h"

namespace bhu::ui {

class PatientsScreen : public Screen {
    Q_OBJECT
public:
    explicit PatientsScreen(QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace bhu::ui
