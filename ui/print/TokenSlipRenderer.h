#pragma once
// The OPD token slip for an 80 mm receipt printer: the day's token number, large, then the
// MR number, name (Latin and Urdu script), guardian, age/sex, facility and date/time.
#include "PrintTarget.h"
#include "PrintedPatient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bhu::ui {

class TokenSlipRenderer {
    Q_DECLARE_TR_FUNCTIONS(TokenSlipRenderer)
public:
    TokenSlipRenderer(PrintedPatient patient, int token, QDateTime issuedAt)
        : m_p(std::move(patient)), m_token(token), m_issuedAt(std::move(issuedAt))
    {
    }

    static QPageSize pageSize();                     // 80 mm wide receipt
    void paint(QPainter& painter, qreal dpi) const;

    Status writePdf(const QString& path) const;
    Status print(QPrinter& printer) const;
    QImage toImage(int dpi = 203) const;             // 203 dpi: common thermal printers

private:
    PrintedPatient m_p;
    int m_token = 0;
    QDateTime m_issuedAt;
};

} // namespace bhu::ui
