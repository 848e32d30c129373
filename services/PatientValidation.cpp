// PatientService::validate: normalise the form's values and report problems per field.
#include "bhu/services/PatientService.h"

#include "bhu/domain/Age.h"
#include "bhu/domain/Cnic.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/domain/Phone.h"

#include <QCoreApplication>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::PatientService", s); }

void checkNationalId(Patient& p, const QString& system, const QString& field, QList<FieldIssue>& out)
{
    const QString raw = p.identifier(system).trimmed();
    if (raw.isEmpty()) return;
    auto c = system == IdSystem::BForm ? checkBForm(raw, p.sex) : checkCnic(raw, p.sex);
    if (!c.ok()) {
        out.append({field, c.error().message, false});
        return;
    }
    p.setIdentifier(system, c->digits);
    for (const QString& w : c->warnings) out.append({field, w, true});
}
} // namespace

QList<FieldIssue> PatientService::validate(Patient& p) const
{
    QList<FieldIssue> out;
    const QDate today = QDate::currentDate();
    p.name = p.name.simplified();
    p.nameUrdu = p.nameUrdu.simplified();
    p.guardianName = p.guardianName.simplified();
    p.notes = p.notes.trimmed();

    if (normalizeName(p.name).isEmpty())
        out.append({QStringLiteral("name"), tr("Enter the patient's name."), false});
    if (p.sex == Sex::Unknown) out.append({QStringLiteral("sex"), tr("Choose male, female or other."), false});

    if (p.relation != Relation::None && p.guardianName.isEmpty())
        out.append({QStringLiteral("guardian_name"), tr("Enter the name of the father or husband (S/O, D/O, W/O)."), false});
    if (p.relation == Relation::None && !p.guardianName.isEmpty())
        out.append({QStringLiteral("relation"), tr("Choose S/O, D/O or W/O for the guardian's name."), false});
    if ((p.relation == Relation::SonOf && p.sex == Sex::Female) ||
        ((p.relation == Relation::DaughterOf || p.relation == Relation::WifeOf) && p.sex == Sex::Male))
        out.append({QStringLiteral("relation"), tr("The relation does not match the sex. Check S/O, D/O, W/O and the sex."), true});

    if (!p.birthDate.isValid()) {
        out.append({QStringLiteral("birth_date"), tr("Enter the date of birth, or the age in years and months."), false});
    } else if (auto b = validateBirthDate(p.birthDate, today); !b.ok()) {
        out.append({QStringLiteral("birth_date"), b.error().message, false});
    }

    checkNationalId(p, IdSystem::Cnic, QStringLiteral("cnic"), out);
    checkNationalId(p, IdSystem::BForm, QStringLiteral("cnic"), out);
    if (!p.guardianCnic.trimmed().isEmpty()) {
        auto g = checkCnic(p.guardianCnic.trimmed());
        if (!g.ok()) out.append({QStringLiteral("guardian_cnic"), g.error().message, false});
        else p.guardianCnic = g->digits;
        if (p.guardianRelationship.trimmed().isEmpty())
            out.append({QStringLiteral("guardian_relationship"), tr("Say whose CNIC this is (father, mother, …)."), true});
    }

    if (!p.phone.trimmed().isEmpty()) {
        auto ph = normalizePhone(p.phone);
        if (!ph.ok()) out.append({QStringLiteral("phone"), ph.error().message, false});
        else p.phone = ph.value();
    } else {
        p.phone.clear();
    }
    return out;
}

} // namespace bhu::services
