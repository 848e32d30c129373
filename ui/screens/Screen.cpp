#include "Screen.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bhu::ui {

Screen::Screen(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("screenHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("screenExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

Screen::~Screen() = default;

void Screen::setPlaceholder(const QString& heading, const QString& explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
}

void Screen::setContent(QWidget* content)
{
    auto* box = static_cast<QVBoxLayout*>(layout());
    delete box->takeAt(box->count() - 1);   // the stretch under the placeholder
    m_heading->hide();
    m_explanation->hide();
    box->setContentsMargins(16, 12, 16, 12);
    box->addWidget(content, 1);
}

QLabel* Screen::makeHeading(QWidget* parent) const
{
    auto* heading = new QLabel(title(), parent);
    heading->setObjectName(QStringLiteral("screenTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    return heading;
}

} // namespace bhu::ui
