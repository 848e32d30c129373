// Schema 2: the front desk — name search index, MR-number pool and provisional sequence,
// facility number, and versioned geography reference data (province → … → village).
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0002{2, "front_desk", R"SQL(
-- The facility's number in the provisional MR namespace (9 FFFFF SSSSS C).
ALTER TABLE facility ADD COLUMN number INTEGER NOT NULL DEFAULT 1 CHECK (number BETWEEN 1 AND 99999);

-- Children registered under a guardian's CNIC are found by it too.
CREATE INDEX patients_guardian_cnic ON patients(guardian_cnic) WHERE guardian_cnic IS NOT NULL;
CREATE INDEX patients_village ON patients(village, sex);

-- Counters that must never be reused (provisional MR sequence).
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;
INSERT INTO counters(name, value) VALUES ('mr_provisional', 0);

-- National MR numbers reserved for this facility by the registry, used offline.
CREATE TABLE mr_pool (
  value       TEXT PRIMARY KEY,          -- 12 digits with check digit
  block_id    TEXT NOT NULL,
  received_at TEXT NOT NULL,
  used_by     TEXT REFERENCES patients(id),
  used_at     TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX mr_pool_free ON mr_pool(value) WHERE used_by IS NULL;

-- Name search: contentless FTS5 over normalised name words (domain searchTokens), rowid =
-- patients.rowid. name: the person's own name (Latin and Urdu); guardian: guardian's name;
-- skel: consonant skeletons of both, for spelling mistakes in vowels and doubled letters.
CREATE VIRTUAL TABLE patient_fts USING fts5(
  name, guardian, skel,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

-- Geography reference data, versioned by source (a district imports its own lists).
CREATE TABLE places (
  id         TEXT PRIMARY KEY,
  level      TEXT NOT NULL CHECK (level IN ('province','district','tehsil','union_council','village')),
  name       TEXT NOT NULL,
  name_ur    TEXT,
  parent_id  TEXT REFERENCES places(id),
  source     TEXT NOT NULL,              -- e.g. "builtin-2026-11", "import:ucs.csv"
  active     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (level, parent_id, name)
) STRICT;
CREATE INDEX places_parent ON places(parent_id, level, name);
)SQL"};

} // namespace bhu::db::migrations
