#include "bhu/domain/Diagnosis.h"

namespace bhu {

QString certaintyCode(DiagnosisCertainty c)
{
    return c == DiagnosisCertainty::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("provisional");
}

std::optional<DiagnosisCertainty> certaintyFromCode(QStringView code)
{
    if (code == u"provisional") return DiagnosisCertainty::Provisional;
    if (code == u"confirmed") return DiagnosisCertainty::Confirmed;
    return std::nullopt;
}

} // namespace bhu
