#pragma once
// Fixture of the registry integration tests: a fresh database in the test PostgreSQL cluster,
// migrated with `bhu-registry migrate`, a running `bhu-registry serve`, and helpers to enrol
// devices, build FHIR resources and Bundles, call the API and count rows.
#include "bhu/domain/Patient.h"
#include "bhu/test/PgCluster.h"
#include "bhu/test/RegistryProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <map>
#include <string>

namespace bhu::test {

struct Device {
    QString id, credential, facilityCode;
    int facilityNumber = 0;
};

struct Resp {
    int status = 0;
    QJsonObject json;
    std::string body;
    std::multimap<std::string, std::string> headers;
    std::string header(const std::string& name) const;
};

class RegistryTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Extra `serve` arguments for a test (before SetUp starts the server).
    virtual QStringList serveArgs() const { return {QStringLiteral("--threads"), QStringLiteral("8")}; }

    QString addFacility(const QString& code, const QString& name, int number = 0);   // the token
    Resp enrollRaw(const QString& token, const QString& address = {});
    Device enroll(const QString& code, int number);   // facility add + $enroll, asserts success

    Resp post(const std::string& path, const QByteArray& body, const QString& credential,
              const std::map<std::string, std::string>& headers = {});
    Resp postJson(const std::string& path, const QJsonObject& body, const QString& credential,
                  const std::map<std::string, std::string>& headers = {});
    Resp get(const std::string& path, const QString& credential, const std::map<std::string, std::string>& headers = {});

    long long count(const std::string& sql);   // SELECT count(*) …
    void exec(const std::string& sql);

    QString conninfo;
    RegistryProcess server;
};

// Builders.
QString newId();
Patient makePatient(const QString& facilityCode, const QString& name);
QJsonObject patientResource(const Patient& p, int clientVersion);
QJsonObject encounterResource(const QString& id, const QString& patientId, int clientVersion = 1);
QJsonObject conditionResource(const QString& id, const QString& patientId, const QString& encounterId, const QString& text,
                              int clientVersion = 1);
QJsonObject entry(const QJsonObject& resource, int ifMatch = 0);
QJsonObject transaction(const QJsonArray& entries);
QString entryStatus(const Resp& r, int i);   // "201 Created"
QJsonObject entryResource(const Resp& r, int i);
QString identifierValue(const QJsonObject& patient, const QString& system);
QString issueCode(const Resp& r);
inline const QString kMrSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/mr");
inline const QString kMrProvisionalSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/mr-provisional");
inline const QString kCnicSystem = QStringLiteral("https://fhir.bhu.gov.pk/sid/cnic");

} // namespace bhu::test
