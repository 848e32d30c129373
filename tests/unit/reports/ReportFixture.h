#pragma once
// A hand-built month where every cell of the monthly report is known (November 2026 at
// facility BHU-0001). See ReportFixture.cpp for the patients and visits, and the expected
// cells in report_engine_test.cpp.
#include "bhu/domain/VisitRecord.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"

#include <QDate>
#include <QStringList>
#include <memory>

namespace bhu::test {

struct ReportMonth {
    TestDb db;
    std::unique_ptr<services::Session> session;   // the administrator
    static constexpr int kYear = 2026;
    static constexpr int kMonth = 11;
};

// Building blocks of hand-built datasets (also report_merge_test.cpp).
QDateTime at(QDate d, int hour = 10);   // local time of day d, in UTC
Patient person(const char* name, Sex sex, QDate born);
Diagnosis dx(const char* code, DiagnosisCertainty c);
// A closed (signed) visit at BHU-0001 on `day`; a home visit is signed by lhw.rubina.
VisitRecord visit(const Patient& p, QDate day, QList<Diagnosis> dxs, bool referred = false,
                  EncounterClass cls = EncounterClass::Ambulatory, int hour = 10);

// Creates the database and the dataset; the session stays open (close it before bhuctl runs).
ReportMonth makeReportMonth();

} // namespace bhu::test
