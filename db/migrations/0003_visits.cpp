// Schema 3: clinical visits. A visit and its facts (vitals, diagnoses, prescriptions,
// referrals) are a draft while the visit is open; closing signs them and makes them read-only.
// A correction of a closed visit is a new version of the whole visit (new ids, amends_id →
// the version it corrects, a reason); the original stays. Only closed versions sync.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0003{3, "visits", R"SQL(
CREATE TABLE visits (
  id              TEXT PRIMARY KEY,
  patient_id      TEXT NOT NULL REFERENCES patients(id),
  facility_code   TEXT NOT NULL,
  encounter_class TEXT NOT NULL CHECK (encounter_class IN ('AMB','HH','VR')),
  visit_date      TEXT NOT NULL,             -- the facility's local day, for the queue and reports
  token_number    INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL CHECK (status IN ('waiting','in-consultation','closed')),
  started_at      TEXT NOT NULL,
  closed_at       TEXT,
  signed_by       TEXT,
  amends_id       TEXT REFERENCES visits(id),
  amend_reason    TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  data            TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX visits_patient ON visits(patient_id, started_at);
CREATE INDEX visits_day ON visits(visit_date, facility_code, token_number);
CREATE INDEX visits_amends ON visits(amends_id) WHERE amends_id IS NOT NULL;

CREATE TABLE clinical_facts (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('vitals','diagnosis','prescription','referral')),
  patient_id   TEXT NOT NULL REFERENCES patients(id),
  visit_id     TEXT NOT NULL REFERENCES visits(id),
  position     INTEGER NOT NULL DEFAULT 0,   -- order within the visit
  code         TEXT,                         -- ICD-10 for diagnoses, medicine code for prescriptions
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  data         TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX clinical_facts_visit ON clinical_facts(visit_id, kind, position);
CREATE INDEX clinical_facts_patient ON clinical_facts(patient_id, kind);
CREATE INDEX clinical_facts_code ON clinical_facts(kind, code);

-- Signed records are read-only: the triggers hold even against a bug in the program.
CREATE TRIGGER visits_closed_read_only BEFORE UPDATE ON visits WHEN OLD.status = 'closed'
  BEGIN SELECT RAISE(ABORT, 'a closed visit is read-only; record an amendment'); END;
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
  BEGIN SELECT RAISE(ABORT, 'visits are never deleted'); END;
CREATE TRIGGER facts_closed_no_update BEFORE UPDATE ON clinical_facts
  WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'closed'
  BEGIN SELECT RAISE(ABORT, 'facts of a closed visit are read-only'); END;
CREATE TRIGGER facts_closed_no_delete BEFORE DELETE ON clinical_facts
  WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'closed'
  BEGIN SELECT RAISE(ABORT, 'facts of a closed visit are read-only'); END;
CREATE TRIGGER facts_closed_no_insert BEFORE INSERT ON clinical_facts
  WHEN (SELECT status FROM visits WHERE id = NEW.visit_id) = 'closed'
  BEGIN SELECT RAISE(ABORT, 'facts of a closed visit are read-only'); END;
)SQL"};

} // namespace bhu::db::migrations
