#pragma once
// "Ask a specialist" from an open visit (docs/telemedicine.md): specialty, urgency, question,
// the case summary pre-filled from the visit (ConsultationService::draftRequest) and editable,
// and photos from files or the connected camera (CameraCapture) with a caption. Keyboard first: the tab order follows the form top to
// bottom, Ctrl+Enter sends. Send stores the request locally at once (it travels with the next
// sync), then its photos. A photo file is read and downscaled on a worker thread; the service
// then compresses the already small image and stores it on the GUI thread.
#include "bhu/domain/Consultation.h"

#include <QDialog>
#include <QImage>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bhu::ui {

class SessionAccess;

class AskSpecialistDialog : public QDialog {
    Q_OBJECT
public:
    AskSpecialistDialog(std::shared_ptr<SessionAccess> access, const QString& visitId, QWidget* parent = nullptr);
    ~AskSpecialistDialog() override;

    // Adds a photo file with its caption (the file is read off the GUI thread).
    void addPhotoFile(const QString& path, const QString& caption);
    // Adds a picture already in memory (the camera's) with its caption.
    void addPhotoImage(const QImage& image, const QString& caption);
    int pendingPhotos() const { return int(m_photos.size()); }
    bool isLoadingPhoto() const { return m_loading > 0; }
    // The request once sent (empty id before).
    const ConsultationRequest& sent() const { return m_sent; }
    QString message() const;

public Q_SLOTS:
    void send();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void choosePhoto();
    void takePhoto();
    void showMessage(const QString& text, bool error);

    struct PendingPhoto {
        QImage image;
        QString caption;
    };
    std::shared_ptr<SessionAccess> m_access;
    QString m_visitId;
    ConsultationRequest m_sent;
    QList<PendingPhoto> m_photos;
    int m_loading = 0;   // photo files being read
    QComboBox* m_specialty = nullptr;
    QComboBox* m_urgency = nullptr;
    QPlainTextEdit* m_question = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_caption = nullptr;
    QPushButton* m_addPhoto = nullptr;
    QPushButton* m_takePhoto = nullptr;
    QListWidget* m_photoList = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace bhu::ui
