#include "AdminScreen.h"

#include "../admin/MedicinesListPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bhu::ui {

AdminScreen::AdminScreen(std::shared_ptr<services::Session> session, QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("adminScreen"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* heading = new QLabel(title(), content);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    layout->addWidget(new MedicinesListPanel(std::move(session), content));
    auto* later = new QLabel(tr("Users and roles, passwords, backups and the audit trail will be managed here."), content);
    later->setWordWrap(true);
    layout->addWidget(later);
    layout->addStretch();
    setContent(content);
}

QString AdminScreen::title() const
{
    return tr("Admin");
}

} // namespace bhu::ui
