#include "AddressPicker.h"

#include "FieldIssueLabel.h"
#include "bhu/services/PlaceService.h"

#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kUrduRole = Qt::UserRole + 2;

QString shown(const db::Place& p)
{
    return p.nameUrdu.isEmpty() ? p.name : p.name + QStringLiteral(" — ") + p.nameUrdu;
}
} // namespace

AddressPicker::AddressPicker(PlaceLoader loader, QWidget* parent) : QWidget(parent), m_loader(std::move(loader))
{
    setObjectName(QStringLiteral("addressPicker"));
    const std::array<const char*, db::kPlaceLevels> names{"province", "district", "tehsil", "unionCouncil", "village"};
    const std::array<QString, db::kPlaceLevels> accessible{tr("Province"), tr("District"), tr("Tehsil"), tr("Union council"),
                                                           tr("Village or mohalla")};
    const std::array<QString, db::kPlaceLevels> labels{tr("P&rovince:"), tr("Dis&trict:"), tr("Te&hsil:"), tr("Un&ion council:"),
                                                       tr("&Village:")};
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        Level& l = m_levels.at(i);
        auto* box = new QWidget(this);
        l.combo = new QComboBox(box);
        l.combo->setObjectName(QString::fromLatin1(names.at(i)) + QStringLiteral("Combo"));
        l.combo->setAccessibleName(accessible.at(i));
        l.combo->setEditable(true);
        l.combo->setInsertPolicy(QComboBox::NoInsert);
        l.combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto* completer = new QCompleter(l.combo->model(), l.combo);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        l.combo->setCompleter(completer);
        l.combo->installEventFilter(this);
        completer->popup()->installEventFilter(this);
        l.hint = new FieldIssueLabel(box);
        l.hint->setObjectName(QString::fromLatin1(names.at(i)) + QStringLiteral("Hint"));
        auto* column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(1);
        column->addWidget(l.combo);
        column->addWidget(l.hint);
        form->addRow(labels.at(i), box);
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(box))) label->setBuddy(l.combo);

        connect(l.combo, &QComboBox::currentTextChanged, this, [this, i] { textChanged(i); });
        connect(l.combo->lineEdit(), &QLineEdit::editingFinished, this, [this, i] { editingFinished(i); });
    }
    load(0, {});
}

bool AddressPicker::eventFilter(QObject* watched, QEvent* event)
{
    // The form's Esc shortcut would otherwise win over the completer's list.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        for (const Level& l : m_levels) {
            QWidget* popup = l.combo->completer()->popup();
            if ((watched == l.combo || watched == popup) && popup->isVisible()) {
                event->accept();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AddressPicker::setAddress(const Address& a)
{
    for (Level& l : m_levels) l.placeId.clear();   // reload every list: places may have been imported since
    load(0, {});
    const std::array<QString, db::kPlaceLevels> texts{a.province, a.district, a.tehsil, a.unionCouncil, a.village};
    for (std::size_t i = 0; i < m_levels.size(); ++i) setText(i, texts.at(i));
}

Address AddressPicker::address() const
{
    std::array<QString, db::kPlaceLevels> out;
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        const QComboBox* c = m_levels.at(i).combo;
        const int row = matchRow(i, c->currentText());
        out.at(i) = row >= 0 ? c->itemData(row, kNameRole).toString() : c->currentText().simplified();
    }
    return Address{out[0], out[1], out[2], out[3], out[4]};
}

void AddressPicker::load(std::size_t level, const QString& parentId)
{
    Level& l = m_levels.at(level);
    const QString text = l.combo->currentText();
    const bool wasListed = !l.placeId.isEmpty();
    QList<db::Place> places;
    if (level == 0 || !parentId.isEmpty()) places = m_loader(parentId, static_cast<db::PlaceLevel>(level));
    {
        const QSignalBlocker block(l.combo);
        l.combo->clear();
        for (const db::Place& p : std::as_const(places)) {
            if (!p.active) continue;
            l.combo->addItem(shown(p));
            const int row = l.combo->count() - 1;
            l.combo->setItemData(row, p.id, kIdRole);
            l.combo->setItemData(row, p.name, kNameRole);
            l.combo->setItemData(row, p.nameUrdu, kUrduRole);
        }
    }
    // A place of the old list belonged to the old parent; typed text may still be right.
    setText(level, !wasListed || matchRow(level, text) >= 0 ? text : QString());
}

void AddressPicker::setText(std::size_t level, const QString& text)
{
    Level& l = m_levels.at(level);
    {
        const QSignalBlocker block(l.combo);
        const int row = matchRow(level, text);
        l.combo->setCurrentIndex(row);   // -1 empties the text
        if (row < 0) l.combo->setEditText(text.simplified());
    }
    textChanged(level);
    refreshHint(level);
}

void AddressPicker::textChanged(std::size_t level)
{
    Level& l = m_levels.at(level);
    const int row = matchRow(level, l.combo->currentText());
    const QString id = row >= 0 ? l.combo->itemData(row, kIdRole).toString() : QString();
    if (row >= 0) l.hint->clearIssues();   // the warning goes as soon as the name is right
    if (id == l.placeId) return;
    l.placeId = id;
    if (level + 1 < m_levels.size()) load(level + 1, id);
}

void AddressPicker::editingFinished(std::size_t level)
{
    QComboBox* c = m_levels.at(level).combo;
    // "punjab" typed by hand reads as the list has it, with its Urdu name.
    const int row = matchRow(level, c->currentText());
    if (row >= 0 && c->currentIndex() != row) c->setCurrentIndex(row);
    refreshHint(level);
}

void AddressPicker::refreshHint(std::size_t level)
{
    const Level& l = m_levels.at(level);
    l.hint->clearIssues();
    if (l.combo->count() > 0 && !l.combo->currentText().simplified().isEmpty() && matchRow(level, l.combo->currentText()) < 0)
        l.hint->addIssue(notListedText(level), true);
}

int AddressPicker::matchRow(std::size_t level, const QString& text) const
{
    const QString t = text.simplified();
    if (t.isEmpty()) return -1;
    const QComboBox* c = m_levels.at(level).combo;
    for (int row = 0; row < c->count(); ++row) {
        const QString urdu = c->itemData(row, kUrduRole).toString();
        if (c->itemText(row).compare(t, Qt::CaseInsensitive) == 0 || c->itemData(row, kNameRole).toString().compare(t, Qt::CaseInsensitive) == 0
            || (!urdu.isEmpty() && urdu == t))
            return row;
    }
    if (level == 0) {   // "KPK", "NWFP", "ICT", …
        const QString canonical = services::PlaceService::canonicalProvince(t);
        if (!canonical.isEmpty() && canonical != t) return matchRow(0, canonical);
    }
    return -1;
}

QString AddressPicker::notListedText(std::size_t level) const
{
    switch (static_cast<db::PlaceLevel>(level)) {
    case db::PlaceLevel::Province: return tr("Not in the province list — check the spelling");
    case db::PlaceLevel::District: return tr("Not in the district list — check the spelling");
    case db::PlaceLevel::Tehsil: return tr("Not in the tehsil list — check the spelling");
    case db::PlaceLevel::UnionCouncil: return tr("Not in the union council list — check the spelling");
    case db::PlaceLevel::Village: break;
    }
    return tr("Not in the village list — check the spelling");
}

} // namespace bhu::ui
