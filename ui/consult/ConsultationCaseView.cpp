#include "ConsultationCaseView.h"

#include "PhotoViewer.h"

#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
QString row(const QString& label, const QString& value)
{
    if (value.isEmpty()) return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), esc(value));
}
} // namespace

ConsultationCaseView::ConsultationCaseView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consultationCase"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("consultationText"));
    m_text->setOpenLinks(false);
    m_photos = new QListWidget(this);
    m_photos->setObjectName(QStringLiteral("consultationPhotos"));
    m_photos->setAccessibleName(tr("Photos"));
    m_photos->setMaximumHeight(m_photos->fontMetrics().height() * 5);
    m_viewer = new PhotoViewer(this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_photos);
    rightLayout->addWidget(m_viewer, 1);
    auto* split = new QSplitter(this);   // the case and the photos side by side
    split->addWidget(m_text);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    connect(m_photos, &QListWidget::currentRowChanged, this, &ConsultationCaseView::showPhoto);
}

QString ConsultationCaseView::caseHtml(const services::ConsultationCase& c, const QString& patientLine)
{
    const ConsultationRequest& r = c.request;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("%1 — %2").arg(specialtyName(r.specialty), consultationUrgencyName(r.urgency)).toHtmlEscaped());
    html += row(tr("Patient:"), patientLine);
    html += row(tr("Asked by:"), tr("%1 (%2), %3").arg(r.requestedBy, r.facilityCode, when(r.requestedAt)));
    html += row(tr("Status:"), consultationStatusName(r.status));
    if (!r.assignedTo.isEmpty()) html += row(tr("Specialist:"), tr("%1 (%2)").arg(r.assignedTo, r.assignedFacility));
    html += row(tr("Question:"), r.question);
    html += row(tr("Case summary:"), r.caseSummary);
    for (const ConsultationMessage& m : c.messages) {
        const QString who = m.authorName.isEmpty() ? m.author : m.authorName;
        switch (m.kind) {
        case MessageKind::Answer:
            html += QStringLiteral("<h4>%1</h4>").arg(tr("Answer of %1, %2").arg(who, when(m.sentAt)).toHtmlEscaped());
            html += row(tr("Assessment:"), m.text);
            html += row(tr("Advice:"), m.advice);
            html += row(tr("Suggested diagnosis:"), m.suggestedIcd10.isEmpty() ? m.suggestedDiagnosis : tr("%1 (%2)").arg(m.suggestedDiagnosis, m.suggestedIcd10));
            html += row(tr("Suggested treatment:"), m.suggestedTreatment);
            if (m.disposition) html += row(tr("Disposition:"), dispositionName(*m.disposition));
            break;
        case MessageKind::Question:
            html += row(tr("Question of %1, %2:").arg(who, when(m.sentAt)), m.text);
            break;
        case MessageKind::Reply:
            html += row(tr("Reply of %1, %2:").arg(who, when(m.sentAt)), m.text);
            break;
        }
    }
    return html;
}

void ConsultationCaseView::setCase(const services::ConsultationCase& c, const QString& patientLine)
{
    m_case = c;
    m_text->setHtml(caseHtml(c, patientLine));
    m_photos->clear();
    for (int i = 0; i < c.photos.size(); ++i) {
        const ConsultationPhoto& p = c.photos.at(i);
        m_photos->addItem(p.caption.isEmpty() ? tr("Photo %1").arg(QLocale().toString(i + 1)) : p.caption);
    }
    if (c.photos.isEmpty()) m_viewer->setImage({}, tr("No photos with this request."));
    else m_photos->setCurrentRow(0);
}

void ConsultationCaseView::clear()
{
    setCase({});
    m_text->clear();
}

void ConsultationCaseView::showPhoto(int row)
{
    if (row < 0 || row >= m_case.photos.size()) return;
    const ConsultationPhoto& p = m_case.photos.at(row);
    m_viewer->setImage(QImage::fromData(p.data), p.caption);
}

} // namespace bhu::ui
