// Migration 11: reference lists published by the operator (docs/sync-protocol.md, "Reference
// data"; `bhu-registry reference publish`). Every publication is a new version of one FHIR
// Binary per list (id: a name-based UUID of the list name); the Binary as sent is kept in
// `content`. Its change has no patient and no facility: it is in every facility's feed, so
// changes.patient_id may now be NULL (only for these). Append-only: a version is never changed.
// Forward only: never edit a released migration, add the next one.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0011;
const Migration m0011{11, "reference_lists", R"SQL(
CREATE TABLE reference_lists (
  id           uuid NOT NULL,
  version      integer NOT NULL CHECK (version >= 1),
  name         text NOT NULL CHECK (name IN ('medicines', 'icd10', 'complaints', 'epi-schedule')),
  rows         integer NOT NULL,
  csv_sha256   text NOT NULL,
  content      jsonb NOT NULL,
  published_by text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version),
  UNIQUE (name, version)
);
CREATE FUNCTION reference_lists_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'reference_lists is append-only'; END $$;
CREATE TRIGGER reference_lists_append_only BEFORE UPDATE OR DELETE ON reference_lists
  FOR EACH ROW EXECUTE FUNCTION reference_lists_append_only();

ALTER TABLE changes ALTER COLUMN patient_id DROP NOT NULL;
)SQL"};

} // namespace bhu::registry
