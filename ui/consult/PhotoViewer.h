#pragma once
// One consultation photo with zoom: Ctrl++ / Ctrl+- (or the slider) from 25 % to 400 %,
// Ctrl+0 fits the photo in the view. Scrolls when larger than the view.
#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSlider;

namespace bhu::ui {

class PhotoViewer : public QWidget {
    Q_OBJECT
public:
    explicit PhotoViewer(QWidget* parent = nullptr);
    void setImage(const QImage& image, const QString& caption);
    int zoomPercent() const;
    void setZoomPercent(int percent);
    void zoomIn();
    void zoomOut();
    void fit();
    const QImage& image() const { return m_image; }

private:
    void render();
    QImage m_image;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_picture = nullptr;
    QLabel* m_caption = nullptr;
    QSlider* m_zoom = nullptr;
};

} // namespace bhu::ui
