#include "CommunityScreen.h"

#include "community/DueListPanel.h"
#include "community/FamilyRegisterPanel.h"
#include "community/MemberCardPanel.h"
#include "patients/SessionAccess.h"
#include "bhu/services/HouseholdService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bhu::ui {

CommunityScreen::CommunityScreen(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : Screen(parent), m_access(std::move(access))
{
    setObjectName(QStringLiteral("communityScreen"));
    auto* content = new QWidget(this);
    m_villages = new QComboBox(content);
    m_villages->setObjectName(QStringLiteral("communityVillage"));
    m_villages->setAccessibleName(tr("Village"));
    auto* villageLabel = new QLabel(tr("&Village:"), content);
    villageLabel->setBuddy(m_villages);

    m_register = new FamilyRegisterPanel(m_access, clock, content);
    m_card = new MemberCardPanel(m_access, clock, content);
    m_due = new DueListPanel(m_access, clock, content);
    auto* split = new QSplitter(content);
    split->addWidget(m_register);
    auto* cardScroll = new QScrollArea(content);   // the card grew: immunisations, pregnancy, visits, move
    cardScroll->setObjectName(QStringLiteral("memberCardScroll"));
    cardScroll->setWidgetResizable(true);
    cardScroll->setWidget(m_card);
    split->addWidget(cardScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("communityTabs"));
    m_tabs->addTab(split, tr("&Family register"));
    m_tabs->addTab(m_due, tr("D&ue and overdue"));

    auto* top = new QHBoxLayout;
    top->addWidget(makeHeading(content));
    top->addStretch(1);
    top->addWidget(villageLabel);
    top->addWidget(m_villages);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setContent(content);

    connect(m_villages, &QComboBox::activated, this, [this] {
        m_register->setVillage(village());
        m_due->setVillage(village());
    });
    connect(m_register, &FamilyRegisterPanel::memberSelected, m_card, &MemberCardPanel::showPerson);
    connect(m_register, &FamilyRegisterPanel::householdsChanged, this, [this] {
        reloadVillages();
        m_due->refresh();
    });
    connect(m_card, &MemberCardPanel::recorded, m_due, &DueListPanel::refresh);
    connect(m_card, &MemberCardPanel::householdsChanged, this, [this] {
        m_register->refresh();
        m_due->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_due) m_due->refresh();
    });
    auto* f5 = new QShortcut(QKeySequence::Refresh, this, this, &CommunityScreen::refresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
}

QString CommunityScreen::title() const
{
    return tr("Community");
}

QString CommunityScreen::village() const
{
    return m_villages->currentData().toString();
}

void CommunityScreen::reloadVillages()
{
    const QString keep = village();
    auto list = m_access->runSession([](services::Session& s) { return services::HouseholdService(s).villages({}); });
    m_villages->clear();
    m_villages->addItem(tr("All villages"), QString());
    if (list.ok())
        for (const QString& v : list.value()) m_villages->addItem(v, v);
    const int i = m_villages->findData(keep);
    m_villages->setCurrentIndex(i < 0 ? 0 : i);
}

void CommunityScreen::refresh()
{
    reloadVillages();
    m_register->setVillage(village());
    m_due->setVillage(village());
    m_card->refresh();
}

void CommunityScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    refresh();
}

} // namespace bhu::ui
