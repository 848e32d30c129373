// The facility's own medicines list: imported whole or not at all, admins only, audited, kept
// in the database and made current for the program; `bhuctl reference` exports, imports, resets.
#include "bhu/domain/ReferenceData.h"
#include "bhu/services/ReferenceService.h"
#include "cli_support.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bhu;
using namespace bhu::services;

namespace {
const QByteArray kOwnList =
    "code,name,strength,form,dose,frequency,duration_days\n"
    "paracetamol-500-tab,Paracetamol,500 mg,tablet,1 tablet,TDS,3\n"
    "zinc-20-disp,Zinc sulphate,20 mg,dispersible tablet,1 tablet,OD,10\n"
    "ors-sachet,Oral rehydration salts,1 sachet,powder,1 sachet in 1 L water,SOS,0\n";

struct ResetCurrent {
    ~ResetCurrent() { ReferenceData::setCurrent(nullptr); }
};
} // namespace

TEST(ReferenceService, ImportReplacesTheMedicinesInUseAndSurvivesReopening)
{
    ResetCurrent guard;
    auto t = bhu::test::makeTestDb();
    {
        auto s = bhu::test::adminSession(t);
        ASSERT_TRUE(s);
        ReferenceService ref(*s);
        EXPECT_FALSE(ref.facilityMedicinesInUse());
        auto rows = ref.importMedicines(kOwnList);
        ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
        EXPECT_EQ(rows.value(), 3);
        EXPECT_EQ(ReferenceData::current()->medicines().size(), 3);
        EXPECT_TRUE(ReferenceData::current()->medicine(u"zinc-20-disp").has_value());
        EXPECT_FALSE(ReferenceData::current()->medicine(u"ibuprofen-400-tab").has_value());
        // Diagnoses and complaints stay the shipped ones.
        EXPECT_EQ(ReferenceData::current()->diagnoses().size(), ReferenceData::builtIn().diagnoses().size());
        EXPECT_EQ(s->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reference.import'")).value(), 1);
    }
    ReferenceData::setCurrent(nullptr);
    EXPECT_GT(ReferenceData::current()->medicines().size(), 3);
    auto s = bhu::test::adminSession(t);
    ASSERT_TRUE(s);
    ASSERT_TRUE(ReferenceService(*s).activate().ok());
    EXPECT_EQ(ReferenceData::current()->medicines().size(), 3);

    ASSERT_TRUE(ReferenceService(*s).resetMedicines().ok());
    EXPECT_EQ(ReferenceData::current()->medicines().size(), ReferenceData::builtIn().medicines().size());
    EXPECT_FALSE(ReferenceService(*s).facilityMedicinesInUse());
}

TEST(ReferenceService, ABadRowRefusesTheWholeListWithItsLineAndChangesNothing)
{
    ResetCurrent guard;
    auto t = bhu::test::makeTestDb();
    auto s = bhu::test::adminSession(t);
    ASSERT_TRUE(s);
    ReferenceService ref(*s);
    ASSERT_TRUE(ref.importMedicines(kOwnList).ok());
    const QByteArray bad = kOwnList + "amoxicillin-250-caps,Amoxicillin,250 mg,capsule,1 capsule,EVERY-HOUR,5\n";
    auto r = ref.importMedicines(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(u"5")) << r.error().message.toStdString();   // line 5
    EXPECT_EQ(ReferenceData::current()->medicines().size(), 3);
    EXPECT_EQ(ref.medicinesCsv().value(), kOwnList);

    auto empty = ref.importMedicines("code,name,strength,form,dose,frequency,duration_days\n");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(ReferenceData::current()->medicines().size(), 3);
}

TEST(ReferenceService, OnlyAnAdminMayChangeTheList)
{
    ResetCurrent guard;
    auto t = bhu::test::makeTestDb();
    bhu::test::addUser(t, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("front-desk-pass"));
    auto s = Session::unlock(t.path, QStringLiteral("desk"), QStringLiteral("front-desk-pass"), QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    ReferenceService ref(*s.value());
    auto r = ref.importMedicines(kOwnList);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Forbidden);
    EXPECT_EQ(ref.resetMedicines().code(), ErrorCode::Forbidden);
    EXPECT_FALSE(ref.facilityMedicinesInUse());
    EXPECT_TRUE(ref.medicinesCsv().ok());   // reading the list is for everyone
}

TEST(BhuctlReference, ExportEditImportRoundTrip)
{
    auto t = bhu::test::makeTestDb();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("medicines.csv"));
    auto exp = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("reference"), QStringLiteral("export"), QStringLiteral("--db"), t.path,
                                                         QStringLiteral("--medicines"), file});
    ASSERT_EQ(exp.exitCode, 0) << exp.err.toStdString();
    EXPECT_EQ(bhu::test::readAll(file), ReferenceData::builtInMedicinesCsv().value());

    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kOwnList);
    f.close();
    auto imp = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("reference"), QStringLiteral("import"), QStringLiteral("--db"), t.path,
                                                         QStringLiteral("--medicines"), file});
    ASSERT_EQ(imp.exitCode, 0) << imp.err.toStdString();
    EXPECT_TRUE(imp.out.contains("\"medicines\":3")) << imp.out.toStdString();

    auto bad = bhu::test::run(QStringLiteral("bhuctl"), {QStringLiteral("reference"), QStringLiteral("import"), QStringLiteral("--db"), t.path,
                                                         QStringLiteral("--medicines"), dir.filePath(QStringLiteral("missing.csv"))});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_FALSE(bad.err.isEmpty());
}
