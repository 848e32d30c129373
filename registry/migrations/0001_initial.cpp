// Migration 1: the registry schema (docs/registry.md, "Schema"). Forward only: never edit a
// released migration, add the next one.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0001;
const Migration m0001{1, "initial", R"SQL(
CREATE TABLE facilities (
  id          bigserial PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  number      integer NOT NULL UNIQUE CHECK (number BETWEEN 1 AND 99999),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enrolment_tokens (
  token_sha256 text PRIMARY KEY,
  facility_id  bigint NOT NULL REFERENCES facilities(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  device_id    uuid
);

CREATE TABLE devices (
  id                uuid PRIMARY KEY,
  facility_id       bigint NOT NULL REFERENCES facilities(id),
  name              text NOT NULL DEFAULT '',
  credential_sha256 text NOT NULL UNIQUE,
  enrolled_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at        timestamptz
);

-- The current version of every resource.
CREATE TABLE resources (
  type           text NOT NULL,
  id             uuid NOT NULL,
  patient_id     uuid NOT NULL,
  facility_id    bigint NOT NULL REFERENCES facilities(id),   -- facility of the last writer
  server_version integer NOT NULL CHECK (server_version >= 1),
  client_version integer NOT NULL,
  origin_device  uuid NOT NULL REFERENCES devices(id),
  content        jsonb NOT NULL,
  content_sha256 text NOT NULL,
  deleted        boolean NOT NULL DEFAULT false,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, id)
);
CREATE INDEX resources_patient ON resources (patient_id);

-- Every version ever accepted, with the response entry given for it (replays answer the same).
CREATE TABLE resource_versions (
  type           text NOT NULL,
  id             uuid NOT NULL,
  server_version integer NOT NULL,
  client_version integer NOT NULL,
  origin_device  uuid NOT NULL REFERENCES devices(id),
  facility_id    bigint NOT NULL REFERENCES facilities(id),
  patient_id     uuid NOT NULL,
  content        jsonb NOT NULL,
  content_sha256 text NOT NULL,
  response       jsonb NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, id, server_version)
);
CREATE UNIQUE INDEX resource_versions_idempotency ON resource_versions (type, id, origin_device, client_version);

-- The change feed. seq is taken from change_seq under pg_advisory_xact_lock, so seq order is
-- commit order. facility_id NULL: for every facility whose catchment holds the patient; set:
-- only for that facility (the patient joined its catchment by a lookup).
CREATE SEQUENCE change_seq;
CREATE TABLE changes (
  seq         bigint PRIMARY KEY,
  type        text NOT NULL,
  id          uuid NOT NULL,
  version     integer NOT NULL,
  patient_id  uuid NOT NULL,
  facility_id bigint REFERENCES facilities(id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_patient ON changes (patient_id, seq);
CREATE INDEX changes_facility ON changes (facility_id, seq) WHERE facility_id IS NOT NULL;

CREATE TABLE catchment (
  facility_id bigint NOT NULL REFERENCES facilities(id),
  patient_id  uuid NOT NULL,
  reason      text NOT NULL,   -- registered | record | lookup
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (facility_id, patient_id)
);

CREATE TABLE identifiers (
  system     text NOT NULL,   -- FHIR identifier system URI
  value      text NOT NULL,
  patient_id uuid NOT NULL,
  PRIMARY KEY (system, value, patient_id)
);
CREATE INDEX identifiers_patient ON identifiers (patient_id);

-- One sequence of national MR payloads for blocks and single assignments.
CREATE TABLE mr_counter (
  singleton    boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  next_payload bigint NOT NULL
);
INSERT INTO mr_counter (next_payload) VALUES (1);

CREATE TABLE mr_blocks (
  id            uuid PRIMARY KEY,
  facility_id   bigint NOT NULL REFERENCES facilities(id),
  device_id     uuid REFERENCES devices(id),
  request_id    text,
  purpose       text NOT NULL,   -- block | patient
  first_payload bigint NOT NULL,
  count         integer NOT NULL CHECK (count >= 1),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, request_id)
);

CREATE TABLE merge_conflicts (
  id                  bigserial PRIMARY KEY,
  patient_id          uuid NOT NULL,
  field               text NOT NULL,
  losing_value        text NOT NULL,
  losing_facility_id  bigint REFERENCES facilities(id),
  winning_facility_id bigint REFERENCES facilities(id),
  server_version      integer NOT NULL,
  seq                 bigint NOT NULL,
  recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX merge_conflicts_patient ON merge_conflicts (patient_id);

-- "History anywhere" lookups (search, $everything), for audit.
CREATE TABLE lookups (
  id          bigserial PRIMARY KEY,
  device_id   uuid NOT NULL REFERENCES devices(id),
  facility_id bigint NOT NULL REFERENCES facilities(id),
  patient_id  uuid NOT NULL,
  kind        text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE auth_failures (
  id      bigserial PRIMARY KEY,
  address text NOT NULL,
  at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failures_address ON auth_failures (address, at);
)SQL"};

} // namespace bhu::registry
