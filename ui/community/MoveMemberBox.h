#pragma once
// "Move to another household" on a member's card (marriage, moving house): the households of
// the member's village, the new relationship to that household's head, the day and the reason.
// HouseholdService::moveMember ends the old membership and starts the new one; the history
// stays (docs/community.md). Keyboard first; role: keep the family register.
#include "bhu/domain/Clock.h"
#include "bhu/domain/Patient.h"

#include <QGroupBox>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bhu::ui {

class SessionAccess;

class MoveMemberBox : public QGroupBox {
    Q_OBJECT
public:
    MoveMemberBox(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent = nullptr);

    // Lists the other households of the person's village (all, when the person has none).
    void showPerson(const Patient& p);

    QComboBox* householdBox() const { return m_household; }
    QComboBox* relationshipBox() const { return m_relationship; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* moveButton() const { return m_move; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void moved();

private:
    void move();

    std::shared_ptr<SessionAccess> m_access;
    const Clock& m_clock;
    Patient m_person;
    QComboBox* m_household = nullptr;
    QComboBox* m_relationship = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_move = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace bhu::ui
