// Migration 6: teleconsultation (docs/telemedicine.md). So far the photo store of the chunked
// upload (`POST [base]/Binary/$chunk`, docs/sync-protocol.md): one row per photo, keyed by the
// clinic's photo id, so a photo is stored exactly once; `committed` is the offset the clinic
// resumes from. A complete Binary is read-only and never deleted (trigger).
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0006;
const Migration m0006{6, "consultations", R"SQL(
CREATE TABLE binaries (
  id           uuid PRIMARY KEY,
  facility_id  bigint NOT NULL REFERENCES facilities(id),
  device_id    uuid NOT NULL REFERENCES devices(id),
  content_type text NOT NULL,
  size         bigint NOT NULL CHECK (size > 0),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  committed    bigint NOT NULL DEFAULT 0 CHECK (committed >= 0 AND committed <= size),
  data         bytea NOT NULL DEFAULT ''::bytea,
  complete     boolean NOT NULL DEFAULT false,
  created_at   timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz
);
CREATE INDEX binaries_facility ON binaries(facility_id, created_at);

CREATE FUNCTION binaries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'binaries are never deleted';
  END IF;
  IF OLD.complete THEN
    RAISE EXCEPTION 'a complete binary is read-only';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER binaries_guard BEFORE UPDATE OR DELETE ON binaries FOR EACH ROW EXECUTE FUNCTION binaries_guard();
)SQL"};

} // namespace bhu::registry
