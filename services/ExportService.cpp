#include "bhu/services/ExportService.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/ExportReader.h"
#include "bhu/fhir/FhirCondition.h"
#include "bhu/fhir/FhirEncounter.h"
#include "bhu/fhir/FhirMedicationRequest.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/fhir/FhirServiceRequest.h"
#include "bhu/fhir/FhirVitals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace bhu::services {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::services::ExportService", s); }
} // namespace

QJsonObject ExportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("Patient"), patients},
                       {QStringLiteral("Encounter"), encounters},
                       {QStringLiteral("Observation"), observations},
                       {QStringLiteral("Condition"), conditions},
                       {QStringLiteral("MedicationRequest"), medicationRequests},
                       {QStringLiteral("ServiceRequest"), serviceRequests},
                       {QStringLiteral("total"), resources()}};
}

Result<ExportSummary> ExportService::exportFhirNdjson(const QString& path, const fhir::FhirConfig& cfg, int batchSize)
{
    BHU_TRY(m_s.require(Permission::ExportData));   // before anything is opened or written
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Patient data: readable by the owner only, like the database itself.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(ErrorCode::Failed, tr("Cannot restrict access to %1.").arg(path));
    ExportSummary sum;
    QByteArray buffer;
    auto line = [&](const QJsonObject& o) {
        buffer += QJsonDocument(o).toJson(QJsonDocument::Compact);
        buffer += '\n';
    };
    auto flush = [&]() -> Status {
        if (file.write(buffer) != buffer.size())
            return Error::make(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
        buffer.clear();
        return {};
    };
    qint64 cursor = 0;
    for (;;) {
        // The session lock is held per batch, so the clinic can keep working during a long export.
        const auto lock = m_s.guard();
        db::ExportReader reader(m_s.store().conn());
        auto patients = reader.nextPatients(cursor, std::max(1, batchSize));
        if (!patients.ok()) return patients.error();
        if (patients->isEmpty()) break;
        for (const Patient& p : patients.value()) {
            line(fhir::patientToFhir(p, cfg));
            ++sum.patients;
            auto visits = reader.currentVisits(p.id);
            if (!visits.ok()) return visits.error();
            for (const VisitRecord& r : visits.value()) {
                line(fhir::visitToFhir(r.visit, cfg));
                ++sum.encounters;
                if (r.vitals)
                    for (const QJsonValue& o : fhir::vitalSignsToFhir(*r.vitals, cfg)) {
                        line(o.toObject());
                        ++sum.observations;
                    }
                for (const Diagnosis& d : r.diagnoses) {
                    line(fhir::diagnosisToFhir(d, cfg));
                    ++sum.conditions;
                }
                for (const Prescription& rx : r.prescriptions) {
                    line(fhir::prescriptionToFhir(rx, cfg));
                    ++sum.medicationRequests;
                }
                for (const Referral& f : r.referrals) {
                    line(fhir::referralToFhir(f, cfg));
                    ++sum.serviceRequests;
                }
            }
        }
        BHU_TRY(flush());
    }
    if (!file.commit()) return Error::make(ErrorCode::Failed, tr("Cannot write %1: %2").arg(path, file.errorString()));
    const auto lock = m_s.guard();
    const QString details = QStringLiteral("format=fhir-ndjson patients=%1 encounters=%2 observations=%3 conditions=%4 "
                                           "medication_requests=%5 service_requests=%6")
                                .arg(sum.patients)
                                .arg(sum.encounters)
                                .arg(sum.observations)
                                .arg(sum.conditions)
                                .arg(sum.medicationRequests)
                                .arg(sum.serviceRequests);
    BHU_TRY(db::AuditLog(m_s.store().conn()).record(m_s.actor(), QStringLiteral("export"), {}, {}, {}, details));
    return sum;
}

} // namespace bhu::services
