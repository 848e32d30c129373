#pragma once
// The consultation note (request + answer) on paper for the patient's file: facility, patient,
// the request, the conversation and the answer. Printed in the user's language and direction
// (English, or Urdu right to left) through PrintTarget. The note's data comes from
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
    static Status writePdf(SessionAccess& access, const QString& consultationId, const QString& path);
    static Status printTo(SessionAccess& access, const QString& consultationId, QPrinter& printer);
    static QString html(const services::ConsultationNote& note);
};

} // namespace bhu::ui
