#include "AdminScreen.h"

namespace bhu::ui {

AdminScreen::AdminScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("adminScreen"));
    setPlaceholder(title(),
                   tr("Users and roles, passwords, backups and the audit trail. This area is not ready yet."));
}

QString AdminScreen::title() const
{
    return tr("Admin");
}

} // namespace bhu::ui
