#include "bhu/fhir/FhirMedicationRequest.h"

#include "ClinicalRead.h"
#include "bhu/domain/ReferenceData.h"

namespace bhu::fhir {

using namespace clinicalread;

namespace {

const QString kType = QStringLiteral("MedicationRequest");

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirMedicationRequest", s);
}

void readMedication(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Prescription& p)
{
    const QString path = QStringLiteral("MedicationRequest.medicationCodeableConcept");
    const QJsonObject med = r.object(o, QStringLiteral("medicationCodeableConcept"), path);
    p.medicineCode = codeIn(r, med, cfg.medicineSystem(), path);
    const QString text = r.string(med, QStringLiteral("text"), path + QStringLiteral(".text")).simplified();
    p.medicineName = extensionString(r, med, cfg.medicineNameUrl(), path);
    p.strength = extensionString(r, med, cfg.medicineStrengthUrl(), path);
    p.form = extensionString(r, med, cfg.medicineFormUrl(), path);
    if (r.failed()) return;
    if (p.medicineName.isEmpty() && p.strength.isEmpty() && p.form.isEmpty()) {
        const auto known = p.medicineCode.isEmpty() ? std::nullopt : ReferenceData::builtIn().medicine(p.medicineCode);
        if (known) {
            p.medicineName = known->name;
            p.strength = known->strength;
            p.form = known->form;
        } else {
            p.medicineName = text;
        }
    }
    if (p.medicineCode.isEmpty() && p.medicineText().isEmpty())
        r.fail(QStringLiteral("medication"), tr("The FHIR MedicationRequest names no medicine (%1 is missing or empty).").arg(path));
}

// A Duration in days: d (or no code) as is, wk × 7. Absent → nullopt.
std::optional<int> readDays(FhirReader& r, const QJsonObject& element, const QString& key, const QString& path)
{
    const QJsonObject q = r.object(element, key, path);
    if (r.failed() || q.isEmpty()) return std::nullopt;
    const auto value = number(r, q, QStringLiteral("value"), path + QStringLiteral(".value"));
    const QString code = r.string(q, QStringLiteral("code"), path + QStringLiteral(".code"));
    if (r.failed() || !value) return std::nullopt;
    const int factor = (code.isEmpty() || code == u"d") ? 1 : code == u"wk" ? 7 : 0;
    if (factor == 0 || *value < 0 || *value > 100000 || *value != static_cast<double>(static_cast<int>(*value))) {
        r.fail(QStringLiteral("duration"), tr("%1 must be a whole number of days (or weeks).").arg(path));
        return std::nullopt;
    }
    return static_cast<int>(*value) * factor;
}

void readDosage(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Prescription& p, std::optional<int>& boundsDays)
{
    const QString path = QStringLiteral("MedicationRequest.dosageInstruction");
    const QJsonArray dosages = r.array(o, QStringLiteral("dosageInstruction"), path);
    if (dosages.isEmpty() || r.failed()) return;
    const QString dp = at(path, 0);
    const QJsonObject d = r.object(dosages.at(0), dp);
    p.dose = extensionString(r, d, cfg.doseUrl(), dp);
    p.instructions = r.string(d, QStringLiteral("patientInstruction"), dp + QStringLiteral(".patientInstruction"));
    r.string(d, QStringLiteral("text"), dp + QStringLiteral(".text"));
    const auto asNeeded = r.boolean(d, QStringLiteral("asNeededBoolean"), dp + QStringLiteral(".asNeededBoolean"));
    const QJsonObject timing = r.object(d, QStringLiteral("timing"), dp + QStringLiteral(".timing"));
    const QJsonObject code = r.object(timing, QStringLiteral("code"), dp + QStringLiteral(".timing.code"));
    p.frequency = r.string(code, QStringLiteral("text"), dp + QStringLiteral(".timing.code.text")).trimmed();
    const QJsonObject repeat = r.object(timing, QStringLiteral("repeat"), dp + QStringLiteral(".timing.repeat"));
    const auto count = integer(r, repeat, QStringLiteral("count"), dp + QStringLiteral(".timing.repeat.count"));
    boundsDays = readDays(r, repeat, QStringLiteral("boundsDuration"), dp + QStringLiteral(".timing.repeat.boundsDuration"));
    if (r.failed() || !p.frequency.isEmpty()) return;
    if (asNeeded.value_or(false)) p.frequency = QStringLiteral("SOS");
    else if (count == 1) p.frequency = QStringLiteral("STAT");
}

void readDispense(FhirReader& r, const QJsonObject& o, Prescription& p, const std::optional<int>& boundsDays)
{
    const QString path = QStringLiteral("MedicationRequest.dispenseRequest");
    const QJsonObject dispense = r.object(o, QStringLiteral("dispenseRequest"), path);
    const QJsonObject quantity = r.object(dispense, QStringLiteral("quantity"), path + QStringLiteral(".quantity"));
    const auto n = number(r, quantity, QStringLiteral("value"), path + QStringLiteral(".quantity.value"));
    if (r.failed()) return;
    if (n && (*n < 0 || *n > 1000000 || *n != static_cast<double>(static_cast<int>(*n)))) {
        r.fail(QStringLiteral("quantity"), tr("%1.quantity.value must be a whole number ≥ 0.").arg(path));
        return;
    }
    p.quantityDispensed = n ? static_cast<int>(*n) : 0;
    const auto supply = readDays(r, dispense, QStringLiteral("expectedSupplyDuration"), path + QStringLiteral(".expectedSupplyDuration"));
    p.durationDays = supply ? *supply : boundsDays.value_or(0);
}

} // namespace

Result<Prescription> prescriptionFromFhir(const QJsonObject& medicationRequest, const FhirConfig& cfg)
{
    FhirReader r(kType);
    Prescription p;
    std::optional<int> boundsDays;
    clinicalHead(r, medicationRequest, cfg, kType, p);
    if (!r.failed()) {
        r.string(medicationRequest, QStringLiteral("status"), QStringLiteral("MedicationRequest.status"));
        r.string(medicationRequest, QStringLiteral("intent"), QStringLiteral("MedicationRequest.intent"));
    }
    if (!r.failed()) readMedication(r, medicationRequest, cfg, p);
    if (!r.failed()) readDosage(r, medicationRequest, cfg, p, boundsDays);
    if (!r.failed()) readDispense(r, medicationRequest, p, boundsDays);
    if (!r.failed()) {
        p.recordedAt = dateTime(r, medicationRequest, QStringLiteral("authoredOn"), QStringLiteral("MedicationRequest.authoredOn"));
        p.recordedBy = referenceDisplay(r, medicationRequest, QStringLiteral("requester"), QStringLiteral("MedicationRequest.requester"));
    }
    if (!r.failed()) amendment(r, medicationRequest, cfg, kType, p.amendsId, p.amendReason);
    if (r.failed()) return r.error();
    return p;
}

} // namespace bhu::fhir
