#pragma once
// The patient's address as a cascade over the geography reference data (PlaceService):
// province → district → tehsil → union council → village. Choosing a place lists its children
// in the next box; each box is editable, with a completer that filters by "contains",
// case-insensitively, on the English and the Urdu name ("Chak 204 RB — چک 204 آر بی").
//
// Reference lists are incomplete (villages above all), so any text may be typed. A box whose
// text is not in its (non-empty) list shows an amber hint once the user leaves it, e.g. "Not in
// the village list — check the spelling"; this is a warning only and never blocks saving.
// A box whose parent is not a listed place has no list, and so no hint.
//
// Esc with a list of suggestions open closes the list only (not the form).
//
// Changing a place clears the boxes below it that held a place of the old list (they belonged
// to the old parent); text typed by hand below it is kept.
//
// The boxes are created in cascade order; the enclosing form sets the tab order. The default
// address of a new patient is the caller's business (PatientForm: the address of
// the last patient registered at this facility, kept in QSettings).
#include "bhu/db/PlaceRepository.h"
#include "bhu/domain/Patient.h"

#include <QWidget>
#include <array>
#include <functional>

class QComboBox;

namespace bhu::ui {

class FieldIssueLabel;

class AddressPicker : public QWidget {
    Q_OBJECT
public:
    // The places of `level` under parentId (empty parentId: the provinces). Errors: an empty list.
    using PlaceLoader = std::function<QList<db::Place>(const QString& parentId, db::PlaceLevel level)>;

    explicit AddressPicker(PlaceLoader loader, QWidget* parent = nullptr);

    // Selects the listed places and keeps other names as text. Reloads the lists.
    void setAddress(const Address& a);
    // The reference name of each listed place (without the Urdu part), else the typed text.
    Address address() const;

    QComboBox* combo(db::PlaceLevel level) const { return m_levels.at(index(level)).combo; }
    FieldIssueLabel* hint(db::PlaceLevel level) const { return m_levels.at(index(level)).hint; }
    bool isListed(db::PlaceLevel level) const { return !m_levels.at(index(level)).placeId.isEmpty(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Level {
        QComboBox* combo = nullptr;
        FieldIssueLabel* hint = nullptr;
        QString placeId;   // the listed place the text names; empty for typed text
    };
    static constexpr std::size_t index(db::PlaceLevel l) { return static_cast<std::size_t>(l); }

    void load(std::size_t level, const QString& parentId);
    void setText(std::size_t level, const QString& text);
    void textChanged(std::size_t level);
    void editingFinished(std::size_t level);
    void refreshHint(std::size_t level);
    int matchRow(std::size_t level, const QString& text) const;
    QString notListedText(std::size_t level) const;

    PlaceLoader m_loader;
    std::array<Level, db::kPlaceLevels> m_levels;
};

} // namespace bhu::ui
