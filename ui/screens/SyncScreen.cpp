#include "SyncScreen.h"

namespace bhu::ui {

SyncScreen::SyncScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("syncScreen"));
    setPlaceholder(title(),
                   tr("Exchange records with the district registry when a connection is available. This clinic is not enrolled with a registry yet."));
}

QString SyncScreen::title() const
{
    return tr("Sync");
}

} // namespace bhu::ui
