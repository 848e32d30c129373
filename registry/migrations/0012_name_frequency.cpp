// Migration 12: value-specific name weights for the matcher (docs/matching.md, "Name
// frequencies"). name_frequency holds how many patients carry each informative name word (the
// word of the `nu:`/`nv:` blocking keys), per sex ('male', 'female') and over everyone ('all');
// name_frequency_totals the patients counted and Σ count² per table. Refreshed from match_keys
// by `bhu-registry migrate` (refreshNameFrequencies); $match reads only the rows it needs.
// The blocking keys changed to version 2 (birth date × union council): the keys are deleted
// here and `bhu-registry migrate` rebuilds them (backfillMatchKeys) before counting.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0012;
const Migration m0012{12, "name_frequency", R"SQL(
CREATE TABLE name_frequency (
  sex      text   NOT NULL CHECK (sex IN ('all', 'male', 'female')),
  word     text   NOT NULL,
  patients bigint NOT NULL,
  PRIMARY KEY (sex, word)
);
CREATE TABLE name_frequency_totals (
  sex         text             PRIMARY KEY CHECK (sex IN ('all', 'male', 'female')),
  patients    bigint           NOT NULL,
  sum_squares double precision NOT NULL
);
DELETE FROM match_keys;
)SQL"};

} // namespace bhu::registry
