#include "VisitSlipRenderer.h"

#include "PrintGeometry.h"
#include "QrCode.h"
#include "bhu/domain/DoseFrequency.h"
#include "bhu/domain/ReferenceData.h"
#include "patients/PatientText.h"
#include "visits/PrescriptionEditor.h"
#include "visits/VisitText.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace bhu::ui {

namespace {
constexpr qreal kWidth = 148.0, kHeight = 210.0, kMargin = 12.0;

QFont sans(qreal pt, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}
} // namespace

QPageSize VisitSlipRenderer::pageSize()
{
    return QPageSize(QPageSize::A5);
}

QStringList VisitSlipRenderer::lines() const
{
    QStringList out;
    const QString dx = VisitText::diagnoses(m_r);
    if (m_kind == Kind::ReferralSlip) {
        const Referral f = m_r.referrals.isEmpty() ? Referral{} : m_r.referrals.constFirst();
        QString to = facilityLevelName(f.toLevel);
        if (!f.facilityName.isEmpty()) to = tr("%1, %2").arg(to, f.facilityName);
        out << tr("Referred to: %1").arg(to) << tr("Urgency: %1").arg(urgencyName(f.urgency)) << tr("Reason: %1").arg(f.reason)
            << tr("What was done: %1").arg(f.whatWasDone.isEmpty() ? tr("—") : f.whatWasDone) << QString();
        out << tr("Complaint: %1").arg(m_r.visit.chiefComplaint);
        const QString vit = VisitText::vitals(m_r);
        out << tr("Vital signs: %1").arg(vit.isEmpty() ? tr("not measured") : vit);
        out << tr("Diagnoses: %1").arg(dx.isEmpty() ? tr("—") : dx);
        const QString rx = VisitText::prescriptions(m_r);
        if (!rx.isEmpty()) out << tr("Medicines given: %1").arg(rx);
        return out;
    }
    out << tr("Complaint: %1").arg(m_r.visit.chiefComplaint);
    if (!dx.isEmpty()) out << tr("Diagnoses: %1").arg(dx);
    for (const Diagnosis& d : m_r.diagnoses)
        if (const auto e = ReferenceData::current()->diagnosis(d.icd10); e && !e->nameUr.isEmpty()) out << e->nameUr;
    out << QString() << tr("Rx");
    int n = 0;
    for (const Prescription& p : m_r.prescriptions) {
        out << tr("%1. %2").arg(QLocale().toString(++n), PrescriptionEditor::describe(p));
        // The frequency in words, in the language of the program (Urdu when translated).
        const QString words = doseFrequencyName(p.frequency);
        if (!p.frequency.isEmpty() && words != p.frequency) out << tr("    %1").arg(words);
        // And always in Urdu for the patient (unless the line above already is).
        const QString urdu = doseFrequencyUrdu(p.frequency);
        if (!urdu.isEmpty() && urdu != words) out << tr("    %1").arg(urdu);
    }
    if (!m_r.visit.advice.isEmpty()) out << QString() << tr("Advice: %1").arg(m_r.visit.advice);
    if (m_r.visit.followUpDate.isValid()) out << tr("Follow-up: %1").arg(PatientText::date(m_r.visit.followUpDate));
    return out;
}

void VisitSlipRenderer::paint(QPainter& p, qreal dpi) const
{
    const Mm mm(dpi);
    const qreal w = kWidth - 2 * kMargin;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    p.setFont(sans(12, true));
    p.drawText(mm.rect(kMargin, kMargin, w - 30, 7), Qt::AlignLeading | Qt::AlignVCenter, m_p.facilityName);
    p.setFont(sans(14, true));
    p.drawText(mm.rect(kMargin, kMargin + 7, w - 30, 8), Qt::AlignLeading | Qt::AlignVCenter,
               m_kind == Kind::ReferralSlip ? tr("Referral slip") : tr("Prescription"));
    p.setFont(sans(9));
    p.drawText(mm.rect(kMargin, kMargin + 15, w - 30, 5), Qt::AlignLeading | Qt::AlignVCenter,
               tr("Date: %1").arg(VisitText::visitDate(m_r.visit)));
    // MR number as text and QR code at the top trailing corner.
    const QrCode qr = QrCode::encode(m_p.mr.toLatin1());
    if (!qr.isNull()) qr.paint(p, mm.rect(kWidth - kMargin - 26, kMargin, 26, 26));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(11);
    mono.setBold(true);
    p.setFont(mono);
    p.drawText(mm.rect(kMargin, kMargin + 21, w, 6), Qt::AlignLeading | Qt::AlignVCenter, tr("MR %1").arg(PatientText::mr(m_p.mr)));
    p.setFont(sans(10, true));
    QString who = m_p.name;
    if (!m_p.guardian.isEmpty()) who = tr("%1, %2").arg(who, m_p.guardian);
    p.drawText(mm.rect(kMargin, kMargin + 28, w, 6), Qt::AlignLeading | Qt::AlignVCenter, who);
    p.setFont(sans(9));
    p.drawText(mm.rect(kMargin, kMargin + 34, w, 5), Qt::AlignLeading | Qt::AlignVCenter, tr("%1, %2").arg(m_p.sex, m_p.age));
    p.drawLine(mm.point(kMargin, kMargin + 41), mm.point(kWidth - kMargin, kMargin + 41));

    qreal y = mm(kMargin + 44);
    const qreal bottom = mm(kHeight - kMargin - 14);
    const QFont body = sans(10);
    p.setFont(body);
    const QFontMetricsF fm(body, p.device());
    for (const QString& line : lines()) {
        if (line.isEmpty()) {
            y += fm.height() * 0.6;
            continue;
        }
        const QRectF box(mm(kMargin), y, mm(w), bottom - y);
        const QRectF used = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeading, line);
        if (y + used.height() > bottom) break;
        p.drawText(box, Qt::TextWordWrap | Qt::AlignLeading, line);
        y += used.height() + fm.height() * 0.25;
    }
    p.setFont(sans(9));
    p.drawText(mm.rect(kMargin, kHeight - kMargin - 10, w, 5), Qt::AlignTrailing | Qt::AlignVCenter,
               tr("Signed: %1").arg(m_r.visit.signedBy.isEmpty() ? tr("(not signed)") : m_r.visit.signedBy));
    p.restore();
}

Status VisitSlipRenderer::writePdf(const QString& path) const
{
    const QString title = m_kind == Kind::ReferralSlip ? tr("Referral slip") : tr("Prescription");
    return PrintTarget::toPdf(path, pageSize(), title, [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

Status VisitSlipRenderer::print(QPrinter& printer) const
{
    return PrintTarget::toPrinter(printer, pageSize(), [this](QPainter& p, qreal dpi) { paint(p, dpi); });
}

} // namespace bhu::ui
