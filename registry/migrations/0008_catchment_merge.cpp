// Migration 8: which merge widened a catchment (docs/matching.md, "Catchments after unmerge").
//  - catchment.merge_id: set on a row a merge added (reason 'merge'): the facility received that
//    patient only because of merge `merge_id`. Unmerging it removes such rows again unless the
//    facility has since written a record of the patient or looked it up. Rows added before this
//    migration have no merge_id and stay (which merge added them is not known).
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0008;
const Migration m0008{8, "catchment_merge", R"SQL(
ALTER TABLE catchment ADD COLUMN merge_id bigint REFERENCES patient_merges(id);
CREATE INDEX catchment_merge ON catchment (merge_id) WHERE merge_id IS NOT NULL;
)SQL"};

} // namespace bhu::registry
