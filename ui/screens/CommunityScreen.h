#pragma once
// Community (docs/community.md): the LHW's family register per village, the selected member's
// immunisation card and pregnancy, and the village's due and overdue (defaulter) list.
// "Today" comes from the injected Clock (tests fix the date).
#include "Screen.h"
#include "bhu/domain/Clock.h"

#include <memory>

class QComboBox;
class QTabWidget;

namespace bhu::ui {

class DueListPanel;
class FamilyRegisterPanel;
class MemberCardPanel;
class SessionAccess;

class CommunityScreen : public Screen {
    Q_OBJECT
public:
    explicit CommunityScreen(std::shared_ptr<SessionAccess> access, const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    QString title() const override;

    QComboBox* villageBox() const { return m_villages; }
    QTabWidget* tabs() const { return m_tabs; }
    FamilyRegisterPanel* familyRegister() const { return m_register; }
    MemberCardPanel* card() const { return m_card; }
    DueListPanel* dueList() const { return m_due; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadVillages();
    QString village() const;

    std::shared_ptr<SessionAccess> m_access;
    QComboBox* m_villages = nullptr;
    QTabWidget* m_tabs = nullptr;
    FamilyRegisterPanel* m_register = nullptr;
    MemberCardPanel* m_card = nullptr;
    DueListPanel* m_due = nullptr;
};

} // namespace bhu::ui
