#include "bhu/fhir/FhirMedicationRequest.h"

#include "FhirBuild.h"
#include "bhu/domain/DoseFrequency.h"
#include "bhu/fhir/FhirCodes.h"

namespace bhu::fhir {

using namespace build;

namespace {

QJsonObject days(int n)
{
    return quantity(n, QStringLiteral("days"), QStringLiteral("d"));
}

QJsonObject timing(const Prescription& p)
{
    QJsonObject t;
    const auto f = doseFrequency(p.frequency);
    if (f && !f->asNeeded) {
        QJsonObject repeat;
        if (f->once) {
            repeat.insert(QStringLiteral("count"), 1);
        } else {
            if (p.durationDays > 0) repeat.insert(QStringLiteral("boundsDuration"), days(p.durationDays));
            repeat.insert(QStringLiteral("frequency"), f->timesPerPeriod);
            repeat.insert(QStringLiteral("period"), f->period);
            repeat.insert(QStringLiteral("periodUnit"), f->periodUnit);
            if (f->atBedtime) repeat.insert(QStringLiteral("when"), QJsonArray{QStringLiteral("HS")});
        }
        t.insert(QStringLiteral("repeat"), repeat);
    } else if (f && p.durationDays > 0) {
        t.insert(QStringLiteral("repeat"), QJsonObject{{QStringLiteral("boundsDuration"), days(p.durationDays)}});
    }
    put(t, QStringLiteral("code"), textConcept(f ? f->code : p.frequency.trimmed()));
    return t;
}

} // namespace

QString dosageText(const Prescription& p)
{
    QStringList parts;
    for (const QString& s : {p.dose.simplified(), p.frequency.simplified()})
        if (!s.isEmpty()) parts.append(s);
    if (p.durationDays > 0)
        parts.append(p.durationDays == 1 ? QStringLiteral("for 1 day") : QStringLiteral("for %1 days").arg(p.durationDays));
    QString text = parts.join(u' ');
    const QString extra = p.instructions.simplified();
    if (!extra.isEmpty()) text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + extra;
    return text;
}

QJsonObject prescriptionToFhir(const Prescription& p, const FhirConfig& cfg)
{
    QJsonObject o = clinicalResource(cfg, QStringLiteral("MedicationRequest"), p);
    o.insert(QStringLiteral("status"), QStringLiteral("active"));
    o.insert(QStringLiteral("intent"), QStringLiteral("order"));
    const QJsonArray codings = p.medicineCode.isEmpty() ? QJsonArray{} : QJsonArray{coding(cfg.medicineSystem(), p.medicineCode, p.medicineText())};
    QJsonObject medication = codeable(codings, p.medicineText());
    QJsonArray medicineParts;
    for (const auto& [url, value] : {std::pair{cfg.medicineNameUrl(), p.medicineName}, std::pair{cfg.medicineStrengthUrl(), p.strength},
                                     std::pair{cfg.medicineFormUrl(), p.form}}) {
        if (!value.simplified().isEmpty()) medicineParts.append(extension(url, QStringLiteral("valueString"), value.simplified()));
    }
    put(medication, QStringLiteral("extension"), medicineParts);
    o.insert(QStringLiteral("medicationCodeableConcept"), medication);
    put(o, QStringLiteral("authoredOn"), dateTime(p.recordedAt));
    put(o, QStringLiteral("requester"), displayReference(p.recordedBy));

    QJsonObject dosage;
    if (!p.dose.simplified().isEmpty())
        dosage.insert(QStringLiteral("extension"), QJsonArray{extension(cfg.doseUrl(), QStringLiteral("valueString"), p.dose.simplified())});
    put(dosage, QStringLiteral("text"), dosageText(p));
    put(dosage, QStringLiteral("patientInstruction"), p.instructions.simplified());
    put(dosage, QStringLiteral("timing"), timing(p));
    if (const auto f = doseFrequency(p.frequency); f && f->asNeeded) dosage.insert(QStringLiteral("asNeededBoolean"), true);
    put(o, QStringLiteral("dosageInstruction"), dosage.isEmpty() ? QJsonArray{} : QJsonArray{dosage});

    QJsonObject dispense;
    if (p.quantityDispensed > 0) {
        QJsonObject q{{QStringLiteral("value"), p.quantityDispensed}};
        put(q, QStringLiteral("unit"), p.dispenseUnit());
        dispense.insert(QStringLiteral("quantity"), q);
    }
    if (p.durationDays > 0) dispense.insert(QStringLiteral("expectedSupplyDuration"), days(p.durationDays));
    put(o, QStringLiteral("dispenseRequest"), dispense);
    addAmendment(o, cfg, QStringLiteral("MedicationRequest"), p.amendsId, p.amendReason);
    return o;
}

} // namespace bhu::fhir
