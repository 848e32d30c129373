#include "TokenSlipRenderer.h"

#include "PrintGeometry.h"
#include "patients/PatientText.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace bhu::ui {

namespace {
constexpr qreal kWidth = 80.0, kHeight = 100.0, kMargin = 5.0;

QFont sans(qreal pt, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

void centred(QPainter& p, const QRectF& box, const QFont& font, const QString& text)
{
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, fm.elidedText(text, Qt::ElideRight, box.width()));
}
} // namespace

QPageSize TokenSlipRenderer::pageSize()
{
    return QPageSize(QSizeF(kWidth, kHeight), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm"), QPageSize::ExactMatch);
}

void TokenSlipRenderer::paint(QPainter& p, qreal dpi) const
{
    const Mm mm(dpi);
    const qreal w = kWidth - 2 * kMargin;
    const QLocale locale;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);

    centred(p, mm.rect(kMargin, 3, w, 6), sans(10, true), m_p.facilityName);
    centred(p, mm.rect(kMargin, 9, w, 4.5), sans(8), tr("OPD token"));
    centred(p, mm.rect(kMargin, 13.5, w, 20), sans(44, true), locale.toString(m_token));
    centred(p, mm.rect(kMargin, 34, w, 4.5), sans(8), locale.toString(m_issuedAt, QLocale::ShortFormat));
    p.setPen(QPen(Qt::black, mm(0.3), Qt::DashLine));
    p.drawLine(mm.point(kMargin, 40), mm.point(kWidth - kMargin, 40));
    p.setPen(Qt::black);

    centred(p, mm.rect(kMargin, 42, w, 4), sans(7), tr("MR number"));
    QFont mrFont(QStringLiteral("DejaVu Sans Mono"));
    mrFont.setPointSizeF(13);
    mrFont.setBold(true);
    centred(p, mm.rect(kMargin, 46, w, 7), mrFont, PatientText::mr(m_p.mr));
    centred(p, mm.rect(kMargin, 54, w, 6), sans(11, true), m_p.name);
    qreal y = 60;
    if (!m_p.nameUrdu.isEmpty()) {
        p.setFont(PatientText::urduFont(11));
        p.drawText(mm.rect(kMargin, y, w, 10), Qt::AlignCenter | Qt::TextSingleLine, m_p.nameUrdu);
        y += 10;
    }
    if (!m_p.guardian.isEmpty()) {
        centred(p, mm.rect(kMargin, y, w, 5), sans(9), m_p.guardian);
        y += 5;
    }
    QStringList facts;
    if (!m_p.sex.isEmpty()) facts << m_p.sex;
    if (!m_p.age.isEmpty()) facts << tr("Age %1").arg(m_p.age);
    centred(p, mm.rect(kMargin, y, w, 5), sans(9), facts.join(QStringLiteral(" · ")));

    p.setPen(QPen(Qt::black, mm(0.3), Qt::DashLine));
    p.drawLine(mm.point(kMargin, 87), mm.point(kWidth - kMargin, 87));
    p.setPen(Qt::black);
    p.setFont(sans(7));
    p.drawText(mm.rect(kMargin, 88, w, 9), Qt::AlignCenter | Qt::TextWordWrap, tr("Please wait until your token number is called."));
    p.restore();
}

Status TokenSlipRenderer::writePdf(const QString& path) const
{
    return PrintTarget::toPdf(path, pageSize(), tr("OPD token %1").arg(m_token), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

Status TokenSlipRenderer::print(QPrinter& printer) const
{
    return PrintTarget::toPrinter(printer, pageSize(), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

QImage TokenSlipRenderer::toImage(int dpi) const
{
    return PrintTarget::toImage(pageSize(), dpi, [this](QPainter& p, qreal d) { paint(p, d); });
}

} // namespace bhu::ui
