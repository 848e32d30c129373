#include "TokenCounter.h"

#include <QSettings>

namespace bhu::ui {

QString TokenCounter::key(const QDate& day) const
{
    return QStringLiteral("tokens/%1/%2").arg(m_facility, day.toString(Qt::ISODate));
}

int TokenCounter::last(const QDate& day) const
{
    return QSettings().value(key(day), 0).toInt();
}

int TokenCounter::next(const QDate& day)
{
    QSettings settings;
    // Earlier days are of no further use: keep only today's counter.
    settings.beginGroup(QStringLiteral("tokens/%1").arg(m_facility));
    for (const QString& d : settings.childKeys())
        if (d != day.toString(Qt::ISODate)) settings.remove(d);
    settings.endGroup();
    const int n = settings.value(key(day), 0).toInt() + 1;
    settings.setValue(key(day), n);
    return n;
}

} // namespace bhu::ui
