#include "AskSpecialistDialog.h"

#include "CameraCapture.h"

#include "bhu/services/ConsultationService.h"
#include "patients/SessionAccess.h"
#include "StatusMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bhu::ui {

namespace {
// Reads a photo file (EXIF orientation applied) and scales it down to the stored long edge:
// the slow part for a 12-megapixel camera file. Runs on a worker thread.
QImage readPhoto(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) return image;
    const int edge = services::PhotoLimits::kMaxLongEdge;
    if (qMax(image.width(), image.height()) > edge) image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}
} // namespace

AskSpecialistDialog::AskSpecialistDialog(std::shared_ptr<SessionAccess> access, const QString& visitId, QWidget* parent)
    : QDialog(parent), m_access(std::move(access)), m_visitId(visitId)
{
    setObjectName(QStringLiteral("askSpecialistDialog"));
    setWindowTitle(tr("Ask a specialist"));

    m_specialty = new QComboBox(this);
    m_specialty->setObjectName(QStringLiteral("consultSpecialty"));
    for (const QString& code : consultationSpecialties()) m_specialty->addItem(specialtyName(code), code);
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("consultUrgency"));
    for (auto u : {ConsultationUrgency::Routine, ConsultationUrgency::Urgent}) m_urgency->addItem(consultationUrgencyName(u), int(u));
    m_question = new QPlainTextEdit(this);
    m_question->setObjectName(QStringLiteral("consultQuestion"));
    m_question->setTabChangesFocus(true);
    m_question->setPlaceholderText(tr("What do you want to know? (at least %1 characters)").arg(QLocale().toString(kMinQuestionLength)));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("consultSummary"));
    m_summary->setTabChangesFocus(true);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_caption->setPlaceholderText(tr("e.g. left forearm, close-up"));
    m_addPhoto = new QPushButton(tr("Add p&hoto…"), this);
    m_addPhoto->setObjectName(QStringLiteral("addPhotoButton"));
    m_addPhoto->setAutoDefault(false);
    m_takePhoto = new QPushButton(tr("Ta&ke photo…"), this);
    m_takePhoto->setObjectName(QStringLiteral("takePhotoButton"));
    m_takePhoto->setAutoDefault(false);
    // Without a camera the button stays, disabled, saying why (a tooltip shows on disabled buttons).
    m_takePhoto->setEnabled(camera::isAvailable());
    m_takePhoto->setToolTip(camera::isAvailable() ? tr("Takes a photo with the connected camera.") : camera::unavailableReason());
    m_photoList = new QListWidget(this);
    m_photoList->setObjectName(QStringLiteral("photoList"));
    m_photoList->setMaximumHeight(m_photoList->fontMetrics().height() * 5);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consultMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendConsultButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_send->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("S&pecialty:"), m_specialty);
    form->addRow(tr("&Urgency:"), m_urgency);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("Case su&mmary:"), m_summary);
    auto* photoRow = new QHBoxLayout;
    photoRow->addWidget(m_caption, 1);
    photoRow->addWidget(m_addPhoto);
    photoRow->addWidget(m_takePhoto);
    form->addRow(tr("Photo ca&ption:"), photoRow);
    form->addRow(tr("Photos:"), m_photoList);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Deliberate tab order: what is asked, then the case, then photos, then Send.
    setTabOrder(m_specialty, m_urgency);
    setTabOrder(m_urgency, m_question);
    setTabOrder(m_question, m_summary);
    setTabOrder(m_summary, m_caption);
    setTabOrder(m_caption, m_addPhoto);
    setTabOrder(m_addPhoto, m_takePhoto);
    setTabOrder(m_takePhoto, m_photoList);
    setTabOrder(m_photoList, m_send);
    setTabOrder(m_send, m_cancel);

    connect(m_send, &QPushButton::clicked, this, &AskSpecialistDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_addPhoto, &QPushButton::clicked, this, &AskSpecialistDialog::choosePhoto);
    connect(m_takePhoto, &QPushButton::clicked, this, &AskSpecialistDialog::takePhoto);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) new QShortcut(QKeySequence(Qt::CTRL | key), this, this, &AskSpecialistDialog::send);

    auto draft = m_access->runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.draftRequest(m_visitId); });
    if (draft.ok()) {
        m_summary->setPlainText(draft->caseSummary);
    } else {
        showMessage(draft.error().message, true);
        m_send->setEnabled(false);
    }
    m_specialty->setFocus(Qt::OtherFocusReason);
    resize(640, 620);
}

AskSpecialistDialog::~AskSpecialistDialog() = default;

void AskSpecialistDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_specialty->setFocus(Qt::OtherFocusReason);   // the form starts at its first field
}

QString AskSpecialistDialog::message() const
{
    return m_message->text();
}

void AskSpecialistDialog::showMessage(const QString& text, bool error)
{
    showStatus(m_message, text, error);
}

void AskSpecialistDialog::choosePhoto()
{
    auto* dialog = new QFileDialog(this, tr("Add a photo"), QString(), tr("Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { addPhotoFile(path, m_caption->text().trimmed()); });
    dialog->open();
}

void AskSpecialistDialog::addPhotoFile(const QString& path, const QString& caption)
{
    if (m_photos.size() + m_loading >= kMaxPhotosPerRequest) {
        showMessage(tr("A request can carry at most %1 photos.").arg(QLocale().toString(kMaxPhotosPerRequest)), true);
        return;
    }
    ++m_loading;
    m_send->setEnabled(false);
    showMessage(tr("Reading the photo…"), false);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, caption] {
        watcher->deleteLater();
        --m_loading;
        m_send->setEnabled(m_loading == 0);
        const QImage image = watcher->result();
        if (image.isNull()) {
            showMessage(tr("This file is not a picture that can be read. Choose a JPEG or PNG photo."), true);
            return;
        }
        addPhotoImage(image, caption);
    });
    watcher->setFuture(QtConcurrent::run(readPhoto, path));
}

void AskSpecialistDialog::addPhotoImage(const QImage& image, const QString& caption)
{
    if (m_photos.size() + m_loading >= kMaxPhotosPerRequest) {
        showMessage(tr("A request can carry at most %1 photos.").arg(QLocale().toString(kMaxPhotosPerRequest)), true);
        return;
    }
    m_photos.append({image, caption});
    auto* item = new QListWidgetItem(caption.isEmpty() ? tr("Photo %1").arg(QLocale().toString(m_photos.size())) : caption, m_photoList);
    item->setIcon(QIcon(QPixmap::fromImage(image.scaled(48, 48, Qt::KeepAspectRatio))));
    m_caption->clear();
    showMessage(QString(), false);
}

void AskSpecialistDialog::takePhoto()
{
    if (!camera::isAvailable()) return;
    camera::open(this, [this](const QImage& image) { addPhotoImage(image, m_caption->text().trimmed()); });
}

void AskSpecialistDialog::send()
{
    if (!m_sent.id.isEmpty() || m_loading > 0 || !m_send->isEnabled()) return;
    services::ConsultationDraft d;
    d.visitId = m_visitId;
    d.specialty = m_specialty->currentData().toString();
    d.urgency = ConsultationUrgency(m_urgency->currentData().toInt());
    d.question = m_question->toPlainText().trimmed();
    d.caseSummary = m_summary->toPlainText().trimmed();
    // Stored at once, then its photos; the sync sends the text first.
    auto r = m_access->runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.sendRequest(d); });
    if (!r.ok()) {
        showMessage(r.error().message, true);
        m_question->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_sent = r.value();
    for (const PendingPhoto& p : std::as_const(m_photos)) {
        auto added = m_access->runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.addPhoto(m_sent.id, p.image, p.caption); });
        if (!added.ok()) {   // the request is stored; say which photo is missing
            showMessage(tr("The request was sent, but the photo \"%1\" was not stored: %2").arg(p.caption, added.error().message), true);
            m_send->setEnabled(false);
            m_cancel->setText(tr("Close"));
            return;
        }
    }
    accept();
}

} // namespace bhu::ui
