// Migration 5: the clinics' audit trails (docs/sync-protocol.md, "Audit trail"; issue #7).
//  - audit_entries: every entry each device sent, with its place in the device's hash chain
//    (seq, prev_hash, hash) and every hashed field as sent, so `bhu-registry audit verify`
//    can recompute the chain. Key: (device, seq). Patient identity is an id only.
//  - audit_refusals: each resend the registry refused (a gap, a changed entry, a broken link,
//    a hash that does not match its content): the evidence of tampering at a clinic.
// Both are append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for everyone (the
// service, an operator at psql). Only the table owner can drop the trigger; the chain hashes
// (and the clinic's own copy) still expose an edit made that way.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0005;
const Migration m0005{5, "audit", R"SQL(
CREATE TABLE audit_entries (
  device_id   uuid NOT NULL REFERENCES devices(id),
  facility_id bigint NOT NULL REFERENCES facilities(id),
  seq         bigint NOT NULL CHECK (seq >= 1),
  entry_id    text NOT NULL,
  at          text NOT NULL,                 -- the device's clock, as hashed
  user_id     text NOT NULL DEFAULT '',
  username    text NOT NULL DEFAULT '',
  action      text NOT NULL DEFAULT '',
  entity_type text NOT NULL DEFAULT '',
  entity_id   text NOT NULL DEFAULT '',
  patient_id  text NOT NULL DEFAULT '',      -- a patient id, never a name
  source      text NOT NULL DEFAULT '',
  details     text NOT NULL DEFAULT '',
  prev_hash   text NOT NULL,
  hash        text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  request_id  text NOT NULL DEFAULT '',
  PRIMARY KEY (device_id, seq)
);
CREATE INDEX audit_entries_facility ON audit_entries (facility_id, device_id, seq);
CREATE INDEX audit_entries_patient ON audit_entries (patient_id) WHERE patient_id <> '';

CREATE TABLE audit_refusals (
  id            bigserial PRIMARY KEY,
  device_id     uuid NOT NULL REFERENCES devices(id),
  facility_id   bigint NOT NULL REFERENCES facilities(id),
  seq           bigint NOT NULL,
  reason        text NOT NULL CHECK (reason IN ('gap', 'changed', 'unlinked', 'hash')),
  stored_hash   text,
  received_hash text NOT NULL,
  request_id    text NOT NULL DEFAULT '',
  refused_at    timestamptz NOT NULL DEFAULT now()
);
-- The same refused entry resent every run is recorded once.
CREATE UNIQUE INDEX audit_refusals_once ON audit_refusals (device_id, seq, reason, received_hash);

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_refusals_append_only BEFORE UPDATE OR DELETE ON audit_refusals
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_refusals_no_truncate BEFORE TRUNCATE ON audit_refusals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
)SQL"};

} // namespace bhu::registry
