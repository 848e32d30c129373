#pragma once
// Turns typed name text into an FTS5 expression over patient_fts (name, guardian, skel) and
// scores candidates. Internal to the services library.
#include "bhu/domain/NameNormalizer.h"
#include "bhu/domain/PatientSearch.h"

#include <QString>

namespace bhu::services::detail {

struct NameQuery {
    NameKey key;          // the typed text, normalised (own name, relation, guardian)
    bool prefix = true;   // search typing: the last word may be unfinished
    // FTS5 MATCH expression; empty when nothing searchable was typed.
    QString ftsExpression() const;
    // 0..1: how well a candidate fits what was typed.
    double score(const SearchHit& h) const;
};

NameQuery parseNameQuery(QStringView text, bool prefix);

} // namespace bhu::services::detail
