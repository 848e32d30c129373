#include "CommunityText.h"

#include <QStringList>

namespace bhu::ui {

QString CommunityText::dueState(const AntigenDue& a)
{
    QString s = a.state == DueState::Overdue ? tr("Overdue (defaulter)") : dueStateName(a.state);
    if (!a.invalidDoses.isEmpty()) {
        QStringList n;
        for (int d : a.invalidDoses) n.append(a.antigen + QLatin1Char('-') + QString::number(d));
        s += QStringLiteral(" · ") + tr("given too early, repeat: %1").arg(n.join(QStringLiteral(", ")));
    }
    return s;
}

QString CommunityText::dosesNeeded(const QList<AntigenDue>& due)
{
    QStringList parts;
    for (const AntigenDue& a : due) {
        if (!a.needsDose()) continue;
        parts.append(a.state == DueState::Overdue ? tr("%1 (overdue)").arg(a.nextCode()) : a.nextCode());
    }
    return parts.join(QStringLiteral(", "));
}

QString CommunityText::listName(const QString& name, bool pregnant)
{
    return pregnant ? tr("%1 (pregnant)").arg(name) : name;
}

} // namespace bhu::ui
