#include "ConsultationNotePrinting.h"

#include "ConsultationCaseView.h"
#include "bhu/ui/Language.h"
#include "patients/SessionAccess.h"
#include "print/PrintLanguage.h"
#include "print/PrintTarget.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace bhu::ui {

namespace {
PaintFunction paintHtml(const QString& html, Qt::LayoutDirection direction, const QString& family)
{
    return [html, direction, family](QPainter& p, qreal dpi) {
        const qreal mm = dpi / 25.4;
        QTextDocument doc;
        QTextOption option = doc.defaultTextOption();
        option.setTextDirection(direction);
        doc.setDefaultTextOption(option);
        QFont f = QGuiApplication::font();
        if (!family.isEmpty()) f.setFamily(family);
        f.setPointSizeF(10);
        doc.setDefaultFont(f);
        doc.documentLayout()->setPaintDevice(p.device());
        doc.setHtml(html);
        doc.setTextWidth(190 * mm);
        doc.drawContents(&p, QRectF(0, 0, 190 * mm, 277 * mm));
    };
}

// The note's data, and its text and painting in the chosen language.
Result<PaintFunction> render(SessionAccess& access, const QString& id, const QString& language)
{
    auto n = access.runWith<services::ConsultationService>([&](services::ConsultationService& s) { return s.note(id); });
    if (!n.ok()) return n.error();
    const QString code = language.isEmpty() ? Language::instance().code() : language;
    const PrintLanguage lang(code);
    if (!lang.ok())
        return Error::make(ErrorCode::Failed, ConsultationNotePrinting::tr("The Urdu translation is missing from this installation; print the note in English."),
                           QStringLiteral("no catalogue for %1").arg(code));
    return paintHtml(ConsultationNotePrinting::html(n.value(), lang.direction()), lang.direction(), lang.fontFamily());
}
} // namespace

QString ConsultationNotePrinting::html(const services::ConsultationNote& n, Qt::LayoutDirection direction)
{
    const QString dir = direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString out = QStringLiteral("<div dir=\"%1\">").arg(dir);
    out += QStringLiteral("<h2>%1</h2>").arg(tr("Teleconsultation note").toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(tr("%1 · printed %2").arg(n.facilityName, QLocale().toString(n.printedAt.toLocalTime(), QLocale::ShortFormat)).toHtmlEscaped());
    const QString patient = tr("%1, MR %2, %3").arg(n.patientName, n.mr, n.sexAndAge);
    out += ConsultationCaseView::caseHtml(n.consultation, patient);
    if (!n.consultation.answer()) out += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not answered yet.").toHtmlEscaped());
    out += QStringLiteral("</div>");
    return out;
}

Status ConsultationNotePrinting::writePdf(SessionAccess& access, const QString& consultationId, const QString& path, const QString& language)
{
    auto paint = render(access, consultationId, language);
    if (!paint.ok()) return paint.error();
    return PrintTarget::toPdf(path, QPageSize(QPageSize::A4), tr("Teleconsultation note"), paint.value());
}

Status ConsultationNotePrinting::printTo(SessionAccess& access, const QString& consultationId, QPrinter& printer, const QString& language)
{
    auto paint = render(access, consultationId, language);
    if (!paint.ok()) return paint.error();
    return PrintTarget::toPrinter(printer, QPageSize(QPageSize::A4), paint.value());
}

} // namespace bhu::ui
