// Migration 3: the master patient index's blocking keys (docs/matching.md, "Registry"). One row
// per (key, patient); keys come from bhu::match::blockingKeys and are rebuilt whenever a Patient
// version is stored (indexPatient). Patients stored before this migration get their keys from
// `bhu-registry migrate` (backfillMatchKeys), which indexes every Patient without keys.
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0003;
const Migration m0003{3, "match_keys", R"SQL(
CREATE TABLE match_keys (
  key        text NOT NULL,
  patient_id uuid NOT NULL,
  PRIMARY KEY (key, patient_id)
);
CREATE INDEX match_keys_patient ON match_keys (patient_id);
)SQL"};

} // namespace bhu::registry
