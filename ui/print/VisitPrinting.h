#pragma once
// Printing a visit's prescription or referral slip: to a printer (QPrintDialog) or to a PDF
// file. Dialogs open without nested event loops; every print or saved PDF is recorded with
// VisitService::recordPrint (audited).
#include "bhu/domain/Result.h"
#include "bhu/domain/VisitRecord.h"

#include <QObject>
#include <memory>

class QPrinter;
class QWidget;

namespace bhu::ui {

class SessionAccess;

class VisitPrinting : public QObject {
    Q_OBJECT
public:
    enum class Document { Prescription, ReferralSlip };

    VisitPrinting(std::shared_ptr<SessionAccess> access, QWidget* dialogParent);

    void print(const VisitRecord& r, const Patient& patient, Document document);
    void saveAsPdf(const VisitRecord& r, const Patient& patient, Document document);
    // Without dialogs: writes the PDF and records it. Used by the dialogs and by tests.
    Status writePdf(const VisitRecord& r, const Patient& patient, Document document, const QString& path);
    Status printTo(QPrinter& printer, const VisitRecord& r, const Patient& patient, Document document);

Q_SIGNALS:
    void finished(const QString& message);
    void failed(const QString& message);

private:
    Status check(const VisitRecord& r, Document document) const;
    QString documentName(Document d) const;

    std::shared_ptr<SessionAccess> m_access;
    QWidget* m_parent;
};

} // namespace bhu::ui
