#include "bhu/domain/DoseFrequency.h"
#include "bhu/domain/ReferenceData.h"

#include "ReferenceCsvReader.h"   // private to bhu_domain; tested here
#include "qt_print.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace bhu;
using bhu::refcsv::parseCsv;

namespace {

const ReferenceData& ref()
{
    return ReferenceData::builtIn();
}

QStringList codes(const QList<IcdEntry>& l)
{
    QStringList out;
    for (const auto& e : l) out.append(e.code);
    return out;
}

const QByteArray kIcd = "code,name_en,name_ur,dhis_row_under5,dhis_row_over5\nA09,Diarrhoea,دست,7,8\n";
const QByteArray kMeds = "code,name,strength,form,dose,frequency,duration_days\nors,ORS,,sachet,1 sachet,SOS,0\n";
const QByteArray kComplaints = "code,name_en,name_ur\nfever,Fever,بخار\n";

QString parseProblem(const QByteArray& icd, const QByteArray& meds = kMeds, const QByteArray& complaints = kComplaints)
{
    const auto r = ReferenceData::parse(icd, meds, complaints);
    return r.ok() ? QStringLiteral("ok") : r.error().message;
}

} // namespace

// ---- CSV ----

TEST(ClinicalCsv, QuotesCommasAndLineEndings)
{
    const auto t = parseCsv("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,,\n3\n\"multi\nline\",z,\n");
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->header, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(t->rows.size(), 4);
    EXPECT_EQ(t->rows[0], (QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(t->rows[1], (QStringList{QStringLiteral("2"), QString(), QString()}));
    EXPECT_EQ(t->rows[2], (QStringList{QStringLiteral("3"), QString(), QString()}));   // padded
    EXPECT_EQ(t->rows[3][0], QStringLiteral("multi\nline"));
    EXPECT_EQ(t->lineNumbers, (QList<int>{2, 4, 5, 6}));
    EXPECT_EQ(t->column(u"c"), 2);
    EXPECT_EQ(t->column(u"d"), -1);
}

TEST(ClinicalCsv, Errors)
{
    EXPECT_EQ(parseCsv("a,b\n\"open,1\n").error().detail, QStringLiteral("csv.quote"));
    EXPECT_EQ(parseCsv("a,b\n1,2,3\n").error().detail, QStringLiteral("csv.width"));
    EXPECT_EQ(parseCsv("\n\n").error().detail, QStringLiteral("csv.empty"));
    EXPECT_TRUE(parseCsv("a,b\n").ok());
}

// ---- The built-in lists ----

TEST(ClinicalReferenceData, BuiltInListsLoad)
{
    const auto r = ReferenceData::loadBuiltIn();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->diagnoses().size(), 54);
    EXPECT_GE(r->medicines().size(), 60);
    EXPECT_GE(r->complaints().size(), 30);
    EXPECT_EQ(ref().diagnoses().size(), r->diagnoses().size());
}

// Exactly the short list of domain.md "Diagnoses (ICD-10, WHO edition)": no code added or lost.
TEST(ClinicalReferenceData, Icd10ListIsTheDomainList)
{
    const QStringList domainMd = {
        QStringLiteral("J06.9"), QStringLiteral("J02.9"), QStringLiteral("J03.9"), QStringLiteral("J18.9"),
        QStringLiteral("J20.9"), QStringLiteral("J45.9"), QStringLiteral("J44.9"), QStringLiteral("Z03.0"),
        QStringLiteral("A16.2"), QStringLiteral("A09"), QStringLiteral("A03.9"), QStringLiteral("A06.0"),
        QStringLiteral("A01.0"), QStringLiteral("B82.0"), QStringLiteral("K27.9"), QStringLiteral("K29.7"),
        QStringLiteral("K74.6"), QStringLiteral("N39.0"), QStringLiteral("N05.9"), QStringLiteral("N04.9"),
        QStringLiteral("A64"), QStringLiteral("N40"), QStringLiteral("B54"), QStringLiteral("B51.9"),
        QStringLiteral("B50.9"), QStringLiteral("G03.9"), QStringLiteral("R50.9"), QStringLiteral("A97.9"),
        QStringLiteral("B05.9"), QStringLiteral("B19.9"), QStringLiteral("A33"), QStringLiteral("I25.9"),
        QStringLiteral("I10"), QStringLiteral("E11.9"), QStringLiteral("E14.9"), QStringLiteral("B86"),
        QStringLiteral("L30.9"), QStringLiteral("B55.1"), QStringLiteral("L01.0"), QStringLiteral("F32.9"),
        QStringLiteral("F19.2"), QStringLiteral("G40.9"), QStringLiteral("H26.9"), QStringLiteral("H10.9"),
        QStringLiteral("H66.9"), QStringLiteral("K02.9"), QStringLiteral("D50.9"), QStringLiteral("E43"),
        QStringLiteral("E44.0"), QStringLiteral("W54"), QStringLiteral("T63.0"), QStringLiteral("Z34.9"),
        QStringLiteral("Z39.2"), QStringLiteral("Z30.9")};
    QStringList have = codes(ref().diagnoses());
    QStringList want = domainMd;
    have.sort();
    want.sort();
    EXPECT_EQ(have, want);
    for (const auto& e : ref().diagnoses()) {
        EXPECT_FALSE(e.nameEn.isEmpty()) << e.code.toStdString();
        EXPECT_FALSE(e.nameUr.isEmpty()) << e.code.toStdString();
    }
}

TEST(ClinicalReferenceData, DhisRows)
{
    const auto pneumonia = ref().diagnosis(u"J18.9");
    ASSERT_TRUE(pneumonia);
    EXPECT_EQ(pneumonia->dhisRow(4), 2);
    EXPECT_EQ(pneumonia->dhisRow(5), 3);
    EXPECT_EQ(pneumonia->dhisRow(std::nullopt), 3);
    EXPECT_EQ(ref().diagnosis(u"a09")->dhisRow(0), 7);
    EXPECT_EQ(ref().diagnosis(u"A06.0")->dhisRow(30), 8);
    EXPECT_EQ(ref().diagnosis(u"I10")->dhisRow(60), 24);
    EXPECT_EQ(ref().diagnosis(u"H26.9")->dhisRow(60), 32);
    EXPECT_EQ(ref().diagnosis(u"W54")->dhisRow(10), 0);
    // Every confirmed row 1–32 has at least one code.
    QSet<int> rows;
    for (const auto& e : ref().diagnoses()) rows << e.dhisRowUnder5 << e.dhisRowOver5;
    for (int row = 1; row <= 32; ++row) EXPECT_TRUE(rows.contains(row)) << row;
    EXPECT_EQ(ref().diagnosis(u"Z99.9"), std::nullopt);
}

TEST(ClinicalReferenceData, MedicinesAreConsistent)
{
    for (const auto& m : ref().medicines()) {
        EXPECT_FALSE(m.name.isEmpty()) << m.code.toStdString();
        EXPECT_TRUE(doseFrequency(m.frequency)) << m.code.toStdString();
    }
    const auto pcm = ref().medicine(u"paracetamol-500-tab");
    ASSERT_TRUE(pcm);
    EXPECT_EQ(pcm->text(), QStringLiteral("Paracetamol 500 mg tablet"));
    const Prescription p = pcm->defaultPrescription();
    EXPECT_EQ(p.medicineCode, QStringLiteral("paracetamol-500-tab"));
    EXPECT_EQ(p.frequency, QStringLiteral("TDS"));
    EXPECT_EQ(p.durationDays, 3);
    for (const char16_t* must : {u"ors-sachet", u"zinc-20-dt", u"amoxicillin-250-susp", u"cotrimoxazole-480-tab",
                                 u"metronidazole-400-tab", u"ifa-tab", u"albendazole-400-tab", u"salbutamol-2-tab",
                                 u"cetirizine-10-tab", u"omeprazole-20-cap", u"metformin-500-tab", u"amlodipine-5-tab"})
        EXPECT_TRUE(ref().medicine(must)) << QString::fromUtf16(must).toStdString();
}

// ---- Search ----

TEST(ClinicalReferenceData, SearchByCodePrefix)
{
    const QStringList j = codes(ref().searchDiagnoses(u"J"));
    EXPECT_EQ(j, (QStringList{QStringLiteral("J06.9"), QStringLiteral("J02.9"), QStringLiteral("J03.9"), QStringLiteral("J18.9"),
                              QStringLiteral("J20.9"), QStringLiteral("J45.9"), QStringLiteral("J44.9")}));
    EXPECT_EQ(codes(ref().searchDiagnoses(u"j18.9")), QStringList{QStringLiteral("J18.9")});
    EXPECT_EQ(codes(ref().searchDiagnoses(u"J189")), QStringList{QStringLiteral("J18.9")});   // dot optional
    EXPECT_EQ(codes(ref().searchDiagnoses(u"b5")).first(), QStringLiteral("B54"));
}

TEST(ClinicalReferenceData, SearchByEnglishWords)
{
    EXPECT_EQ(codes(ref().searchDiagnoses(u"pneu")), QStringList{QStringLiteral("J18.9")});
    const QStringList malaria = codes(ref().searchDiagnoses(u"malaria"));
    EXPECT_EQ(malaria, (QStringList{QStringLiteral("B54"), QStringLiteral("B51.9"), QStringLiteral("B50.9")}));
    // name prefix ranks before an inner word prefix
    const QStringList d = codes(ref().searchDiagnoses(u"dia"));
    ASSERT_GE(d.size(), 3);
    EXPECT_EQ(d.mid(0, 3), (QStringList{QStringLiteral("A09"), QStringLiteral("E14.9"), QStringLiteral("E11.9")}));
    EXPECT_EQ(codes(ref().searchDiagnoses(u"resp inf")), QStringList{QStringLiteral("J06.9")});
    EXPECT_EQ(codes(ref().searchDiagnoses(u"DOG")), QStringList{QStringLiteral("W54")});
    EXPECT_TRUE(ref().searchDiagnoses(u"xyzzy").isEmpty());
}

TEST(ClinicalReferenceData, SearchCodeBeforeWords)
{
    // "e1" is a code prefix (E11.9, E14.9) and matches no word
    EXPECT_EQ(codes(ref().searchDiagnoses(u"e1")), (QStringList{QStringLiteral("E11.9"), QStringLiteral("E14.9")}));
    // "a" matches codes A… first, then names starting with "a…"
    const QStringList a = codes(ref().searchDiagnoses(u"a", -1));
    ASSERT_GT(a.size(), 10);
    EXPECT_EQ(a.first(), QStringLiteral("A16.2"));
    EXPECT_TRUE(a.indexOf(QStringLiteral("J06.9")) > a.indexOf(QStringLiteral("A33")));
}

TEST(ClinicalReferenceData, SearchInUrdu)
{
    EXPECT_EQ(codes(ref().searchDiagnoses(u"نمو")), QStringList{QStringLiteral("J18.9")});
    EXPECT_EQ(codes(ref().searchDiagnoses(u"ملیریا")).size(), 3);
    // Arabic letter variants type the same: ي for ی
    EXPECT_EQ(codes(ref().searchDiagnoses(u"مليريا")).size(), 3);
    EXPECT_EQ(codes(ref().searchDiagnoses(u"خسرہ")), QStringList{QStringLiteral("B05.9")});
}

TEST(ClinicalReferenceData, SearchLimitAndEmpty)
{
    EXPECT_EQ(ref().searchDiagnoses(u"", -1).size(), ref().diagnoses().size());
    EXPECT_EQ(ref().searchDiagnoses(u"", 5).size(), 5);
    EXPECT_EQ(ref().searchDiagnoses(u"  ").size(), 20);
}

TEST(ClinicalReferenceData, SearchMedicinesAndComplaints)
{
    const QList<Medicine> amox = ref().searchMedicines(u"amox");
    ASSERT_EQ(amox.size(), 5);
    for (int i = 0; i < 4; ++i) EXPECT_EQ(amox[i].name, QStringLiteral("Amoxicillin"));   // code prefix
    EXPECT_EQ(amox[4].name, QStringLiteral("Co-amoxiclav"));                              // word prefix
    EXPECT_EQ(ref().searchMedicines(u"zinc").front().code, QStringLiteral("zinc-20-dt"));
    EXPECT_EQ(ref().searchMedicines(u"salbutamol inh").front().code, QStringLiteral("salbutamol-100-inh"));
    EXPECT_FALSE(ref().searchMedicines(u"folic").isEmpty());   // "Iron + folic acid" by a word prefix

    EXPECT_EQ(ref().searchComplaints(u"fev").front().code, QStringLiteral("fever"));
    EXPECT_EQ(ref().searchComplaints(u"بخار").front().code, QStringLiteral("fever"));
    EXPECT_EQ(ref().searchComplaints(u"کھانسی").front().code, QStringLiteral("cough"));
    EXPECT_TRUE(ref().complaint(u"DIARRHOEA"));
}

// ---- Parse errors name the file and line ----

TEST(ClinicalReferenceData, ParseErrors)
{
    EXPECT_EQ(parseProblem(kIcd), QStringLiteral("ok"));
    EXPECT_TRUE(parseProblem("code,name_en,name_ur,dhis_row_under5\nA09,x,y,1\n").contains(QStringLiteral("dhis_row_over5")));
    EXPECT_TRUE(parseProblem(kIcd + "A09,Again,,0,0\n").contains(QStringLiteral("line 3")));
    EXPECT_TRUE(parseProblem(kIcd + "A09,Again,,0,0\n").contains(QStringLiteral("twice")));
    EXPECT_TRUE(parseProblem(kIcd + "J18-9,Pneumonia,,2,3\n").contains(QStringLiteral("J18-9")));
    EXPECT_TRUE(parseProblem(kIcd + "J18.9,Pneumonia,,two,3\n").contains(QStringLiteral("DHIS")));
    EXPECT_TRUE(parseProblem(kIcd + ",Nothing,,0,0\n").contains(QStringLiteral("empty")));
    EXPECT_TRUE(parseProblem(kIcd, kMeds + "x,X,,tablet,1,FORTNIGHTLY,0\n").contains(QStringLiteral("FORTNIGHTLY")));
    EXPECT_TRUE(parseProblem(kIcd, kMeds + "y,Y,,tablet,1,OD,-1\n").contains(QStringLiteral("medicines.csv, line 3")));
    EXPECT_TRUE(parseProblem(kIcd, kMeds, "code,name_en\nfever,Fever\n").contains(QStringLiteral("name_ur")));
    EXPECT_TRUE(parseProblem(kIcd, kMeds, kComplaints + "x,\"open\n").contains(QStringLiteral("complaints.csv")));
    const auto r = ReferenceData::parse(kIcd, kMeds, kComplaints);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->diagnoses().size(), 1);
    EXPECT_EQ(r->searchDiagnoses(u"دس").size(), 1);
}

TEST(ClinicalReferenceData, CopiesAreIndependent)
{
    auto r = ReferenceData::parse(kIcd, kMeds, kComplaints);
    ASSERT_TRUE(r.ok());
    ReferenceData copy = r.value();
    ReferenceData moved = std::move(r.value());
    EXPECT_EQ(copy.diagnoses().size(), 1);
    EXPECT_EQ(moved.searchMedicines(u"ors").size(), 1);
    copy = ReferenceData();
    EXPECT_TRUE(copy.diagnoses().isEmpty());
    EXPECT_EQ(moved.diagnoses().size(), 1);
}
