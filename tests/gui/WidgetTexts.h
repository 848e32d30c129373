#pragma once
// Walks a widget tree and lists the texts a user sees: labels, buttons, group-box titles, tab
// texts and table/tree header sections, each with the object path that shows it. Generic on
// purpose: screens added later are walked the same way.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QList>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QWidget>

namespace bhu::test {

struct ShownText {
    QString where;   // objectName path (class name where there is no name)
    QString text;
    QWidget* widget = nullptr;
};

inline QString objectPath(const QWidget* w, const QWidget* root)
{
    QStringList parts;
    for (const QWidget* p = w; p && p != root; p = p->parentWidget())
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
    return parts.join(QLatin1Char('/'));
}

// Texts without markup and accelerators, as compared with their English source.
inline QString plainText(QString text)
{
    if (Qt::mightBeRichText(text)) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.remove(tags);
    }
    text.remove(QLatin1Char('&'));
    return text.simplified();
}

inline QList<ShownText> shownTexts(QWidget* root)
{
    QList<ShownText> out;
    auto add = [&](QWidget* w, const QString& suffix, const QString& text) {
        const QString t = plainText(text);
        if (!t.isEmpty()) out.append({objectPath(w, root) + suffix, t, w});
    };
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!w->isVisibleTo(root) && !w->isVisible()) continue;
        if (!w->isVisible()) continue;
        if (auto* l = qobject_cast<QLabel*>(w)) add(w, QString(), l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w)) add(w, QString(), b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w)) add(w, QString(), g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i) add(w, QStringLiteral("[tab %1]").arg(i), t->tabText(i));
        } else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model()) {
            for (int i = 0; i < h->count(); ++i) {
                if (h->isSectionHidden(i)) continue;
                add(w, QStringLiteral("[section %1]").arg(i), h->model()->headerData(i, h->orientation(), Qt::DisplayRole).toString());
            }
        }
    }
    return out;
}

} // namespace bhu::test
