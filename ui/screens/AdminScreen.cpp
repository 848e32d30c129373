#include "AdminScreen.h"

#include "../admin/BackupPanel.h"
#include "../admin/KeyPanel.h"
#include "../admin/LanguagePanel.h"
#include "../admin/MedicinesListPanel.h"
#include "../admin/TeleconsultPanel.h"
#include "../admin/UpdatesPanel.h"
#include "../admin/UsersPanel.h"
#include "bhu/services/Session.h"

#include <QScrollArea>

#include <QLabel>
#include <QVBoxLayout>

namespace bhu::ui {

AdminScreen::AdminScreen(std::shared_ptr<services::Session> session, QWidget* parent) : Screen(parent)
{
    setObjectName(QStringLiteral("adminScreen"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(makeHeading(content));
    // Every role can change its own password here; the rest is for administrators.
    layout->addWidget(new LanguagePanel(session, content));
    layout->addWidget(new UsersPanel(session, content));
    const bool admin = session->role() == Role::Admin;
    if (admin) {
        layout->addWidget(new BackupPanel(session, content));
        layout->addWidget(new KeyPanel(session, content));
        layout->addWidget(new UpdatesPanel(session, content));   // update notice, packages on USB (issue #12)
        layout->addWidget(new TeleconsultPanel(session, content));   // video-meeting link (docs/telemedicine.md)
    }
    layout->addWidget(new MedicinesListPanel(std::move(session), content));
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setContent(scroll);
}

QString AdminScreen::title() const
{
    return tr("Admin");
}

} // namespace bhu::ui
