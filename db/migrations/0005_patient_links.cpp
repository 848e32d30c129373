// Schema 5: registry merges at the clinic (docs/sync-protocol.md, "Merges at the clinic").
//  - patient_links: a patient the registry merged into another (Patient.link replaced-by).
//    Both rows stay in patients; nothing signed is edited. survivor_id has no foreign key: the
//    survivor's row may arrive later in the same pull.
//  - patient_person: every patient row and the record it resolves to (itself, or its
//    survivor when that row is held). Searches, the history of a patient and every per-patient
//    question go through it; visits, facts and referrals keep the patient_id they were signed
//    with (the read-only triggers of 0003 stay untouched).
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0005{5, "patient_links", R"SQL(
CREATE TABLE patient_links (
  merged_id   TEXT PRIMARY KEY REFERENCES patients(id),
  survivor_id TEXT NOT NULL,
  linked_at   TEXT NOT NULL
) STRICT;
CREATE INDEX patient_links_survivor ON patient_links(survivor_id);

CREATE VIEW patient_person(patient_id, person_id) AS
  SELECT p.id, coalesce((SELECT l.survivor_id FROM patient_links l JOIN patients s ON s.id = l.survivor_id
                          WHERE l.merged_id = p.id), p.id)
  FROM patients p;
)SQL"};

} // namespace bhu::db::migrations
