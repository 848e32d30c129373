#include "NewAnswersNotice.h"

#include "bhu/services/ConsultationService.h"
#include "patients/SessionAccess.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace bhu::ui {

using services::ConsultationService;

NewAnswersNotice::NewAnswersNotice(QWidget* parent) : QWidget(parent), m_since(QDateTime::currentDateTimeUtc())
{
    setObjectName(QStringLiteral("newAnswersNotice"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("newAnswersLabel"));
    m_label->setTextFormat(Qt::PlainText);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    const QKeySequence openKey(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_open = new QPushButton(tr("&Open consultations"), this);
    m_open->setObjectName(QStringLiteral("newAnswersOpen"));
    m_open->setToolTip(openKey.toString(QKeySequence::NativeText));
    m_open->setAutoDefault(false);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("newAnswersDismiss"));
    m_dismiss->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    // Reachable from anywhere in the window while the notice shows (a hidden widget's shortcut is off).
    auto* shortcut = new QShortcut(openKey, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT openRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &NewAnswersNotice::dismiss);
    hide();
}

QString NewAnswersNotice::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void NewAnswersNotice::check()
{
    if (!m_access) return;
    const bool mayAsk = m_access->runWith<ConsultationService>([](ConsultationService& s) { return s.mayRequest(); });
    if (!mayAsk) return;
    const QDateTime since = m_since;
    auto fresh = m_access->runWith<ConsultationService>([&since](ConsultationService& s) { return s.newAnswersSince(since); });
    if (!fresh.ok() || fresh->isEmpty()) return;
    for (const ConsultationRequest& r : fresh.value()) {
        if (r.status == ConsultationStatus::FollowUp) ++m_questions;
        else ++m_answers;
        if (r.updatedAt > m_since) m_since = r.updatedAt;
    }
    QStringList parts;
    if (m_answers > 0) parts << tr("%n new answer(s) from specialists", nullptr, m_answers);
    if (m_questions > 0) parts << tr("%n question(s) from specialists", nullptr, m_questions);
    m_label->setText(tr("Teleconsultation: %1.").arg(parts.join(tr(", ", "list separator"))));
    show();
}

void NewAnswersNotice::dismiss()
{
    m_answers = 0;
    m_questions = 0;
    m_label->clear();
    hide();
}

} // namespace bhu::ui
