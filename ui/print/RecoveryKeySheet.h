#pragma once
// The recovery-key sheet for the facility's safe: facility, date, the key in large letters
// and what it is for. Printed (or saved as PDF) by the first-run wizard and after a key change.
#include "PrintTarget.h"

#include <QDate>

namespace bhu::ui {

struct RecoveryKeySheet {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)
public:
    QString facility;
    QString recoveryKey;
    QDate date;

    void paint(QPainter& p, qreal dpi) const;
    Status savePdf(const QString& path) const;
    Status print(QPrinter& printer) const;
};

} // namespace bhu::ui
