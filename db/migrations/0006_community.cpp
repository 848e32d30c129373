// Schema 6: community and mother-and-child health (docs/community.md): the LHW's family register
// (households and memberships with history), immunisation doses, pregnancies and the antenatal,
// postnatal and family-planning contacts. Doses and contacts are append-only clinical facts: a
// correction is a new row (amends_id, version + 1, a reason); triggers refuse updates and deletes.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0006{6, "community", R"SQL(
CREATE TABLE households (
  id              TEXT PRIMARY KEY,
  village         TEXT NOT NULL,             -- village or mohalla
  address         TEXT NOT NULL DEFAULT '',
  lhw_area        TEXT NOT NULL DEFAULT '',
  head_patient_id TEXT REFERENCES patients(id),
  facility_code   TEXT NOT NULL,
  phone           TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX households_area ON households(lhw_area, village);

CREATE TABLE household_members (
  id            TEXT PRIMARY KEY,
  household_id  TEXT NOT NULL REFERENCES households(id),
  patient_id    TEXT NOT NULL REFERENCES patients(id),
  relationship  TEXT NOT NULL,
  joined_on     TEXT NOT NULL,
  left_on       TEXT,                        -- NULL while a member
  left_reason   TEXT,
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL
) STRICT;
-- A person belongs to one household at a time; past memberships stay.
CREATE UNIQUE INDEX household_members_current ON household_members(patient_id) WHERE left_on IS NULL;
CREATE INDEX household_members_household ON household_members(household_id, left_on);
CREATE TRIGGER household_members_no_delete BEFORE DELETE ON household_members
  BEGIN SELECT RAISE(ABORT, 'memberships are never deleted; end them'); END;

CREATE TABLE immunisations (
  id              TEXT PRIMARY KEY,
  patient_id      TEXT NOT NULL REFERENCES patients(id),
  antigen         TEXT NOT NULL,
  dose            INTEGER NOT NULL,
  given_on        TEXT NOT NULL,             -- the day the dose was given
  lot             TEXT NOT NULL DEFAULT '',
  place           TEXT NOT NULL DEFAULT '',
  given_elsewhere INTEGER NOT NULL DEFAULT 0,
  facility_code   TEXT NOT NULL,
  performer       TEXT NOT NULL DEFAULT '',
  recorded_at     TEXT NOT NULL,
  recorded_by     TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  amends_id       TEXT REFERENCES immunisations(id),
  amend_reason    TEXT,
  entered_in_error INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX immunisations_patient ON immunisations(patient_id, antigen, dose);
CREATE INDEX immunisations_day ON immunisations(given_on);
CREATE TRIGGER immunisations_read_only BEFORE UPDATE ON immunisations
  BEGIN SELECT RAISE(ABORT, 'a recorded dose is read-only; record a correction'); END;
CREATE TRIGGER immunisations_no_delete BEFORE DELETE ON immunisations
  BEGIN SELECT RAISE(ABORT, 'doses are never deleted'); END;

CREATE TABLE pregnancies (
  id                 TEXT PRIMARY KEY,
  patient_id         TEXT NOT NULL REFERENCES patients(id),
  lmp                TEXT,
  edd                TEXT NOT NULL,
  gravida            INTEGER NOT NULL,
  para               INTEGER NOT NULL,
  registered_on      TEXT NOT NULL,
  registered_by      TEXT NOT NULL,
  facility_code      TEXT NOT NULL,
  outcome            TEXT NOT NULL DEFAULT 'ongoing'
                       CHECK (outcome IN ('ongoing','live-birth','stillbirth','miscarriage')),
  outcome_date       TEXT,
  delivery_place     TEXT NOT NULL DEFAULT '',
  delivery_attendant TEXT NOT NULL DEFAULT '',
  version            INTEGER NOT NULL DEFAULT 1,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX pregnancies_patient ON pregnancies(patient_id, registered_on);
CREATE INDEX pregnancies_registered ON pregnancies(registered_on);
CREATE INDEX pregnancies_outcome ON pregnancies(outcome_date) WHERE outcome_date IS NOT NULL;

CREATE TABLE mch_contacts (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('anc','pnc','fp')),
  patient_id    TEXT NOT NULL REFERENCES patients(id),
  pregnancy_id  TEXT REFERENCES pregnancies(id),
  visit_id      TEXT,
  contact_date  TEXT NOT NULL,
  number        INTEGER NOT NULL DEFAULT 0,  -- ANC-n / PNC-n
  fp_method     TEXT NOT NULL DEFAULT '',
  referred      INTEGER NOT NULL DEFAULT 0,
  facility_code TEXT NOT NULL,
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1,
  amends_id     TEXT REFERENCES mch_contacts(id),
  amend_reason  TEXT,
  data          TEXT NOT NULL CHECK (json_valid(data))  -- BP, weight, Hb, danger signs, new acceptor, note
) STRICT;
CREATE INDEX mch_contacts_patient ON mch_contacts(patient_id, kind, contact_date);
CREATE INDEX mch_contacts_day ON mch_contacts(contact_date, kind);
CREATE TRIGGER mch_contacts_read_only BEFORE UPDATE ON mch_contacts
  BEGIN SELECT RAISE(ABORT, 'a recorded contact is read-only; record a correction'); END;
CREATE TRIGGER mch_contacts_no_delete BEFORE DELETE ON mch_contacts
  BEGIN SELECT RAISE(ABORT, 'contacts are never deleted'); END;
)SQL"};

} // namespace bhu::db::migrations
