// Migration 4: the master patient index's merge model (docs/registry.md, "Merges").
//  - patient_merges: one row per merge; the merged patient stays stored and points at its
//    survivor while unmerged_at is NULL (at most one live merge per merged patient).
//  - review_queue: candidate pairs for a supervisor (score, what agrees / differs, decision).
//  - mpi_audit: every merge, unmerge and review decision, who and from which device.
//  - devices.may_review: the operator's grant that lets a device (a supervisor's workstation)
//    use the review queue and unmerge.
//  - lookups.reason / lookups.user_name: the stated reason of a "break the glass" lookup.
//  - Versions the registry writes itself (a merge adds Patient.link) have no origin device.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0004;
const Migration m0004{4, "patient_links", R"SQL(
ALTER TABLE resources ALTER COLUMN origin_device DROP NOT NULL;
ALTER TABLE resource_versions ALTER COLUMN origin_device DROP NOT NULL;

CREATE TABLE patient_merges (
  id           bigserial PRIMARY KEY,
  survivor_id  uuid NOT NULL,
  merged_id    uuid NOT NULL CHECK (merged_id <> survivor_id),
  source       text NOT NULL CHECK (source IN ('admin','review','auto')),
  review_id    bigint,
  merged_by    text NOT NULL,
  merged_at    timestamptz NOT NULL DEFAULT now(),
  unmerged_by  text,
  unmerged_at  timestamptz
);
CREATE UNIQUE INDEX patient_merges_live ON patient_merges (merged_id) WHERE unmerged_at IS NULL;
CREATE INDEX patient_merges_survivor ON patient_merges (survivor_id) WHERE unmerged_at IS NULL;

CREATE TABLE review_queue (
  id          bigserial PRIMARY KEY,
  patient_a   uuid NOT NULL,
  patient_b   uuid NOT NULL CHECK (patient_a < patient_b),
  score       double precision NOT NULL,
  grade       text NOT NULL DEFAULT 'probable',
  agrees      jsonb NOT NULL DEFAULT '[]',
  differs     jsonb NOT NULL DEFAULT '[]',
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open','same','different','unsure')),
  decided_by  text,
  decided_at  timestamptz,
  merge_id    bigint REFERENCES patient_merges(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (patient_a, patient_b)
);
CREATE INDEX review_queue_status ON review_queue (status, score DESC, id);

CREATE TABLE mpi_audit (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text NOT NULL,      -- merge | unmerge | review.same | review.different | review.unsure
  actor       text NOT NULL,      -- user name given by the device, or "admin:<os user>" / "auto"
  device_id   uuid REFERENCES devices(id),
  facility_id bigint REFERENCES facilities(id),
  survivor_id uuid,
  merged_id   uuid,
  review_id   bigint,
  merge_id    bigint
);

ALTER TABLE devices ADD COLUMN may_review boolean NOT NULL DEFAULT false;
ALTER TABLE lookups ADD COLUMN reason text;
ALTER TABLE lookups ADD COLUMN user_name text;
)SQL"};

} // namespace bhu::registry
