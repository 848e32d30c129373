#pragma once
// Candidate lookups for search and the duplicate check: full-text over normalised names,
// identifiers (exact or prefix), guardian CNIC, phone, birth years. Returns unscored hits;
// scoring and ranking are the service's job.
#include "bhu/db/Connection.h"
#include "bhu/domain/PatientSearch.h"

namespace bhu::db {

struct FinderFilter {
    std::optional<Sex> sex;
    QDate bornFrom, bornTo;   // inclusive; invalid = open
    QString village;          // village or union council, exact (case-insensitive)
};

class PatientFinder {
public:
    explicit PatientFinder(Connection& c) : m_c(c) {}

    // matchExpr is an FTS5 expression over columns name, guardian, skel.
    Result<QList<SearchHit>> byNameIndex(const QString& matchExpr, const FinderFilter& f, int limit);
    Result<QList<SearchHit>> byIdentifier(const QString& digits, bool prefix, const FinderFilter& f, int limit);
    Result<QList<SearchHit>> byGuardianCnic(const QString& digits, const FinderFilter& f, int limit);
    Result<QList<SearchHit>> byPhone(const QString& e164, const FinderFilter& f, int limit);
    Result<QList<SearchHit>> byBirthRange(const FinderFilter& f, int limit);
    // Fills mr, cnic and the last visit date of hits (after ranking, for the ones shown).
    Status fillIdentifiers(QList<SearchHit>& hits);

private:
    Result<QList<SearchHit>> query(const QString& from, const QString& where, const QStringList& args, const FinderFilter& f, int limit);
    Connection& m_c;
};

} // namespace bhu::db
