// Report templates as data: the built-in template and its DHIS2 mapping load; errors name the
// section and row; age bands; the template's disease rows agree with the ICD reference list.
#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/ReportEngine.h"
#include "bhu/domain/ReportExport.h"

#include <gtest/gtest.h>

using namespace bhu;

namespace {
QByteArray minimal(const char* rowFilter)
{
    return QByteArray(R"({"id": "t", "version": "1", "title": {"en": "T"}, "sections": [
        {"id": "opd", "title": {"en": "OPD"}, "rows": [
          {"id": "ok", "title": {"en": "Fine"}},
          {"id": "u5-bad", "title": {"en": "Broken"}, "filter": )") +
           rowFilter + "}]}]}";
}
} // namespace

TEST(ReportTemplate, BuiltInTemplateAndMappingLoad)
{
    EXPECT_TRUE(ReportTemplate::builtInNames().contains(ReportTemplate::defaultName()));
    auto t = ReportTemplate::builtIn();
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->id, QStringLiteral("flcf-mr"));
    EXPECT_GE(t->sections.size(), 6);
    auto m = Dhis2Mapping::builtIn(ReportTemplate::defaultName(), t.value());
    ASSERT_TRUE(m.ok()) << m.error().message.toStdString();
    EXPECT_GT(m->targets.size(), 100);
}

TEST(ReportTemplate, ErrorsNameTheSectionAndRow)
{
    for (const char* bad : {R"({"age": "1-"})", R"({"agee": "<5"})", R"({"icd": ["pneumonia"]})", R"({"sex": "boy"})",
                            R"({"visit": "old"})", R"({"certainty": "sure"})", R"({"class": "OPD"})"}) {
        auto t = ReportTemplate::parse(minimal(bad), QStringLiteral("mine.json"));
        ASSERT_FALSE(t.ok()) << bad;
        EXPECT_TRUE(t.error().message.contains(u"mine.json")) << t.error().message.toStdString();
        EXPECT_TRUE(t.error().message.contains(u"section \"opd\", row \"u5-bad\"")) << t.error().message.toStdString();
    }
    auto good = ReportTemplate::parse(minimal(R"({"age": "<5", "icd": ["J18*"], "certainty": "confirmed"})"), QStringLiteral("mine.json"));
    EXPECT_TRUE(good.ok()) << good.error().message.toStdString();

    auto dup = ReportTemplate::parse(QByteArray(R"({"id": "t", "version": "1", "title": {"en": "T"}, "sections": [
        {"id": "s", "title": {"en": "S"}, "rows": [{"id": "a", "title": {"en": "A"}}, {"id": "a", "title": {"en": "B"}}]}]})"),
                                     QStringLiteral("dup.json"));
    ASSERT_FALSE(dup.ok());
    EXPECT_TRUE(dup.error().message.contains(u"row \"a\"")) << dup.error().message.toStdString();
    EXPECT_FALSE(ReportTemplate::parse("{not json", QStringLiteral("x.json")).ok());
}

TEST(ReportTemplate, AgeBandsAreCompletedYearsOrMonths)
{
    EXPECT_EQ(parseAgeBand(u"<1"), (AgeBand{0, 11}));
    EXPECT_EQ(parseAgeBand(u"1-4"), (AgeBand{12, 59}));
    EXPECT_EQ(parseAgeBand(u"50+"), (AgeBand{600, -1}));
    EXPECT_EQ(parseAgeBand(u"0-11m"), (AgeBand{0, 11}));
    EXPECT_EQ(parseAgeBand(u"<6m"), (AgeBand{0, 5}));
    EXPECT_FALSE(parseAgeBand(u"5-1"));
    EXPECT_FALSE(parseAgeBand(u"abc"));
    // The exact birthday moves a child up a band.
    EXPECT_EQ(reportAgeMonths(QDate(2025, 11, 10), QDate(2026, 11, 9)), 11);
    EXPECT_EQ(reportAgeMonths(QDate(2025, 11, 10), QDate(2026, 11, 10)), 12);
    EXPECT_EQ(reportAgeMonths(QDate(), QDate(2026, 11, 10)), -1);
}

TEST(ReportTemplate, DiseaseRowsAgreeWithTheIcdReferenceList)
{
    auto t = ReportTemplate::builtIn();
    ASSERT_TRUE(t.ok());
    const TemplateSection* diseases = nullptr;
    for (const TemplateSection& s : t->sections)
        if (s.id == u"diseases") diseases = &s;
    ASSERT_NE(diseases, nullptr);
    for (const IcdEntry& e : ReferenceData::builtIn().diagnoses()) {
        for (int age : {24, 240}) {   // a 2-year-old and a 20-year-old
            const int row = e.dhisRow(age / 12);
            if (row == 0) continue;
            ReportVisit v;
            v.diagnoses = {ReportDiagnosis{e.code, true, {}}};
            QStringList rows;
            for (const TemplateRow& r : diseases->rows) {
                ReportFilter f = diseases->filter;
                f.add(r.filter);
                if (f.matches(v, age)) rows << r.id;
            }
            EXPECT_EQ(rows, QStringList{QString::number(row)}) << e.code.toStdString() << " at " << age << " months";
        }
    }
}

TEST(ReportTemplate, MappingErrorsNameTheEntry)
{
    auto t = ReportTemplate::builtIn();
    ASSERT_TRUE(t.ok());
    auto bad = Dhis2Mapping::parse(R"({"template": "flcf-mr", "dataSet": "Abcdefghij1", "orgUnits": {"*": "Abcdefghij2"},
        "dataValues": [{"cell": "opd/u1/nope", "dataElement": "Abcdefghij3", "categoryOptionCombo": "Abcdefghij4"}]})",
                                   QStringLiteral("m.json"), t.value());
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(u"opd/u1/nope"));
    auto twice = Dhis2Mapping::parse(R"({"template": "flcf-mr", "dataSet": "Abcdefghij1", "orgUnits": {"*": "Abcdefghij2"},
        "dataValues": [{"cell": "opd/u1/new-m", "dataElement": "Abcdefghij3", "categoryOptionCombo": "Abcdefghij4"},
                       {"cell": "opd/u1/new-f", "dataElement": "Abcdefghij3", "categoryOptionCombo": "Abcdefghij4"}]})",
                                     QStringLiteral("m.json"), t.value());
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"opd/u1/new-f"));
}
