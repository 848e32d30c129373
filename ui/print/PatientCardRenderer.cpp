#include "PatientCardRenderer.h"

#include "PrintGeometry.h"
#include "QrCode.h"
#include "patients/PatientText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace bhu::ui {

namespace {
constexpr qreal kWidth = 85.6, kHeight = 54.0, kMargin = 4.0, kBand = 11.0, kQr = 23.0;
const QColor kBrand(0x0b, 0x5d, 0x45);
const QColor kMuted(0x5f, 0x66, 0x6d);

QFont sans(qreal pt, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

// One line of text in `box`, elided at the end if it does not fit.
void line(QPainter& p, const QRectF& box, const QFont& font, const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    p.drawText(box, align | Qt::TextSingleLine, fm.elidedText(text, Qt::ElideRight, box.width()));
}
} // namespace

QPageSize PatientCardRenderer::pageSize()
{
    return QPageSize(QSizeF(kWidth, kHeight), QPageSize::Millimeter, QStringLiteral("ID-1"), QPageSize::ExactMatch);
}

void PatientCardRenderer::paint(QPainter& p, qreal dpi) const
{
    const Mm mm(dpi);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setLayoutDirection(Qt::LeftToRight);   // a card reads the same in every UI language

    // Card outline (a cutting guide on plain paper) and the facility band.
    QPainterPath card;
    card.addRoundedRect(mm.rect(0.15, 0.15, kWidth - 0.3, kHeight - 0.3), mm(3), mm(3));
    p.fillPath(card, Qt::white);
    p.save();
    p.setClipPath(card);
    p.fillRect(mm.rect(0, 0, kWidth, kBand), kBrand);
    p.restore();
    p.setPen(QPen(QColor(0xc8, 0xcc, 0xd0), mm(0.2)));
    p.drawPath(card);

    p.setPen(Qt::white);
    line(p, mm.rect(kMargin, 1.3, kWidth - 2 * kMargin, 5), sans(8.5, true), m_p.facilityName);
    line(p, mm.rect(kMargin, 5.8, kWidth - 2 * kMargin, 4), sans(5.5), tr("Patient card · One Patient, One ID"));

    // QR code of the MR digits: a scanner types them into the search box.
    const QRectF qr = mm.rect(kWidth - kMargin - kQr + 1, kBand + 2.5, kQr, kQr);
    QrCode::encode(m_p.mr.toLatin1()).paint(p, qr, 2);

    const qreal textW = kWidth - 2 * kMargin - kQr - 1;
    p.setPen(kMuted);
    line(p, mm.rect(kMargin, kBand + 2, textW, 3.5), sans(5.5), tr("MR number"));
    p.setPen(Qt::black);
    QFont mrFont(QStringLiteral("DejaVu Sans Mono"));
    mrFont.setPointSizeF(12.5);
    mrFont.setBold(true);
    line(p, mm.rect(kMargin, kBand + 5, textW, 6.5), mrFont, PatientText::mr(m_p.mr));

    line(p, mm.rect(kMargin, kBand + 12.5, textW, 5), sans(9, true), m_p.name);
    qreal y = kBand + 17.5;
    if (!m_p.nameUrdu.isEmpty()) {
        p.setFont(PatientText::urduFont(9));
        p.drawText(mm.rect(kMargin, y, textW, 8), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_p.nameUrdu);
        y += 8;
    } else {
        y += 1;
    }
    if (!m_p.guardian.isEmpty()) {
        line(p, mm.rect(kMargin, y, textW, 4), sans(7), m_p.guardian);
        y += 4.2;
    }
    QStringList facts;
    if (!m_p.sex.isEmpty()) facts << m_p.sex;
    if (!m_p.age.isEmpty()) facts << tr("Age %1").arg(m_p.age);
    line(p, mm.rect(kMargin, y, textW, 4), sans(7), facts.join(QStringLiteral(" · ")));

    // Footer: under the QR code, the number again in small print for reading aloud.
    p.setPen(kMuted);
    line(p, mm.rect(kWidth - kMargin - kQr + 1, kBand + 2.5 + kQr, kQr, 3.5), sans(5.5), PatientText::mr(m_p.mr), Qt::AlignCenter);
    line(p, mm.rect(kMargin, kHeight - 5.2, kWidth - 2 * kMargin - kQr, 3.5), sans(5.5), tr("Bring this card at every visit."));
    p.restore();
}

Status PatientCardRenderer::writePdf(const QString& path) const
{
    return PrintTarget::toPdf(path, pageSize(), tr("Patient card %1").arg(PatientText::mr(m_p.mr)),
                              [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

Status PatientCardRenderer::print(QPrinter& printer) const
{
    return PrintTarget::toPrinter(printer, pageSize(), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

QImage PatientCardRenderer::toImage(int dpi) const
{
    return PrintTarget::toImage(pageSize(), dpi, [this](QPainter& p, qreal d) { paint(p, d); });
}

} // namespace bhu::ui
