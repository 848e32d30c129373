#pragma once
// "Take photo" for a teleconsultation request: whether a camera can be used here, and a small
// window that shows the camera and takes one still picture (Qt Multimedia). Built without Qt
// Multimedia (configure found none) or with no camera connected, isAvailable() is false and
// unavailableReason() says why, for the disabled button's tooltip; photos from files still work.
#include <QImage>
#include <QString>
#include <functional>

class QWidget;

namespace bhu::ui::camera {

bool isAvailable();
QString unavailableReason();   // translated; empty when available
// Opens the camera window (not modal; deleted when closed). `taken` receives the picture.
void open(QWidget* parent, std::function<void(const QImage&)> taken);

} // namespace bhu::ui::camera
