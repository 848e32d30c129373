#include "RegistryFixture.h"

#include "bhu/domain/MrNumber.h"
#include "bhu/fhir/FhirPatient.h"
#include "bhu/test/TestSupport.h"

#include <QJsonDocument>
#include <QUuid>
#include <httplib.h>
#include <pqxx/pqxx>

namespace bhu::test {

std::string Resp::header(const std::string& name) const
{
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

void RegistryTest::SetUp()
{
    PgCluster* cluster = PgCluster::instance();
    if (!cluster) {
        if (PgCluster::binariesMissing()) GTEST_SKIP() << PgCluster::reason().toStdString();
        FAIL() << PgCluster::reason().toStdString();
    }
    conninfo = cluster->createDatabase();
    ASSERT_FALSE(conninfo.isEmpty()) << "CREATE DATABASE failed";
    const RunResult m = run(QStringLiteral("bhu-registry"), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    ASSERT_TRUE(server.start(conninfo, serveArgs())) << server.error().toStdString();
}

void RegistryTest::TearDown() { server.stop(); }

QString RegistryTest::addFacility(const QString& code, const QString& name, int number)
{
    QStringList args{QStringLiteral("facility"), QStringLiteral("add"), QStringLiteral("--db"), conninfo,
                     QStringLiteral("--code"), code, QStringLiteral("--name"), name};
    if (number > 0) args << QStringLiteral("--number") << QString::number(number);
    const RunResult r = run(QStringLiteral("bhu-registry"), args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = QString::fromUtf8(r.out).trimmed().split(u'\n');
    const QString token = lines.isEmpty() ? QString() : lines.last().trimmed();
    EXPECT_TRUE(token.startsWith(QStringLiteral("enr_"))) << r.out.toStdString();
    return token;
}

Resp RegistryTest::enrollRaw(const QString& token, const QString&)
{
    QJsonObject params{{QStringLiteral("resourceType"), QStringLiteral("Parameters")},
                       {QStringLiteral("parameter"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("token")}, {QStringLiteral("valueString"), token}},
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("deviceName")},
                                               {QStringLiteral("valueString"), QStringLiteral("front desk")}}}}};
    return postJson("/fhir/$enroll", params, {});
}

Device RegistryTest::enroll(const QString& code, int number)
{
    const QString token = addFacility(code, QStringLiteral("BHU ") + code, number);
    const Resp r = enrollRaw(token);
    EXPECT_EQ(r.status, 200) << r.body;
    Device d;
    for (const QJsonValue& v : r.json.value(u"parameter").toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(u"name").toString();
        if (name == u"deviceId") d.id = p.value(u"valueString").toString();
        if (name == u"credential") d.credential = p.value(u"valueString").toString();
        if (name == u"facilityCode") d.facilityCode = p.value(u"valueString").toString();
        if (name == u"facilityNumber") d.facilityNumber = p.value(u"valueInteger").toInt();
    }
    EXPECT_FALSE(d.credential.isEmpty());
    return d;
}

namespace {
Resp toResp(const httplib::Result& res)
{
    Resp r;
    if (!res) return r;
    r.status = res->status;
    r.body = res->body;
    for (const auto& [k, v] : res->headers) r.headers.emplace(k, v);
    r.json = QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).object();
    return r;
}

httplib::Headers makeHeaders(const QString& credential, const std::map<std::string, std::string>& extra)
{
    httplib::Headers h;
    if (!credential.isEmpty()) h.emplace("Authorization", "Bearer " + credential.toStdString());
    for (const auto& [k, v] : extra) h.emplace(k, v);
    return h;
}
} // namespace

Resp RegistryTest::post(const std::string& path, const QByteArray& body, const QString& credential,
                        const std::map<std::string, std::string>& headers)
{
    httplib::Client c(server.host().toStdString(), server.port());
    c.set_read_timeout(120, 0);
    c.set_write_timeout(120, 0);
    return toResp(c.Post(path.c_str(), makeHeaders(credential, headers), body.toStdString(), "application/fhir+json"));
}

Resp RegistryTest::postJson(const std::string& path, const QJsonObject& body, const QString& credential,
                            const std::map<std::string, std::string>& headers)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), credential, headers);
}

Resp RegistryTest::get(const std::string& path, const QString& credential, const std::map<std::string, std::string>& headers)
{
    httplib::Client c(server.host().toStdString(), server.port());
    c.set_read_timeout(120, 0);
    return toResp(c.Get(path.c_str(), makeHeaders(credential, headers)));
}

long long RegistryTest::count(const std::string& sql)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::work w(c);
    return w.exec1(sql)[0].as<long long>();
}

void RegistryTest::exec(const std::string& sql)
{
    pqxx::connection c(conninfo.toStdString());
    pqxx::work w(c);
    w.exec(sql);
    w.commit();
}

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Patient makePatient(const QString& facilityCode, const QString& name)
{
    static std::atomic<qint64> next{1000};
    Patient p;
    p.id = newId();
    p.name = name;
    p.sex = Sex::Female;
    p.birthDate = QDate(1990, 3, 14);
    p.phone = QStringLiteral("+923001234567");
    p.relation = Relation::WifeOf;
    p.guardianName = QStringLiteral("Abdul Rehman");
    p.address = Address{QStringLiteral("Punjab"), QStringLiteral("Lahore"), QStringLiteral("Raiwind"), QStringLiteral("UC 12"),
                        QStringLiteral("Chak 45")};
    p.facilityCode = facilityCode;
    auto mr = MrNumber::fromPayload(50'000'000'000LL + next.fetch_add(1));
    p.identifiers.append(Identifier{IdSystem::Mr, mr.value().digits()});
    return p;
}

QJsonObject patientResource(const Patient& p, int clientVersion)
{
    QJsonObject r = fhir::patientToFhir(p);
    QJsonObject cv{{QStringLiteral("url"), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/client-version")},
                   {QStringLiteral("valueInteger"), clientVersion}};
    r.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"), QJsonArray{cv}}});
    return r;
}

namespace {
QJsonObject withMeta(QJsonObject r, int clientVersion)
{
    QJsonObject cv{{QStringLiteral("url"), QStringLiteral("https://fhir.bhu.gov.pk/StructureDefinition/client-version")},
                   {QStringLiteral("valueInteger"), clientVersion}};
    r.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("extension"), QJsonArray{cv}}});
    return r;
}
QJsonObject ref(const QString& s) { return QJsonObject{{QStringLiteral("reference"), s}}; }
} // namespace

QJsonObject encounterResource(const QString& id, const QString& patientId, int clientVersion)
{
    return withMeta(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("status"), QStringLiteral("finished")},
                                {QStringLiteral("class"), QJsonObject{{QStringLiteral("code"), QStringLiteral("AMB")}}},
                                {QStringLiteral("subject"), ref(QStringLiteral("Patient/") + patientId)}},
                    clientVersion);
}

QJsonObject conditionResource(const QString& id, const QString& patientId, const QString& encounterId, const QString& text,
                              int clientVersion)
{
    return withMeta(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Condition")},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), text}}},
                                {QStringLiteral("subject"), ref(QStringLiteral("Patient/") + patientId)},
                                {QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encounterId)}},
                    clientVersion);
}

QJsonObject entry(const QJsonObject& resource, int ifMatch)
{
    const QString url = resource.value(u"resourceType").toString() + u'/' + resource.value(u"id").toString();
    QJsonObject request{{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("url"), url}};
    if (ifMatch > 0) request.insert(QStringLiteral("ifMatch"), QStringLiteral("W/\"%1\"").arg(ifMatch));
    return QJsonObject{{QStringLiteral("fullUrl"), url}, {QStringLiteral("resource"), resource}, {QStringLiteral("request"), request}};
}

QJsonObject transaction(const QJsonArray& entries)
{
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("transaction")},
                       {QStringLiteral("id"), newId()},
                       {QStringLiteral("entry"), entries}};
}

QString entryStatus(const Resp& r, int i)
{
    return r.json.value(u"entry").toArray().at(i).toObject().value(u"response").toObject().value(u"status").toString();
}

QJsonObject entryResource(const Resp& r, int i)
{
    return r.json.value(u"entry").toArray().at(i).toObject().value(u"resource").toObject();
}

QString identifierValue(const QJsonObject& patient, const QString& system)
{
    for (const QJsonValue& v : patient.value(u"identifier").toArray())
        if (v.toObject().value(u"system").toString() == system) return v.toObject().value(u"value").toString();
    return {};
}

QString issueCode(const Resp& r)
{
    if (r.json.value(u"resourceType").toString() != u"OperationOutcome") return QStringLiteral("<not an OperationOutcome>");
    return r.json.value(u"issue").toArray().at(0).toObject().value(u"code").toString();
}

} // namespace bhu::test
