#pragma once
// Builders of patients for the matcher tests.
#include "bhu/match/MatchRecord.h"

#include <QDate>

namespace bhu::match::test {

struct P {
    Patient p;
    explicit P(const QString& name) { p.name = name; p.id = name; }
    P& rel(Relation r, const QString& g) { p.relation = r; p.guardianName = g; return *this; }
    P& sex(Sex s) { p.sex = s; return *this; }
    P& born(int y, int m, int d) { p.birthDate = QDate(y, m, d); p.birthDateEstimated = false; return *this; }
    P& aboutYear(int y) { p.birthDate = QDate(y, 1, 1); p.birthDateEstimated = true; return *this; }
    P& cnic(const QString& c) { p.setIdentifier(IdSystem::Cnic, c); return *this; }
    P& phone(const QString& ph) { p.phone = ph; return *this; }
    P& place(const QString& uc, const QString& village)
    {
        p.address = Address{QStringLiteral("Punjab"), QStringLiteral("Faisalabad"), QStringLiteral("Jaranwala"), uc, village};
        return *this;
    }
    MatchRecord rec() const { return recordFromPatient(p); }
};

} // namespace bhu::match::test
