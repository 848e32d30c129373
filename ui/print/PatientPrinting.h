#pragma once
// Printing a patient's card or OPD token slip: to a printer (QPrintDialog) or to a PDF file
// ("Save as PDF…"). Dialogs open without nested event loops; every print or saved PDF is
// recorded with PatientService::recordPrint (audited).
#include "bhu/domain/Patient.h"
#include "bhu/domain/Result.h"

#include <QObject>
#include <memory>

class QPrinter;
class QWidget;

namespace bhu::ui {

class SessionAccess;

class PatientPrinting : public QObject {
    Q_OBJECT
public:
    enum class Document { Card, TokenSlip };

    PatientPrinting(std::shared_ptr<SessionAccess> access, QWidget* dialogParent);

    void print(const Patient& patient, Document document);       // asks for the printer
    void saveAsPdf(const Patient& patient, Document document);   // asks for the file
    // Without dialogs: writes the PDF and records it. Used by the dialogs and by tests.
    Status writePdf(const Patient& patient, Document document, const QString& path);
    Status printTo(QPrinter& printer, const Patient& patient, Document document);

Q_SIGNALS:
    void finished(const QString& message);   // "Card saved to …", "Token 12 sent to …"
    void failed(const QString& message);

private:
    Status record(const Patient& patient, const QString& what);
    QString documentName(Document d) const;

    std::shared_ptr<SessionAccess> m_access;
    QWidget* m_parent;
};

} // namespace bhu::ui
