// Schema 7: store-and-forward teleconsultation (docs/telemedicine.md). The users table learns
// the specialist role (SQLite cannot change a CHECK: the table is rebuilt, nothing points to it).
// A request's content is written once (trigger); only its status, assignment and version move.
// Messages (answers, follow-up questions and replies) and photos are append-only; of a photo
// only the registry's committed upload offset changes.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0007{7, "telemedicine", R"SQL(
CREATE TABLE users_v7 (
  id         TEXT PRIMARY KEY,
  username   TEXT NOT NULL UNIQUE,
  full_name  TEXT NOT NULL DEFAULT '',
  role       TEXT NOT NULL CHECK (role IN ('front_desk','lhw','clinician','supervisor','admin','specialist')),
  active     INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO users_v7(id, username, full_name, role, active, created_at)
  SELECT id, username, full_name, role, active, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_v7 RENAME TO users;

CREATE TABLE consultations (
  id                TEXT PRIMARY KEY,
  patient_id        TEXT NOT NULL,                -- no FK: a specialist install caches cases of patients it does not hold
  visit_id          TEXT NOT NULL,
  facility_code     TEXT NOT NULL,             -- the requesting BHU
  specialty         TEXT NOT NULL,
  urgency           TEXT NOT NULL CHECK (urgency IN ('routine','urgent')),
  question          TEXT NOT NULL,
  case_summary      TEXT NOT NULL,
  requested_by      TEXT NOT NULL,
  requested_at      TEXT NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('sent','claimed','followup','answered')),
  assigned_to       TEXT NOT NULL DEFAULT '',
  assigned_facility TEXT NOT NULL DEFAULT '',
  claimed_at        TEXT,
  answered_at       TEXT,
  escalated         INTEGER NOT NULL DEFAULT 0,
  version           INTEGER NOT NULL DEFAULT 1,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX consultations_patient ON consultations(patient_id, requested_at);
CREATE INDEX consultations_status ON consultations(facility_code, status, requested_at);
CREATE INDEX consultations_inbox ON consultations(specialty, status, urgency, requested_at);
CREATE TRIGGER consultations_content_read_only BEFORE UPDATE OF id, patient_id, visit_id, facility_code, specialty,
  urgency, question, case_summary, requested_by, requested_at ON consultations
  BEGIN SELECT RAISE(ABORT, 'a sent consultation request is read-only'); END;
CREATE TRIGGER consultations_no_delete BEFORE DELETE ON consultations
  BEGIN SELECT RAISE(ABORT, 'consultation requests are never deleted'); END;

CREATE TABLE consultation_messages (
  id              TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations(id),
  patient_id      TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('answer','question','reply')),
  author          TEXT NOT NULL,
  author_name     TEXT NOT NULL DEFAULT '',
  author_facility TEXT NOT NULL DEFAULT '',
  sent_at         TEXT NOT NULL,
  data            TEXT NOT NULL CHECK (json_valid(data))   -- text, advice, suggestions, disposition
) STRICT;
CREATE INDEX consultation_messages_of ON consultation_messages(consultation_id, sent_at);
CREATE TRIGGER consultation_messages_read_only BEFORE UPDATE ON consultation_messages
  BEGIN SELECT RAISE(ABORT, 'consultation messages are read-only'); END;
CREATE TRIGGER consultation_messages_no_delete BEFORE DELETE ON consultation_messages
  BEGIN SELECT RAISE(ABORT, 'consultation messages are never deleted'); END;

CREATE TABLE consultation_photos (
  id              TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations(id),
  position        INTEGER NOT NULL DEFAULT 0,
  caption         TEXT NOT NULL DEFAULT '',
  mime_type       TEXT NOT NULL,
  width           INTEGER NOT NULL,
  height          INTEGER NOT NULL,
  size            INTEGER NOT NULL,
  sha256          TEXT NOT NULL,
  data            BLOB NOT NULL,
  uploaded_bytes  INTEGER NOT NULL DEFAULT 0,   -- the registry's committed offset
  added_at        TEXT NOT NULL
) STRICT;
CREATE INDEX consultation_photos_of ON consultation_photos(consultation_id, position);
CREATE TRIGGER consultation_photos_read_only BEFORE UPDATE OF id, consultation_id, caption, mime_type, width, height,
  size, sha256, data ON consultation_photos
  BEGIN SELECT RAISE(ABORT, 'a photo is read-only'); END;
CREATE TRIGGER consultation_photos_no_delete BEFORE DELETE ON consultation_photos
  BEGIN SELECT RAISE(ABORT, 'photos are never deleted'); END;
)SQL"};

} // namespace bhu::db::migrations
