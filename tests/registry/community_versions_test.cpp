// The registry's next version of a household (Group: memberships merged) or a pregnancy
// (EpisodeOfCare: the higher client version) — registry/CommunityVersions.h.
#include "bhu/fhir/FhirEpisodeOfCare.h"
#include "bhu/fhir/FhirGroup.h"
#include "bhu/registry/CommunityVersions.h"

#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::registry;

namespace {
HouseholdMember member(const char* id, const char* patient, Relationship rel)
{
    HouseholdMember m;
    m.id = QString::fromLatin1(id);
    m.householdId = QStringLiteral("3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a51");
    m.patientId = QString::fromLatin1(patient);
    m.relationship = rel;
    m.joinedOn = QDate(2026, 5, 2);
    return m;
}

HouseholdRecord household(int version, QList<HouseholdMember> members)
{
    HouseholdRecord r;
    r.household.id = QStringLiteral("3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a51");
    r.household.village = QStringLiteral("Chak 12");
    r.household.version = version;
    r.members = std::move(members);
    return r;
}

const HouseholdMember kHead = member("a1000000-0000-4000-8000-000000000001", "7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c01", Relationship::Head);
const HouseholdMember kSon = member("a1000000-0000-4000-8000-000000000002", "7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c02", Relationship::Son);
const HouseholdMember kBaby = member("a1000000-0000-4000-8000-000000000003", "7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c03", Relationship::Daughter);
} // namespace

TEST(CommunityVersions, TwoOfflineChangesToAHouseholdAreBothKept)
{
    // Stored: head + son added on laptop A (v2). Sent: head + baby added on laptop B (also v2).
    const QJsonObject stored = fhir::householdToFhir(household(2, {kHead, kSon}));
    const QJsonObject sent = fhir::householdToFhir(household(2, {kHead, kBaby}));
    const auto next = nextCommunityVersion(QStringLiteral("Group"), stored, sent);
    ASSERT_TRUE(next.has_value());
    const auto merged = fhir::householdFromFhir(next->content);
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->members.size(), 3);
    EXPECT_EQ(next->clientVersion, 2);
    // Sending the merged one again changes nothing.
    EXPECT_FALSE(nextCommunityVersion(QStringLiteral("Group"), next->content, next->content).has_value());
}

TEST(CommunityVersions, AnEndedMembershipStaysEndedWhicheverVersionIsNewer)
{
    HouseholdMember left = kSon;
    left.leftOn = QDate(2026, 7, 1);
    left.leftReason = QStringLiteral("marriage");
    const QJsonObject stored = fhir::householdToFhir(household(3, {kHead, left}));
    const QJsonObject sent = fhir::householdToFhir(household(4, {kHead, kSon, kBaby}));   // newer, but did not see the move
    const auto next = nextCommunityVersion(QStringLiteral("Group"), stored, sent);
    ASSERT_TRUE(next.has_value());
    const auto merged = fhir::householdFromFhir(next->content).value();
    ASSERT_EQ(merged.members.size(), 3);
    for (const HouseholdMember& m : merged.members) {
        if (m.id == kSon.id) {
            EXPECT_EQ(m.leftOn, QDate(2026, 7, 1));
        }
    }
    EXPECT_EQ(next->clientVersion, 4);
}

TEST(CommunityVersions, APregnancyTakesTheHigherClientVersionOnly)
{
    Pregnancy p;
    p.id = QStringLiteral("5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c01");
    p.patientId = QStringLiteral("7c9e4a2b-1f3d-4b6a-8e5c-0d2f1a3b4c02");
    p.edd = QDate(2026, 12, 6);
    p.gravida = 1;
    const QJsonObject v1 = fhir::pregnancyToFhir(p);
    p.version = 2;
    p.outcome = PregnancyOutcome::LiveBirth;
    p.outcomeDate = QDate(2026, 12, 1);
    const QJsonObject v2 = fhir::pregnancyToFhir(p);
    ASSERT_TRUE(nextCommunityVersion(QStringLiteral("EpisodeOfCare"), v1, v2).has_value());
    EXPECT_FALSE(nextCommunityVersion(QStringLiteral("EpisodeOfCare"), v2, v1).has_value());   // an older one arriving late
    EXPECT_FALSE(nextCommunityVersion(QStringLiteral("EpisodeOfCare"), v2, v2).has_value());
}
