// Registry merges applied at the clinic (db/PatientLinks, migration 0005): the merged record's
// MR number finds the survivor, the survivor's history includes the visits signed under the
// merged record (which stay as signed), an unmerge reverses both, and each change is audited.
#include "SyncFixture.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/PatientFinder.h"
#include "bhu/db/PatientLinks.h"
#include "bhu/db/SyncApply.h"

using namespace bhu;
using namespace bhu::test;

namespace {

class PatientLinksApply : public SyncFixture {
protected:
    // The registry's version `version` of `p`, merged into `survivorId` (empty: not merged).
    Status applyLink(const Patient& p, const QString& survivorId, qint64 version)
    {
        db::PulledPage page;
        db::PulledPatient pulled;
        pulled.patient = p;
        pulled.serverVersion = version;
        pulled.replacedBy = survivorId;
        page.patients.append(pulled);
        page.cursor = QStringLiteral("v1.%1").arg(version);
        auto n = db::SyncApply(store->conn()).applyPage(page, actor());
        return n.ok() ? Status{} : Status{n.error()};
    }
    QStringList found(const QString& mr)
    {
        auto hits = db::PatientFinder(store->conn()).byIdentifier(mr, false, {}, 10);
        EXPECT_TRUE(hits.ok());
        QStringList out;
        if (hits.ok())
            for (const SearchHit& h : hits.value()) out << h.patientId;
        return out;
    }
    int historySize(const QString& id)
    {
        auto v = db::VisitRepository(store->conn()).forPatient(id);
        EXPECT_TRUE(v.ok());
        return v.ok() ? static_cast<int>(v->size()) : -1;
    }
    qint64 audited(const QString& action)
    {
        return store->conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)).value();
    }
};

} // namespace

TEST_F(PatientLinksApply, MergedRecordResolvesToTheSurvivorAndUnmergeReverses)
{
    const Patient survivor = addPatient(QStringLiteral("Aisha"));
    const Patient merged = addPatient(QStringLiteral("Ayesha Bibi"));
    const VisitRecord visit = addClosedVisit(merged);
    addClosedVisit(survivor);
    ASSERT_EQ(found(merged.mrNumber()), QStringList{merged.id});

    ASSERT_TRUE(applyLink(merged, survivor.id, 2).ok());
    // The old number on a printed card finds the survivor; the merged record is not listed itself.
    EXPECT_EQ(found(merged.mrNumber()), QStringList{survivor.id});
    EXPECT_EQ(found(survivor.mrNumber()), QStringList{survivor.id});
    EXPECT_EQ(historySize(survivor.id), 2);
    EXPECT_EQ(db::PatientLinks(store->conn()).personOf(merged.id).value(), survivor.id);
    EXPECT_EQ(db::PatientLinks(store->conn()).mergedInto(survivor.id).value(), QStringList{merged.id});
    // The signed visit is untouched: still recorded for the patient it was signed for.
    EXPECT_EQ(db::VisitRepository(store->conn()).get(visit.visit.id)->visit.patientId, merged.id);
    EXPECT_EQ(audited(QStringLiteral("patient.merged")), 1);

    // The same version again (a replay, a full resync) changes nothing and audits nothing.
    ASSERT_TRUE(applyLink(merged, survivor.id, 2).ok());
    EXPECT_EQ(audited(QStringLiteral("patient.merged")), 1);

    // Unmerge: the next version has no link.
    ASSERT_TRUE(applyLink(merged, QString(), 3).ok());
    EXPECT_EQ(found(merged.mrNumber()), QStringList{merged.id});
    EXPECT_EQ(historySize(survivor.id), 1);
    EXPECT_EQ(historySize(merged.id), 1);
    EXPECT_EQ(audited(QStringLiteral("patient.unmerged")), 1);
    EXPECT_TRUE(db::AuditLog(store->conn()).verify().ok());
}

TEST_F(PatientLinksApply, MergedIntoARecordNotHeldHereStaysFindable)
{
    const Patient merged = addPatient(QStringLiteral("Rashid Khan"));
    ASSERT_TRUE(applyLink(merged, QStringLiteral("7d0c0000-0000-4000-8000-000000000001"), 2).ok());
    EXPECT_EQ(found(merged.mrNumber()), QStringList{merged.id});
    EXPECT_EQ(db::PatientLinks(store->conn()).personOf(merged.id).value(), merged.id);
}
