// Schema 4: the clinic side of sync (docs/sync-protocol.md, docs/sync-engine.md).
//  - sync_state: one row — enrolment (registry URL, device id, credential, pinned certificate
//    or CA), the pull cursor, the last attempt/success/error and byte counters.
//  - server_versions: the registry's versionId of every record it acknowledged or sent; the
//    base of a Patient push (`ifMatch`).
//  - sync_issues: "Needs attention": rejected outbox entries, merge conflicts reported by the
//    registry, pulled resources that could not be read, patients the registry merged away.
//  - Replicated clinical records: a visit of another facility (or device) arrives as an
//    Encounter plus separate fact resources that may sit on different pull pages, after the
//    visit is already stored closed. The read-only trigger of 0003 refuses any fact inserted
//    into a closed visit. We keep that rule for every local write and allow exactly one
//    exception: a row in sync_apply_guard, which only the sync engine's apply transaction
//    inserts and deletes again before it commits (so no other connection ever sees it, and a
//    crash rolls it back). The same guard lets a replicated vitals record take the measurements
//    that arrive as separate Observations (one per measurement). Deletes, and every other
//    update of a closed record, stay refused for everyone.
#include "migrations/MigrationList.h"

namespace bhu::db::migrations {

const Migration m0004{4, "sync", R"SQL(
CREATE TABLE sync_state (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  registry_url      TEXT,
  device_id         TEXT,
  device_name       TEXT,
  credential        TEXT,
  pin_sha256        TEXT,             -- hex SHA-256 of the registry's leaf certificate (DER)
  ca_pem            TEXT,             -- or the CA given at enrolment
  facility_code     TEXT,             -- as the registry knows it
  facility_number   INTEGER,
  enrolled_at       TEXT,
  pull_cursor       TEXT NOT NULL DEFAULT '',
  mr_request_id     TEXT,             -- X-Request-ID of an MR-block request not yet stored (resent as is)
  last_attempt_at   TEXT,
  last_success_at   TEXT,
  last_error        TEXT,
  last_report       TEXT,             -- JSON of the last SyncReport (counts only)
  bytes_sent        INTEGER NOT NULL DEFAULT 0,
  bytes_received    INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO sync_state(id) VALUES (1);

CREATE TABLE server_versions (
  resource_type  TEXT NOT NULL,
  resource_id    TEXT NOT NULL,
  server_version INTEGER NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (resource_type, resource_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_issues (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('rejected','merge-conflict','pull-invalid','merged')),
  resource_type TEXT,
  resource_id   TEXT,
  outbox_id     TEXT,
  reason        TEXT NOT NULL,        -- the registry's diagnostics or our own message
  field         TEXT,                 -- merge conflict: the field
  detail        TEXT,                 -- merge conflict: the losing value and facility (shown to staff only)
  created_at    TEXT NOT NULL,
  resolved_at   TEXT
) STRICT;
CREATE INDEX sync_issues_open ON sync_issues(resolved_at, created_at);
CREATE UNIQUE INDEX sync_issues_conflict ON sync_issues(resource_id, field, detail) WHERE kind IN ('merge-conflict','merged');

CREATE TABLE sync_apply_guard (
  id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

DROP TRIGGER facts_closed_no_update;
CREATE TRIGGER facts_closed_no_update BEFORE UPDATE ON clinical_facts
  WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) = 'closed'
   AND NOT (EXISTS (SELECT 1 FROM sync_apply_guard) AND OLD.kind = 'vitals' AND NEW.kind = 'vitals'
            AND NEW.id = OLD.id AND NEW.visit_id = OLD.visit_id)
  BEGIN SELECT RAISE(ABORT, 'facts of a closed visit are read-only'); END;

DROP TRIGGER facts_closed_no_insert;
CREATE TRIGGER facts_closed_no_insert BEFORE INSERT ON clinical_facts
  WHEN (SELECT status FROM visits WHERE id = NEW.visit_id) = 'closed'
   AND NOT EXISTS (SELECT 1 FROM sync_apply_guard)
  BEGIN SELECT RAISE(ABORT, 'facts of a closed visit are read-only'); END;

CREATE INDEX outbox_due ON outbox(state, next_attempt_at, seq);
)SQL"};

} // namespace bhu::db::migrations
