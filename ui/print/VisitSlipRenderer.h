#pragma once
// A5 pages for a visit: the prescription (medicines with dose, frequency, duration and
// instructions; the Urdu name of the diagnoses where known) and the referral slip (to whom,
// reason, urgency, what was done, vitals, diagnoses), both with the MR number as text and as
// a QR code for the receiving facility's scanner.
#include "PrintTarget.h"
#include "PrintedPatient.h"
#include "bhu/domain/VisitRecord.h"

#include <QCoreApplication>

namespace bhu::ui {

class VisitSlipRenderer {
    Q_DECLARE_TR_FUNCTIONS(VisitSlipRenderer)
public:
    enum class Kind { Prescription, ReferralSlip };

    VisitSlipRenderer(Kind kind, PrintedPatient patient, VisitRecord record)
        : m_kind(kind), m_p(std::move(patient)), m_r(std::move(record))
    {
    }

    static QPageSize pageSize();   // A5 portrait
    void paint(QPainter& painter, qreal dpi) const;
    Status writePdf(const QString& path) const;
    Status print(QPrinter& printer) const;

private:
    QStringList lines() const;   // the body, one paragraph per entry ("" = gap)

    Kind m_kind;
    PrintedPatient m_p;
    VisitRecord m_r;
};

} // namespace bhu::ui
