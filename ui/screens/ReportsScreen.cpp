#include "ReportsScreen.h"

namespace bhu::ui {

ReportsScreen::ReportsScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("reportsScreen"));
    setPlaceholder(title(),
                   tr("Monthly DHIS and facility reports, ready to print or export. This area is not ready yet."));
}

QString ReportsScreen::title() const
{
    return tr("Reports");
}

} // namespace bhu::ui
