#include "CameraCapture.h"

#include <QCoreApplication>

#ifdef BHU_HAVE_CAMERA
#include <QCamera>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>
#endif

namespace bhu::ui::camera {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ui::CameraCapture", s); }
} // namespace

#ifdef BHU_HAVE_CAMERA

bool isAvailable() { return !QMediaDevices::videoInputs().isEmpty(); }

QString unavailableReason()
{
    return isAvailable() ? QString() : tr("No camera is connected to this computer. Connect one, or add the photo from a file.");
}

void open(QWidget* parent, std::function<void(const QImage&)> taken)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("cameraDialog"));
    dialog->setWindowTitle(tr("Take a photo"));
    auto* camera = new QCamera(QMediaDevices::defaultVideoInput(), dialog);
    auto* capture = new QImageCapture(dialog);
    auto* session = new QMediaCaptureSession(dialog);
    auto* view = new QVideoWidget(dialog);
    view->setMinimumSize(480, 360);
    session->setCamera(camera);
    session->setImageCapture(capture);
    session->setVideoOutput(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* take = buttons->addButton(tr("&Take photo"), QDialogButtonBox::AcceptRole);
    take->setDefault(true);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(take, &QPushButton::clicked, capture, [capture] { capture->capture(); });
    QObject::connect(capture, &QImageCapture::imageCaptured, dialog, [dialog, taken](int, const QImage& image) {
        taken(image);   // the original stays in memory only; the service downscales and compresses it
        dialog->accept();
    });
    camera->start();
    dialog->open();
}

#else

bool isAvailable() { return false; }

QString unavailableReason()
{
    return tr("This installation was built without camera support. Add the photo from a file.");
}

void open(QWidget*, std::function<void(const QImage&)>) {}

#endif

} // namespace bhu::ui::camera
