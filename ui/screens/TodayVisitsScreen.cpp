#include "TodayVisitsScreen.h"

namespace bhu::ui {

TodayVisitsScreen::TodayVisitsScreen(QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("todayVisitsScreen"));
    setPlaceholder(title(),
                   tr("The queue of today's visits: who is waiting, who has been seen, and what was recorded. This area is not ready yet."));
}

QString TodayVisitsScreen::title() const
{
    return tr("Today's visits");
}

} // namespace bhu::ui
