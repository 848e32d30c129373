// Migration 9: teleconsultation routing (docs/telemedicine.md, "Routing").
//  - specialist_grants: the operator's grant that lets a device (a specialist's install at a
//    hospital) read the pool of a specialty (`bhu-registry device allow-specialist`).
//  - consult_claims: one row per claimed request; the primary key makes a claim atomic (one
//    claim wins, the others are refused).
//  - consult_reads: every inbox delivery and claim of a case, by device and user (append-only).
// The requests themselves are the CommunicationRequest resources of the push (resources).
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0009;
const Migration m0009{9, "consult_routing", R"SQL(
CREATE TABLE specialist_grants (
  device_id  uuid NOT NULL REFERENCES devices(id),
  specialty  text NOT NULL CHECK (specialty ~ '^[a-z][a-z0-9-]{1,40}$'),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, specialty)
);
CREATE TABLE consult_claims (
  consultation_id uuid PRIMARY KEY,
  device_id       uuid NOT NULL REFERENCES devices(id),
  facility_id     bigint NOT NULL REFERENCES facilities(id),
  user_name       text NOT NULL DEFAULT '',
  claimed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE consult_reads (
  id              bigserial PRIMARY KEY,
  consultation_id uuid NOT NULL,
  device_id       uuid NOT NULL REFERENCES devices(id),
  facility_id     bigint NOT NULL REFERENCES facilities(id),
  user_name       text NOT NULL DEFAULT '',
  action          text NOT NULL CHECK (action IN ('inbox', 'claim')),
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consult_reads_case ON consult_reads (consultation_id, at);
CREATE FUNCTION consult_reads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'consult_reads is append-only'; END $$;
CREATE TRIGGER consult_reads_append_only BEFORE UPDATE OR DELETE ON consult_reads
  FOR EACH ROW EXECUTE FUNCTION consult_reads_append_only();
)SQL"};

} // namespace bhu::registry
