#include "FieldIssueLabel.h"

namespace bhu::ui {

namespace {
const QColor kErrorColor(0xb0, 0x1c, 0x1c);
const QColor kWarningColor(0x9a, 0x5b, 0x00);
} // namespace

FieldIssueLabel::FieldIssueLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    // Wrap to the field's width instead of widening the form.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeading | Qt::AlignTop);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    hide();
}

void FieldIssueLabel::addIssue(const QString& message, bool warning)
{
    m_lines << message;
    if (warning) ++m_warnings;
    else ++m_errors;
    refresh();
}

void FieldIssueLabel::clearIssues()
{
    m_lines.clear();
    m_errors = m_warnings = 0;
    refresh();
}

void FieldIssueLabel::refresh()
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, m_errors > 0 ? kErrorColor : kWarningColor);
    setPalette(p);
    setText(m_lines.join(u'\n'));
    setVisible(!m_lines.isEmpty());
    setProperty("issueKind", m_errors > 0 ? QStringLiteral("error") : m_warnings > 0 ? QStringLiteral("warning") : QString());
}

} // namespace bhu::ui
