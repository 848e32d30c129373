#include "DueListPrinting.h"

#include "CommunityText.h"
#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "print/PrintTarget.h"

#include <QGuiApplication>
#include <QPainter>

namespace bhu::ui {

Status DueListPrinting::writePdf(SessionAccess& access, const QList<services::DueListEntry>& entries, const QString& village,
                                 const QDate& today, const QString& path)
{
    const QString title = tr("Immunisations due and overdue — %1").arg(village.isEmpty() ? tr("all villages") : village);
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const auto paint = [&](QPainter& p, qreal dpi) {
        const qreal mm = dpi / 25.4;
        const QRectF page(0, 0, 190 * mm, 277 * mm);
        const int align = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        QFont f = p.font();
        f.setPointSizeF(13);
        f.setBold(true);
        p.setFont(f);
        qreal y = 0;
        p.drawText(QRectF(0, y, page.width(), 9 * mm), align, title);
        y += 9 * mm;
        f.setPointSizeF(9);
        f.setBold(false);
        p.setFont(f);
        p.drawText(QRectF(0, y, page.width(), 6 * mm), align,
                   tr("Date: %1 · people: %2 · pregnant women, then defaulters first").arg(PatientText::date(today)).arg(entries.size()));
        y += 9 * mm;
        const qreal widths[] = {45, 30, 22, 35, 58};   // name, MR, age/sex, household, doses (mm)
        const QStringList head{tr("Name"), tr("MR number"), tr("Age / sex"), tr("Household"), tr("Doses needed")};
        auto row = [&](const QStringList& cells, bool bold) {
            QFont rf = p.font();
            rf.setBold(bold);
            p.setFont(rf);
            qreal x = rtl ? page.width() : 0;
            for (int c = 0; c < cells.size(); ++c) {
                const qreal w = widths[c] * mm;
                if (rtl) x -= w;
                p.drawText(QRectF(x + mm, y, w - 2 * mm, 7 * mm), align | Qt::TextWordWrap, cells.at(c));
                if (!rtl) x += w;
            }
            y += 7 * mm;
            p.drawLine(QPointF(0, y), QPointF(page.width(), y));
        };
        row(head, true);
        for (const services::DueListEntry& e : entries) {
            if (y > page.height() - 10 * mm) break;   // one page: the list of one village's round
            row({CommunityText::listName(e.patient.name, e.pregnant), PatientText::mr(e.patient.mrNumber()),
                 PatientText::ageSex(e.patient.birthDate, e.patient.birthDateEstimated, e.patient.sex, today), e.address,
                 CommunityText::dosesNeeded(e.due)},
                e.defaulter);
        }
    };
    BHU_TRY(PrintTarget::toPdf(path, QPageSize(QPageSize::A4), title, paint));
    return access.runSession([](services::Session& s) { return services::ImmunisationService(s).recordPrint(); });
}

} // namespace bhu::ui
