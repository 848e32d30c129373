#include "CommunityScreen.h"

namespace bhu::ui {

CommunityScreen::CommunityScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("communityScreen"));
    setPlaceholder(title(),
                   tr("Households, lady health worker areas and follow-ups due in the community. This area is not ready yet."));
}

QString CommunityScreen::title() const
{
    return tr("Community");
}

} // namespace bhu::ui
