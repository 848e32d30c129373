#include "ConsultationNotePrinting.h"

#include "ConsultationCaseView.h"
#include "patients/SessionAccess.h"
#include "print/PrintTarget.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace bhu::ui {

namespace {
PaintFunction paintHtml(const QString& html)
{
    return [html](QPainter& p, qreal dpi) {
        const qreal mm = dpi / 25.4;
        QTextDocument doc;
        QTextOption option = doc.defaultTextOption();
        option.setTextDirection(QGuiApplication::layoutDirection());
        doc.setDefaultTextOption(option);
        QFont f = QGuiApplication::font();
        f.setPointSizeF(10);
        doc.setDefaultFont(f);
        doc.documentLayout()->setPaintDevice(p.device());
        doc.setHtml(html);
        doc.setTextWidth(190 * mm);
        doc.drawContents(&p, QRectF(0, 0, 190 * mm, 277 * mm));
    };
}

Result<services::ConsultationNote> loadNote(SessionAccess& access, const QString& id)
{
    return access.runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.note(id); });
}
} // namespace

QString ConsultationNotePrinting::html(const services::ConsultationNote& n)
{
    const QString dir = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString out = QStringLiteral("<div dir=\"%1\">").arg(dir);
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Teleconsultation note").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(tr("%1 · printed %2").arg(n.facilityName, QLocale().toString(n.printedAt.toLocalTime(), QLocale::ShortFormat)).toHtmlEscaped());
    const QString patient = tr("%1, MR %2, %3").arg(n.patientName, n.mr, n.sexAndAge);
    out += ConsultationCaseView::caseHtml(n.consultation, patient);
    if (!n.consultation.answer()) out += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not answered yet.").toHtmlEscaped());
    out += QStringLiteral("</div>");
    return out;
}

Status ConsultationNotePrinting::writePdf(SessionAccess& access, const QString& consultationId, const QString& path)
{
    auto n = loadNote(access, consultationId);
    if (!n.ok()) return n.error();
    return PrintTarget::toPdf(path, QPageSize(QPageSize::A4), tr("Teleconsultation note"), paintHtml(html(n.value())));
}

Status ConsultationNotePrinting::printTo(SessionAccess& access, const QString& consultationId, QPrinter& printer)
{
    auto n = loadNote(access, consultationId);
    if (!n.ok()) return n.error();
    return PrintTarget::toPrinter(printer, QPageSize(QPageSize::A4), paintHtml(html(n.value())));
}

} // namespace bhu::ui
