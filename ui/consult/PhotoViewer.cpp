#include "PhotoViewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

namespace bhu::ui {

PhotoViewer::PhotoViewer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("photoViewer"));
    m_picture = new QLabel(this);
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("Photo"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("photoCaptionLabel"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setObjectName(QStringLiteral("photoZoom"));
    m_zoom->setRange(25, 400);
    m_zoom->setSingleStep(25);
    m_zoom->setValue(100);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setLayoutDirection(Qt::LeftToRight);
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_caption, 1);
    bottom->addWidget(zoomLabel);
    bottom->addWidget(m_zoom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    connect(m_zoom, &QSlider::valueChanged, this, &PhotoViewer::render);
    auto shortcut = [this](const QKeySequence& key, void (PhotoViewer::*slot)()) {
        auto* s = new QShortcut(key, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::ZoomIn, &PhotoViewer::zoomIn);
    shortcut(QKeySequence::ZoomOut, &PhotoViewer::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &PhotoViewer::fit);
}

void PhotoViewer::setImage(const QImage& image, const QString& caption)
{
    m_image = image;
    m_caption->setText(caption);
    fit();
    render();
}

int PhotoViewer::zoomPercent() const
{
    return m_zoom->value();
}

void PhotoViewer::setZoomPercent(int percent)
{
    m_zoom->setValue(percent);
}

void PhotoViewer::zoomIn()
{
    m_zoom->setValue(m_zoom->value() + 25);
}

void PhotoViewer::zoomOut()
{
    m_zoom->setValue(m_zoom->value() - 25);
}

void PhotoViewer::fit()
{
    if (m_image.isNull()) return;
    const QSize view = m_scroll->viewport()->size();
    const int percent = qMin(100 * view.width() / qMax(1, m_image.width()), 100 * view.height() / qMax(1, m_image.height()));
    m_zoom->setValue(qBound(m_zoom->minimum(), percent, 100));
}

void PhotoViewer::render()
{
    if (m_image.isNull()) {
        m_picture->clear();
        m_picture->setText(tr("No photo"));
        m_picture->adjustSize();
        return;
    }
    const QSize size = m_image.size() * m_zoom->value() / 100;
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_picture->resize(size);
    m_zoom->setToolTip(tr("%1 %").arg(QLocale().toString(m_zoom->value())));
}

} // namespace bhu::ui
