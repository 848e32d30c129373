#pragma once
// End-to-end sync as a newcomer would try it: the real bhu-registry on a throwaway PostgreSQL
// cluster (RegistryTest), clinics as encrypted test databases, and the real `bhuctl enroll` /
// `bhuctl sync` programs between them. Records are made through the services, as the app does.
#include "../registry/RegistryFixture.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"

#include <QJsonObject>
#include <memory>
#include <string>
#include <utility>

namespace bhu::test {

struct Clinic {
    TestDb db;
    QString code;
    std::unique_ptr<services::Session> session() const;   // the admin, signed in
};

struct SyncRun {
    int exitCode = -1;
    QJsonObject report;
    QByteArray err;
};

class SyncTest : public RegistryTest {
protected:
    QString baseUrl() const;
    // A clinic database enrolled with the registry under a new facility.
    std::unique_ptr<Clinic> enrolledClinic(const QString& code, int facilityNumber);
    SyncRun sync(const Clinic& c);
    // Registers patients offline (the MR pool may be empty: provisional numbers).
    QList<Patient> registerPatients(const Clinic& c, int n, const QString& namePrefix);
    // Closed visits for a patient, made the way a clinician's signed visit is stored.
    void addVisits(const Clinic& c, const Patient& p, int k, std::uint64_t seed);
    // The clinic looks the patient up in the registry by MR number (history anywhere), which
    // puts the patient in its catchment.
    void lookUp(const Clinic& c, const QString& mr);

    long long registryCount(const QString& type);
    // Rows of two text columns from the registry's database.
    QList<std::pair<QString, QByteArray>> registryRows(const std::string& sql);
    qint64 localCount(const Clinic& c, const QString& sql);
};

} // namespace bhu::test
