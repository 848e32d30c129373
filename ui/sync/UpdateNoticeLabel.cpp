#include "UpdateNoticeLabel.h"

#include "bhu/services/UpdateService.h"

namespace bhu::ui {

UpdateNoticeLabel::UpdateNoticeLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("updateNotice"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);   // the manifest's text is shown as it is, never as markup
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    hide();
}

void UpdateNoticeLabel::refresh(services::Session& session)
{
    auto n = services::UpdateService(session).notice();
    if (!n.ok() || !n->has_value()) {
        clear();
        hide();
        return;
    }
    const db::UpdateNotice& notice = n->value();
    QString text = tr("Version %1 is available: %2").arg(notice.version, notice.where);
    if (!notice.notes.isEmpty()) text += u'\n' + notice.notes;
    text += u'\n' + tr("Install it only from a package that Admin → Verify a package from USB… accepts. This program never replaces "
                       "itself.");
    setText(text);
    show();
}

} // namespace bhu::ui
