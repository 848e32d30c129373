#include "PatientsScreen.h"

namespace bhu::ui {

PatientsScreen::PatientsScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("patientsScreen"));
    setPlaceholder(title(),
                   tr("Find a patient by name, MR number, CNIC or phone, register new patients and open their records. This area is not ready yet."));
}

QString PatientsScreen::title() const
{
    return tr("Patients");
}

} // namespace bhu::ui
