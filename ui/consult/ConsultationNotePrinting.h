#pragma once
// The consultation note (request + answer) on paper for the patient's file: facility, patient,
// the request, the conversation and the answer. Printed in the language the user chooses for the
// paper — English, or Urdu right to left — whatever the program's language (ui/print/
// PrintLanguage; empty: the program's), through PrintTarget. The note's data comes from
// ConsultationService::note(), which audits every print.
#include "bhu/domain/Result.h"
#include "bhu/services/ConsultationService.h"

#include <QCoreApplication>

class QPrinter;

namespace bhu::ui {

class SessionAccess;

class ConsultationNotePrinting {
    Q_DECLARE_TR_FUNCTIONS(ConsultationNotePrinting)
public:
    static Status writePdf(SessionAccess& access, const QString& consultationId, const QString& path, const QString& language = {});
    static Status printTo(SessionAccess& access, const QString& consultationId, QPrinter& printer, const QString& language = {});
    // The note's text in the current translation (inside a PrintLanguage scope: that language).
    static QString html(const services::ConsultationNote& note, Qt::LayoutDirection direction);
};

} // namespace bhu::ui
