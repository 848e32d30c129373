#pragma once
// The patient card: ID-1 size (85.6 × 54 mm), the MR number as large text and as a QR code,
// the name in Latin and Urdu script, guardian, sex, age and the facility. Drawing only; where
// it goes (PDF, printer, image) is PrintTarget's business.
#include "PrintTarget.h"
#include "PrintedPatient.h"

#include <QCoreApplication>

namespace bhu::ui {

class PatientCardRenderer {
    Q_DECLARE_TR_FUNCTIONS(PatientCardRenderer)
public:
    explicit PatientCardRenderer(PrintedPatient patient) : m_p(std::move(patient)) {}

    static QPageSize pageSize();                     // ID-1, 85.6 × 54 mm
    void paint(QPainter& painter, qreal dpi) const;  // one card at the painter's origin

    Status writePdf(const QString& path) const;
    Status print(QPrinter& printer) const;
    QImage toImage(int dpi = 300) const;

private:
    PrintedPatient m_p;
};

} // namespace bhu::ui
