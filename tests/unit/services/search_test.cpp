// Front-desk search and registration through the service layer, on an encrypted database
// seeded with synthetic households.
#include "bhu/domain/MrNumber.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::services;

namespace {
SearchQuery query(const QString& text)
{
    SearchQuery q;
    q.text = text;
    return q;
}

class FrontDesk : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = bhu::test::makeTestDb(QStringLiteral("BHU-0042"));
        auto s = Session::unlock(t.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
        ASSERT_TRUE(s.ok());
        session = std::move(s.value());
        svc = std::make_unique<PatientService>(*session);
        synth::PatientGenerator gen(3, QDate::currentDate(), QStringLiteral("BHU-0042"));
        QList<Patient> crowd = gen.next(2000);
        ASSERT_TRUE(svc->registerMany(crowd).ok());

        Patient p;
        p.name = QStringLiteral("Muhammad Imran Khan");
        p.relation = Relation::SonOf;
        p.guardianName = QStringLiteral("Akbar Ali");
        p.sex = Sex::Male;
        p.birthDate = QDate::currentDate().addYears(-34);
        p.setIdentifier(IdSystem::Cnic, QStringLiteral("35202-1234567-1"));
        p.phone = QStringLiteral("0300 7654321");
        p.address.village = QStringLiteral("Chak 204 RB");
        auto r = svc->registerPatient(p, RegisterOptions{true, {}, {}});
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        imran = r.value();
    }

    bool finds(const QString& text, int topN = 10)
    {
        auto r = svc->search(query(text));
        EXPECT_TRUE(r.ok());
        if (!r.ok()) return false;
        for (int i = 0; i < std::min<int>(topN, static_cast<int>(r->hits.size())); ++i)
            if (r->hits[i].patientId == imran.id) return true;
        return false;
    }

    bhu::test::TestDb t;
    std::unique_ptr<Session> session;
    std::unique_ptr<PatientService> svc;
    Patient imran;
};
} // namespace

TEST_F(FrontDesk, RegistrationIssuesAProvisionalMrNumberInTheFacilityNamespace)
{
    auto mr = MrNumber::parse(imran.mrNumber());
    ASSERT_TRUE(mr.ok()) << imran.mrNumber().toStdString();
    EXPECT_TRUE(mr->isProvisional());
    EXPECT_EQ(mr->facility(), 42);
    EXPECT_EQ(mr->sequence(), 2001);   // after 2,000 seeded patients
    EXPECT_EQ(imran.identifier(IdSystem::Cnic), u"3520212345671");
    EXPECT_EQ(imran.phone, u"+923007654321");
}

TEST_F(FrontDesk, FindsByMrWithAndWithoutDashes)
{
    EXPECT_TRUE(finds(imran.mrNumber()));
    EXPECT_TRUE(finds(formatMrNumber(imran.mrNumber())));
}

TEST_F(FrontDesk, WrongMrCheckDigitSaysSo)
{
    QString wrong = imran.mrNumber();
    wrong[11] = QChar(u'0' + (wrong[11].digitValue() + 1) % 10);
    auto r = svc->search(query(wrong));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->kind, QueryKind::MrNumber);
    EXPECT_TRUE(r->notice.contains(u"check digit"));
}

TEST_F(FrontDesk, FindsByCnicAndPhoneInAnyCommonForm)
{
    EXPECT_TRUE(finds(QStringLiteral("35202-1234567-1")));
    EXPECT_TRUE(finds(QStringLiteral("3520212345671")));
    EXPECT_TRUE(finds(QStringLiteral("0300-7654321")));
    EXPECT_TRUE(finds(QStringLiteral("+923007654321")));
    EXPECT_TRUE(finds(QStringLiteral("923007654321")));
}

TEST_F(FrontDesk, FindsByNameVariantsOrderTyposAndGuardian)
{
    EXPECT_TRUE(finds(QStringLiteral("imran khan")));
    EXPECT_TRUE(finds(QStringLiteral("Khan Imran")));             // order free
    EXPECT_TRUE(finds(QStringLiteral("Mohd Imran")));             // transliteration
    EXPECT_TRUE(finds(QStringLiteral("Mohammad Imraan Khan")));   // doubled vowel
    EXPECT_TRUE(finds(QStringLiteral("Imarn Khan")));             // typo
    EXPECT_TRUE(finds(QStringLiteral("imran s/o akbar"), 3));     // guardian narrows
    EXPECT_TRUE(finds(QStringLiteral("Syed Imran Kh"), 50));     // honorific, prefix typing
}

TEST_F(FrontDesk, FiltersNarrow)
{
    SearchQuery q = query(QStringLiteral("imran"));
    q.sex = Sex::Female;
    auto r = svc->search(q);
    ASSERT_TRUE(r.ok());
    for (const auto& h : r->hits) EXPECT_NE(h.patientId, imran.id);
    q.sex = Sex::Male;
    q.minAgeYears = 30;
    q.maxAgeYears = 40;
    q.village = QStringLiteral("chak 204 rb");
    r = svc->search(q);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(std::any_of(r->hits.begin(), r->hits.end(), [&](const SearchHit& h) { return h.patientId == imran.id; }));
}

TEST_F(FrontDesk, NearDuplicateIsCaughtBeforeSaving)
{
    Patient again;
    again.name = QStringLiteral("Mohammad Imran");
    again.relation = Relation::SonOf;
    again.guardianName = QStringLiteral("Akbar Ali");
    again.sex = Sex::Male;
    again.birthDate = QDate::currentDate().addYears(-35);
    auto dups = svc->findDuplicates(again);
    ASSERT_TRUE(dups.ok());
    ASSERT_FALSE(dups->isEmpty());
    EXPECT_EQ(dups->first().hit.patientId, imran.id);
    EXPECT_FALSE(dups->first().reasons.isEmpty());

    const qint64 before = svc->count().value();
    auto r = svc->registerPatient(again);
    EXPECT_EQ(r.code(), ErrorCode::Conflict);
    EXPECT_EQ(svc->count().value(), before);
    auto confirmed = svc->registerPatient(again, RegisterOptions{true, {}, {}});
    EXPECT_TRUE(confirmed.ok());
}

TEST_F(FrontDesk, SiblingIsNotADuplicate)
{
    Patient brother;
    brother.name = QStringLiteral("Muhammad Usman Khan");
    brother.relation = Relation::SonOf;
    brother.guardianName = QStringLiteral("Akbar Ali");
    brother.sex = Sex::Male;
    brother.birthDate = QDate::currentDate().addYears(-30);
    brother.phone = QStringLiteral("03007654321");   // the household's phone
    auto dups = svc->findDuplicates(brother);
    ASSERT_TRUE(dups.ok());
    for (const auto& d : dups.value()) EXPECT_NE(d.hit.patientId, imran.id);
}

TEST_F(FrontDesk, SameCnicNeedsASupervisor)
{
    Patient other;
    other.name = QStringLiteral("Bilal Ahmed");
    other.sex = Sex::Male;
    other.birthDate = QDate(1980, 1, 1);
    other.setIdentifier(IdSystem::Cnic, QStringLiteral("3520212345671"));
    auto r = svc->registerPatient(other, RegisterOptions{true, {}, {}});
    ASSERT_EQ(r.code(), ErrorCode::Conflict);
    auto badPw = svc->registerPatient(other, RegisterOptions{true, bhu::test::kAdmin, QStringLiteral("wrong")});
    EXPECT_EQ(badPw.code(), ErrorCode::WrongPassword);
    auto ok = svc->registerPatient(other, RegisterOptions{true, bhu::test::kAdmin, bhu::test::kPassword});
    ASSERT_TRUE(ok.ok()) << ok.error().message.toStdString();
    auto& c = session->store().conn();
    EXPECT_EQ(c.queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.cnic_override'")).value(), 1);
}

TEST_F(FrontDesk, InvalidInputChangesNothingAndNamesTheField)
{
    Patient bad;
    bad.name = QStringLiteral("Ayesha");
    bad.sex = Sex::Female;
    bad.birthDate = QDate::currentDate().addDays(3);
    bad.setIdentifier(IdSystem::Cnic, QStringLiteral("35202-123456-1"));
    bad.phone = QStringLiteral("042-35761234");
    const auto issues = svc->validate(bad);
    QStringList fields;
    for (const auto& i : issues)
        if (!i.warning) fields << i.field;
    EXPECT_TRUE(fields.contains(u"birth_date"));
    EXPECT_TRUE(fields.contains(u"cnic"));
    EXPECT_TRUE(fields.contains(u"phone"));
    const qint64 before = svc->count().value();
    EXPECT_EQ(svc->registerPatient(bad, RegisterOptions{true, {}, {}}).code(), ErrorCode::Invalid);
    EXPECT_EQ(svc->count().value(), before);
}

TEST_F(FrontDesk, EditKeepsHistoryAndSearchFollowsTheNewName)
{
    Patient e = imran;
    e.name = QStringLiteral("Muhammad Imran Qureshi");
    auto u = svc->update(e);
    ASSERT_TRUE(u.ok()) << u.error().message.toStdString();
    auto h = svc->history(imran.id);
    ASSERT_TRUE(h.ok());
    ASSERT_EQ(h->size(), 2);
    EXPECT_EQ(h->first().patient.name, u"Muhammad Imran Khan");
    EXPECT_TRUE(h->last().changedAt.isValid());
    EXPECT_TRUE(finds(QStringLiteral("imran qureshi")));
}

TEST_F(FrontDesk, NationalNumbersFromThePoolComeBeforeProvisionalOnes)
{
    auto& c = session->store().conn();
    ASSERT_TRUE(svc->reserveSyntheticMrNumbers(2).ok());
    Patient a;
    a.name = QStringLiteral("Hina Parveen");
    a.sex = Sex::Female;
    a.birthDate = QDate(1992, 2, 2);
    auto first = svc->registerPatient(a, RegisterOptions{true, {}, {}});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto mr = MrNumber::parse(first->identifier(IdSystem::Mr));
    ASSERT_TRUE(mr.ok());
    EXPECT_FALSE(mr->isProvisional());
    EXPECT_EQ(c.queryInt(QStringLiteral("SELECT count(*) FROM mr_pool WHERE used_by IS NULL")).value(), 1);
    a.name = QStringLiteral("Sana Parveen");
    ASSERT_TRUE(svc->registerPatient(a, RegisterOptions{true, {}, {}}).ok());
    a.name = QStringLiteral("Uzma Parveen");
    auto third = svc->registerPatient(a, RegisterOptions{true, {}, {}});
    ASSERT_TRUE(third.ok());
    EXPECT_TRUE(third->identifier(IdSystem::Mr).isEmpty());
    EXPECT_TRUE(MrNumber::parse(third->identifier(IdSystem::MrProvisional))->isProvisional());
    EXPECT_TRUE(session->store().verify().ok());
}
