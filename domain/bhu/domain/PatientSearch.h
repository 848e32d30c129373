#pragma once
// What the front desk types into the one search box, and what comes back.
#include "bhu/domain/Patient.h"

#include <QDate>
#include <optional>

namespace bhu {

struct SearchQuery {
    QString text;                  // MR, CNIC/B-form, phone, or a name ("ali s/o akbar")
    std::optional<Sex> sex;
    int minAgeYears = -1;          // -1: no limit
    int maxAgeYears = -1;
    QString village;               // exact village or union council; empty: any
    int limit = 50;
};

// How the text was understood: shown under the search box ("Searching by CNIC").
enum class QueryKind { Empty, MrNumber, Cnic, Phone, Digits, Name };

struct SearchHit {
    QString patientId;
    QString mr;                    // 12 digits (national, else provisional)
    QString name, nameUrdu;
    Relation relation = Relation::None;
    QString guardianName;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    bool birthDateEstimated = false;
    QString cnic;                  // 13 digits (CNIC, else B-form)
    QString phone;                 // E.164
    QString village, unionCouncil;
    QDate lastVisit;               // invalid until visits exist
    double score = 0;              // 0..1, best first
};

struct SearchResult {
    QueryKind kind = QueryKind::Empty;
    QString notice;                // translated hint, e.g. "The check digit is wrong: …"
    QList<SearchHit> hits;
};

// A possible duplicate of a patient about to be registered, with what matches.
struct DuplicateCandidate {
    SearchHit hit;
    QStringList reasons;           // translated: "Same CNIC", "Similar name and guardian", …
    bool sameCnic = false;         // a hard stop unless a supervisor overrides
    double score = 0;
};

} // namespace bhu
