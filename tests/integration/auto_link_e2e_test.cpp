// Issue #6: auto-link with the full matcher, end to end (docs/matching.md, "Auto-link"). The
// registry runs `bhu-registry serve --auto-link matcher` (ProbabilisticMatchSource); two clinics
// register the same person offline with spelling variants and no shared CNIC. After both sync,
// a pair above the auto-link threshold is merged and reaches both clinics as one patient; a pair
// in the grey zone is queued for review and merged by no one. Neither pair shares an identifier,
// so without the matcher source (no --auto-link, or `identifiers`) both tests fail.
#include "SyncFixture.h"
#include "bhu/services/PatientLinkService.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/PatientGenerator.h"

using namespace bhu;
using namespace bhu::test;

namespace {

class auto_link_e2e : public SyncTest {
protected:
    QStringList serveArgs() const override
    {
        return SyncTest::serveArgs() << QStringLiteral("--auto-link") << QStringLiteral("matcher");
    }
    // One person as a clinic's receptionist registers them: no CNIC, no phone, one address.
    Patient registerPerson(const Clinic& c, const QString& name, Relation rel, const QString& guardian, Sex sex, QDate birth,
                           bool estimated)
    {
        auto s = c.session();
        synth::PatientGenerator gen(7, QDate::currentDate(), c.code);
        Patient p = gen.next(1).constFirst();
        p.id.clear();
        p.identifiers.clear();
        p.guardianCnic.clear();
        p.phone.clear();
        p.name = name;
        p.nameUrdu.clear();
        p.relation = rel;
        p.guardianName = guardian;
        p.sex = sex;
        p.birthDate = birth;
        p.birthDateEstimated = estimated;
        p.address = Address{QStringLiteral("Punjab"), QStringLiteral("Lahore"), QStringLiteral("Lahore Cantt"),
                            QStringLiteral("UC-42 Bhaini"), QStringLiteral("Chak 45")};
        auto r = services::PatientService(*s).registerPatient(p, services::RegisterOptions{true, {}, {}});
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : Patient{};
    }
    void syncOk(const Clinic& c)
    {
        const SyncRun r = sync(c);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.report.value(u"rejected").toInt(), 0);
    }
    QStringList searchIds(const Clinic& c, const QString& text)
    {
        auto s = c.session();
        auto r = services::PatientService(*s).search(SearchQuery{text, {}, -1, -1, {}, 50});
        EXPECT_TRUE(r.ok());
        QStringList out;
        if (r.ok())
            for (const SearchHit& h : r->hits) out << h.patientId;
        return out;
    }
    QString nationalMr(const Clinic& c, const QString& id)
    {
        auto s = c.session();
        auto p = services::PatientService(*s).open(id);
        EXPECT_TRUE(p.ok());
        return p.ok() ? p->identifier(IdSystem::Mr) : QString();
    }
    static std::string pairSql(const QString& a, const QString& b)
    {
        return QStringLiteral("(patient_a = '%1' AND patient_b = '%2') OR (patient_a = '%2' AND patient_b = '%1')").arg(a, b).toStdString();
    }
};

} // namespace

TEST_F(auto_link_e2e, SpellingVariantsWithoutACnicAreLinkedAndBothClinicsShowOnePatient)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    // "Muhammad Imran s/o Ghulam Rasool" at A; "Mohammad Imran Khan s/o Ghulam Rasul" at B.
    const Patient atA = registerPerson(*a, QStringLiteral("Muhammad Imran"), Relation::SonOf, QStringLiteral("Ghulam Rasool"), Sex::Male,
                                       QDate(1990, 4, 12), false);
    const Patient atB = registerPerson(*b, QStringLiteral("Mohammad Imran Khan"), Relation::SonOf, QStringLiteral("Ghulam Rasul"),
                                       Sex::Male, QDate(1990, 4, 12), false);
    syncOk(*a);
    syncOk(*b);   // B's push: the matcher finds A's record above the auto-link threshold

    // The registry merged them on its own (source auto), A's earlier registration surviving.
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges WHERE source = 'auto' AND unmerged_at IS NULL AND survivor_id = '" +
                    atA.id.toStdString() + "' AND merged_id = '" + atB.id.toStdString() + "'"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM review_queue WHERE grade = 'certain' AND status = 'same' AND (" + pairSql(atA.id, atB.id) + ")"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM mpi_audit WHERE action = 'merge' AND actor = 'auto'"), 1);

    syncOk(*a);
    syncOk(*b);
    const QString mrA = nationalMr(*a, atA.id), mrB = nationalMr(*b, atB.id);
    ASSERT_FALSE(mrA.isEmpty());
    ASSERT_FALSE(mrB.isEmpty());
    for (const Clinic* c : {a.get(), b.get()}) {
        SCOPED_TRACE(c->code.toStdString());
        for (const QString& number : {mrA, mrB}) EXPECT_EQ(searchIds(*c, number), QStringList{atA.id}) << number.toStdString();
        auto s = c->session();
        EXPECT_EQ(services::PatientLinkService(*s).info(atB.id)->replacedById, atA.id);
        EXPECT_TRUE(services::PatientLinkService(*s).info(atA.id)->mergedFromMr.contains(mrB));
    }
}

TEST_F(auto_link_e2e, MarriedWomanInTheGreyZoneIsQueuedForReviewNotMerged)
{
    auto a = enrolledClinic(QStringLiteral("PB-LHR-001"), 101);
    auto b = enrolledClinic(QStringLiteral("PB-LHR-002"), 102);
    // "Ayesha Bibi d/o Ghulam Rasool" at A, "Aisha w/o Muhammad Aslam" at B, ages estimated.
    const Patient atA = registerPerson(*a, QStringLiteral("Ayesha Bibi"), Relation::DaughterOf, QStringLiteral("Ghulam Rasool"),
                                       Sex::Female, QDate(1994, 1, 1), true);
    const Patient atB = registerPerson(*b, QStringLiteral("Aisha"), Relation::WifeOf, QStringLiteral("Muhammad Aslam"), Sex::Female,
                                       QDate(1994, 1, 1), true);
    syncOk(*a);
    syncOk(*b);

    EXPECT_EQ(count("SELECT count(*) FROM review_queue WHERE status = 'open' AND grade = 'probable' AND (" + pairSql(atA.id, atB.id) + ")"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM patient_merges"), 0);
    syncOk(*a);
    syncOk(*b);
    auto s = b->session();
    EXPECT_TRUE(services::PatientLinkService(*s).info(atB.id)->replacedById.isEmpty());
    EXPECT_EQ(localCount(*b, QStringLiteral("SELECT count(*) FROM patients")), 1);   // A's record is not B's to see
}
