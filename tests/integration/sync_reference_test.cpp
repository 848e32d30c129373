// National reference lists end to end (docs/sync-protocol.md, "Reference data"): the operator
// publishes a medicines list with a new medicine (`bhu-registry reference publish`); after
// `bhuctl sync` the clinic's pickers (ReferenceData after the lists are loaded) offer it; a
// second sync changes nothing; a facility's own medicines list still wins at that facility.
#include "SyncFixture.h"

#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/ReferenceLists.h"
#include "bhu/services/ReferenceService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bhu;
using namespace bhu::test;

namespace {

const QString kNewCode = QStringLiteral("ors-zinc-copack");
const QByteArray kNewRow = "ors-zinc-copack,ORS and zinc co-pack,20.5 g + 20 mg,co-pack,1 sachet + 1 tablet,OD,10\n";

class sync_reference : public SyncTest {
protected:
    void TearDown() override
    {
        ReferenceData::setCurrent(nullptr);   // process-wide: leave the shipped lists for the next test
        SyncTest::TearDown();
    }
    RunResult publish(const QString& list, const QByteArray& csv)
    {
        const QString path = dir.filePath(list + QStringLiteral(".csv"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        return run(QStringLiteral("bhu-registry"), {QStringLiteral("reference"), QStringLiteral("publish"), QStringLiteral("--db"), conninfo,
                                                    QStringLiteral("--list"), list, QStringLiteral("--file"), path});
    }
    // ReferenceData::current() as the app has it after signing in (ReferenceService::activate).
    std::shared_ptr<const ReferenceData> loadedLists(const Clinic& c)
    {
        auto s = c.session();
        const Status st = services::ReferenceService(*s).activate();
        EXPECT_TRUE(st.ok()) << st.error().message.toStdString();
        return ReferenceData::current();
    }
    QJsonArray status(const Clinic& c)
    {
        const RunResult r = run(QStringLiteral("bhuctl"), {QStringLiteral("reference"), QStringLiteral("status"), QStringLiteral("--db"), c.db.path});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).object().value(u"lists").toArray();
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(sync_reference, APublishedMedicineReachesThePickersOnceAndAFacilityListStillWins)
{
    auto a = enrolledClinic(QStringLiteral("PB-REF-040"), 140);
    auto b = enrolledClinic(QStringLiteral("PB-REF-041"), 141);
    const QByteArray shipped = builtInReferenceCsv(u"medicines").value();
    ASSERT_FALSE(loadedLists(*a)->medicine(kNewCode).has_value());

    // B keeps its own list (what its store stocks) before anything national arrives.
    {
        auto s = b->session();
        ASSERT_TRUE(services::ReferenceService(*s).importMedicines(shipped).ok());
    }

    const RunResult pub = publish(QStringLiteral("medicines"), shipped + kNewRow);
    ASSERT_EQ(pub.exitCode, 0) << pub.err.toStdString();

    const SyncRun first = sync(*a);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.report.value(u"reference_lists").toInt(), 1);
    const auto lists = loadedLists(*a);
    ASSERT_TRUE(lists->medicine(kNewCode).has_value());
    EXPECT_EQ(lists->searchMedicines(u"ORS and zinc", 5).value(0).code, kNewCode);   // what the prescription picker offers
    EXPECT_EQ(status(*a).at(0).toObject().value(u"source").toString(), QStringLiteral("national"));
    EXPECT_EQ(status(*a).at(0).toObject().value(u"national_version").toInt(), 1);

    // Again: nothing new, nothing changed, audited once.
    const SyncRun second = sync(*a);
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.report.value(u"reference_lists").toInt(), 0);
    EXPECT_EQ(second.report.value(u"applied").toInt(), 0);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reference.national'")), 1);
    EXPECT_EQ(localCount(*a, QStringLiteral("SELECT count(*) FROM national_reference_lists")), 1);

    // B receives the national list too, but its own medicines list stays in use there.
    const SyncRun atB = sync(*b);
    ASSERT_EQ(atB.exitCode, 0) << atB.err.toStdString();
    EXPECT_EQ(atB.report.value(u"reference_lists").toInt(), 1);
    EXPECT_FALSE(loadedLists(*b)->medicine(kNewCode).has_value());
    EXPECT_EQ(status(*b).at(0).toObject().value(u"source").toString(), QStringLiteral("facility"));
    // Once B stops using its own list, the national one is in use.
    {
        auto s = b->session();
        ASSERT_TRUE(services::ReferenceService(*s).resetMedicines().ok());
    }
    EXPECT_TRUE(loadedLists(*b)->medicine(kNewCode).has_value());
}
