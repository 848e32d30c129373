#pragma once
// A whole teleconsultation case, read-only: the request (specialty, urgency, question, case
// summary), the conversation and the answer on one side, the photos with zoom on the other.
// Used by the BHU's Consultations screen and by the specialist's inbox.
#include "bhu/services/ConsultationService.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace bhu::ui {

class PhotoViewer;

class ConsultationCaseView : public QWidget {
    Q_OBJECT
public:
    explicit ConsultationCaseView(QWidget* parent = nullptr);
    void setCase(const services::ConsultationCase& c, const QString& patientLine = {});
    void clear();
    QTextBrowser* text() const { return m_text; }
    QListWidget* photoList() const { return m_photos; }
    PhotoViewer* viewer() const { return m_viewer; }

    // The case as HTML (also the body of the printed note).
    static QString caseHtml(const services::ConsultationCase& c, const QString& patientLine);

private:
    void showPhoto(int row);
    services::ConsultationCase m_case;
    QTextBrowser* m_text = nullptr;
    QListWidget* m_photos = nullptr;
    PhotoViewer* m_viewer = nullptr;
};

} // namespace bhu::ui
