#include "bhu/domain/Visit.h"

#include <QCoreApplication>

namespace bhu {

QString encounterClassCode(EncounterClass c)
{
    switch (c) {
    case EncounterClass::HomeHealth: return QStringLiteral("HH");
    case EncounterClass::Virtual: return QStringLiteral("VR");
    case EncounterClass::Ambulatory: break;
    }
    return QStringLiteral("AMB");
}

std::optional<EncounterClass> encounterClassFromCode(QStringView code)
{
    if (code == u"AMB") return EncounterClass::Ambulatory;
    if (code == u"HH") return EncounterClass::HomeHealth;
    if (code == u"VR") return EncounterClass::Virtual;
    return std::nullopt;
}

QString encounterClassName(EncounterClass c)
{
    switch (c) {
    case EncounterClass::HomeHealth: return QCoreApplication::translate("bhu::Visit", "Home visit");
    case EncounterClass::Virtual: return QCoreApplication::translate("bhu::Visit", "Teleconsultation");
    case EncounterClass::Ambulatory: break;
    }
    return QCoreApplication::translate("bhu::Visit", "OPD");
}

QString visitStatusCode(VisitStatus s)
{
    switch (s) {
    case VisitStatus::InConsultation: return QStringLiteral("in-consultation");
    case VisitStatus::Closed: return QStringLiteral("closed");
    case VisitStatus::Waiting: break;
    }
    return QStringLiteral("waiting");
}

std::optional<VisitStatus> visitStatusFromCode(QStringView code)
{
    if (code == u"waiting") return VisitStatus::Waiting;
    if (code == u"in-consultation") return VisitStatus::InConsultation;
    if (code == u"closed") return VisitStatus::Closed;
    return std::nullopt;
}

QString visitStatusName(VisitStatus s)
{
    switch (s) {
    case VisitStatus::InConsultation: return QCoreApplication::translate("bhu::Visit", "In consultation");
    case VisitStatus::Closed: return QCoreApplication::translate("bhu::Visit", "Closed");
    case VisitStatus::Waiting: break;
    }
    return QCoreApplication::translate("bhu::Visit", "Waiting");
}

} // namespace bhu
