// The three-way demographics merge on its own (no database).
#include "bhu/registry/PatientMerge.h"

#include <gtest/gtest.h>

namespace bhu::registry {

namespace {
Patient base()
{
    Patient p;
    p.id = QStringLiteral("7d0c1c3e-0000-4000-8000-000000000001");
    p.name = QStringLiteral("Amina Bibi");
    p.sex = Sex::Female;
    p.birthDate = QDate(1990, 3, 14);
    p.phone = QStringLiteral("+923001234567");
    p.address.village = QStringLiteral("Chak 45");
    p.facilityCode = QStringLiteral("FA");
    p.identifiers = {Identifier{IdSystem::Mr, QStringLiteral("000000000018")}};
    return p;
}
} // namespace

TEST(PatientMerge, OneSidedChangesFromBothSidesAreKept)
{
    Patient cur = base(), inc = base();
    cur.phone = QStringLiteral("+923111111111");
    inc.address.village = QStringLiteral("Chak 46");
    QList<FieldConflict> conflicts;
    const Patient m = mergePatient(base(), cur, inc, &conflicts);
    EXPECT_EQ(m.phone, QStringLiteral("+923111111111"));
    EXPECT_EQ(m.address.village, QStringLiteral("Chak 46"));
    EXPECT_TRUE(conflicts.isEmpty());
}

TEST(PatientMerge, BothSidesChangingAFieldIncomingWinsAndTheLoserIsReported)
{
    Patient cur = base(), inc = base();
    cur.name = QStringLiteral("Amina B.");
    inc.name = QStringLiteral("Aamina Bibi");
    cur.birthDate = QDate(1991, 1, 1);
    inc.birthDate = QDate(1991, 1, 1);   // same change on both sides: no conflict
    QList<FieldConflict> conflicts;
    const Patient m = mergePatient(base(), cur, inc, &conflicts);
    EXPECT_EQ(m.name, QStringLiteral("Aamina Bibi"));
    EXPECT_EQ(m.birthDate, QDate(1991, 1, 1));
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0], (FieldConflict{QStringLiteral("name"), QStringLiteral("Amina B.")}));
}

TEST(PatientMerge, RelationAndGuardianMoveTogether)
{
    Patient inc = base();
    inc.relation = Relation::WifeOf;
    inc.guardianName = QStringLiteral("Abdul Rehman");
    const Patient m = mergePatient(base(), base(), inc, nullptr);
    EXPECT_EQ(m.relation, Relation::WifeOf);
    EXPECT_EQ(m.guardianName, QStringLiteral("Abdul Rehman"));
}

TEST(PatientMerge, IdentifiersAreAUnionAndTheNationalNumberIsKept)
{
    Patient inc = base();
    inc.identifiers = {Identifier{IdSystem::Mr, QStringLiteral("000000000026")}, Identifier{IdSystem::Cnic, QStringLiteral("3520212345671")}};
    const Patient m = mergePatient(base(), base(), inc, nullptr);
    EXPECT_EQ(m.identifier(IdSystem::Mr), QStringLiteral("000000000018"));
    EXPECT_EQ(m.identifier(IdSystem::Cnic), QStringLiteral("3520212345671"));
    EXPECT_EQ(m.identifiers.size(), 2);
    EXPECT_EQ(m.facilityCode, QStringLiteral("FA"));
}

} // namespace bhu::registry
