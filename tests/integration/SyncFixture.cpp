#include "SyncFixture.h"

#include "bhu/db/SyncStateStore.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/SeedService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/VisitGenerator.h"

#include <QJsonDocument>
#include <QUrl>
#include <pqxx/pqxx>

namespace bhu::test {

std::unique_ptr<services::Session> Clinic::session() const
{
    auto store = openTestDb(db);
    if (!store) return nullptr;
    return std::make_unique<services::Session>(std::move(store), QStringLiteral("test"));
}

QString SyncTest::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/fhir").arg(server.port());
}

std::unique_ptr<Clinic> SyncTest::enrolledClinic(const QString& code, int facilityNumber)
{
    auto c = std::make_unique<Clinic>(Clinic{makeTestDb(code), code});
    const QString token = addFacility(code, QStringLiteral("BHU ") + code, facilityNumber);
    EXPECT_FALSE(token.isEmpty());
    const RunResult r = run(QStringLiteral("bhuctl"), {QStringLiteral("enroll"), QStringLiteral("--db"), c->db.path, QStringLiteral("--registry"),
                                                       baseUrl(), QStringLiteral("--token"), token});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return c;
}

SyncRun SyncTest::sync(const Clinic& c)
{
    const RunResult r = run(QStringLiteral("bhuctl"), {QStringLiteral("sync"), QStringLiteral("--db"), c.db.path});
    SyncRun out{r.exitCode, QJsonDocument::fromJson(r.out).object(), r.err};
    return out;
}

QList<Patient> SyncTest::registerPatients(const Clinic& c, int n, const QString& namePrefix)
{
    auto s = c.session();
    EXPECT_TRUE(s);
    if (!s) return {};
    services::PatientService svc(*s);
    QList<Patient> out;
    static std::uint64_t seed = 11;
    synth::PatientGenerator gen(seed++, QDate::currentDate(), c.code);
    for (Patient p : gen.next(n)) {
        p.id.clear();
        p.identifiers.clear();
        p.name = namePrefix + u' ' + p.name;
        auto r = svc.registerPatient(p, services::RegisterOptions{true, {}, {}});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        if (r.ok()) out.append(r.value());
    }
    return out;
}

void SyncTest::addVisits(const Clinic& c, const Patient& p, int k, std::uint64_t seed)
{
    auto s = c.session();
    ASSERT_TRUE(s);
    synth::VisitGenerator gen(seed, QDate::currentDate(), c.code, QStringLiteral("dr-") + c.code);
    QList<VisitRecord> visits = gen.forPatient(p, k);
    const Status st = services::SeedService(*s).addClosedVisits(visits);
    ASSERT_TRUE(st.ok()) << st.error().message.toStdString();
}

void SyncTest::lookUp(const Clinic& c, const QString& mr)
{
    auto s = c.session();
    ASSERT_TRUE(s);
    auto e = db::SyncStateStore(s->store().conn()).enrolment();
    ASSERT_TRUE(e.ok());
    const Resp r = get("/fhir/Patient?identifier=" + QUrl::toPercentEncoding(kMrSystem + u'|' + mr).toStdString(), e->credential);
    ASSERT_EQ(r.status, 200) << r.body;
    ASSERT_EQ(r.json.value(u"total").toInt(r.json.value(u"entry").toArray().size()), 1) << r.body;
}

long long SyncTest::registryCount(const QString& type)
{
    return count("SELECT count(*) FROM resources WHERE type = '" + type.toStdString() + "'");
}

QList<std::pair<QString, QByteArray>> SyncTest::registryRows(const std::string& sql)
{
    QList<std::pair<QString, QByteArray>> out;
    pqxx::connection c(conninfo.toStdString());
    pqxx::work w(c);
    for (const auto& row : w.exec(sql))
        out.append({QString::fromStdString(row[0].as<std::string>()), QByteArray::fromStdString(row[1].as<std::string>())});
    return out;
}

qint64 SyncTest::localCount(const Clinic& c, const QString& sql)
{
    auto s = c.session();
    if (!s) return -1;
    auto n = s->store().conn().queryInt(sql);
    return n.ok() ? n.value() : -1;
}

} // namespace bhu::test
