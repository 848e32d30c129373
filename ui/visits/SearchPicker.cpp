#include "SearchPicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace bhu::ui {

SearchPicker::SearchPicker(SearchFunction search, QWidget* parent) : QWidget(parent), m_search(std::move(search))
{
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    m_list->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &SearchPicker::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString key = item->data(Qt::UserRole).toString();
        clear();
        Q_EMIT picked(key);
    });
}

void SearchPicker::clear()
{
    m_edit->clear();
    m_list->clear();
    m_list->hide();
}

void SearchPicker::refresh()
{
    m_list->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_list->hide();
        return;
    }
    const QList<Suggestion> found = m_search(text);
    for (const Suggestion& s : found) {
        auto* item = new QListWidgetItem(s.text, m_list);
        item->setData(Qt::UserRole, s.key);
    }
    if (!found.isEmpty()) m_list->setCurrentRow(0);
    m_list->setVisible(!found.isEmpty());
}

bool SearchPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const int rows = m_list->count();
    switch (key->key()) {
    case Qt::Key_Down:
        if (rows > 0) m_list->setCurrentRow(qMin(m_list->currentRow() + 1, rows - 1));
        return rows > 0;
    case Qt::Key_Up:
        if (rows > 0) m_list->setCurrentRow(qMax(m_list->currentRow() - 1, 0));
        return rows > 0;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (key->modifiers() & Qt::ControlModifier) return false;   // Ctrl+Enter belongs to the form
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) return false;
        if (!(key->modifiers() & Qt::ShiftModifier) && m_list->currentItem()) {
            const QString k = m_list->currentItem()->data(Qt::UserRole).toString();
            clear();
            Q_EMIT picked(k);
        } else {
            clear();
            Q_EMIT freeTextEntered(text);
        }
        return true;
    }
    case Qt::Key_Escape:
        if (m_list->isVisible()) {
            m_list->hide();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace bhu::ui
