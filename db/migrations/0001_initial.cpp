// Schema 1: facility, users, patients with several identifiers and demographic versions,
// outbox, hash-chained audit log.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0001{1, "initial", R"SQL(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE facility (
  id         TEXT PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id         TEXT PRIMARY KEY,
  username   TEXT NOT NULL UNIQUE,
  full_name  TEXT NOT NULL DEFAULT '',
  role       TEXT NOT NULL CHECK (role IN ('front_desk','lhw','clinician','supervisor','admin')),
  active     INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;

-- Demographics are editable: the row holds the current version, patient_versions every version.
CREATE TABLE patients (
  id                    TEXT PRIMARY KEY,
  version               INTEGER NOT NULL CHECK (version >= 1),
  name                  TEXT NOT NULL,
  name_ur               TEXT,
  relation              TEXT,
  guardian_name         TEXT,
  sex                   TEXT NOT NULL CHECK (sex IN ('male','female','other','unknown')),
  birth_date            TEXT,
  birth_date_estimated  INTEGER NOT NULL DEFAULT 0,
  phone                 TEXT,
  guardian_cnic         TEXT,
  guardian_relationship TEXT,
  province              TEXT,
  district              TEXT,
  tehsil                TEXT,
  union_council         TEXT,
  village               TEXT,
  notes                 TEXT,
  facility_code         TEXT NOT NULL,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  deleted               INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX patients_phone ON patients(phone) WHERE phone IS NOT NULL;
CREATE INDEX patients_birth ON patients(birth_date, sex);

-- Every identifier finds the patient: MR (national, provisional, retired), CNIC, B-form.
CREATE TABLE patient_identifiers (
  patient_id TEXT NOT NULL REFERENCES patients(id),
  system     TEXT NOT NULL,
  value      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (system, value, patient_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX patient_identifiers_value ON patient_identifiers(value);
CREATE INDEX patient_identifiers_patient ON patient_identifiers(patient_id);
-- National MR numbers are unique outright.
CREATE UNIQUE INDEX patient_identifiers_mr ON patient_identifiers(value) WHERE system IN ('mr','mr-provisional');

CREATE TABLE patient_versions (
  patient_id TEXT NOT NULL REFERENCES patients(id),
  version    INTEGER NOT NULL,
  data       TEXT NOT NULL CHECK (json_valid(data)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  PRIMARY KEY (patient_id, version)
) STRICT, WITHOUT ROWID;

-- Store-and-forward queue. One live (pending) entry per resource: a later edit updates it.
CREATE TABLE outbox (
  seq              INTEGER PRIMARY KEY AUTOINCREMENT,
  id               TEXT NOT NULL UNIQUE,
  resource_type    TEXT NOT NULL,
  resource_id      TEXT NOT NULL,
  resource_version INTEGER NOT NULL,
  op               TEXT NOT NULL CHECK (op IN ('upsert','delete')),
  state            TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending','uploading','synced','rejected','conflict')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT,
  last_error       TEXT,
  request_id       TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX outbox_one_pending ON outbox(resource_type, resource_id) WHERE state = 'pending';
CREATE INDEX outbox_state ON outbox(state, seq);

-- Append-only, hash-chained: hash = SHA-256(prev_hash | fields). Triggers refuse edits.
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  at          TEXT NOT NULL,
  user_id     TEXT,
  username    TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity_type TEXT,
  entity_id   TEXT,
  patient_id  TEXT,
  source      TEXT NOT NULL,
  details     TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_patient ON audit_log(patient_id, seq);
CREATE INDEX audit_user ON audit_log(username, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL"};

} // namespace bhu::db::migrations
