// Migration 10: the specialist's end against the real registry (docs/telemedicine.md).
//  - consult_reads also records photo reads (`GET [base]/Binary/<id>`, action `photo`, with the
//    Binary id; a photo the requesting facility reads before its Communication arrived has no
//    case yet) and escalations (action `escalate`, by the registry itself: no device).
//  - consult_escalations: one row per escalated request (urgent, not claimed or not answered
//    within `consult-escalate-minutes`), with the claim it released (hand-over).
//  - consultation_routes: specialty → hospital facilities; a specialty with routes is seen only
//    by granted devices of those hospitals (`bhu-registry route add|remove|list`).
#include "bhu/registry/Migrations.h"

namespace bhu::registry {

extern const Migration m0010;
const Migration m0010{10, "consult_escalation", R"SQL(
ALTER TABLE consult_reads DROP CONSTRAINT consult_reads_action_check;
ALTER TABLE consult_reads ADD CONSTRAINT consult_reads_action_check
  CHECK (action IN ('inbox', 'claim', 'photo', 'escalate'));
ALTER TABLE consult_reads ALTER COLUMN consultation_id DROP NOT NULL;
ALTER TABLE consult_reads ALTER COLUMN device_id DROP NOT NULL;
ALTER TABLE consult_reads ALTER COLUMN facility_id DROP NOT NULL;
ALTER TABLE consult_reads ADD COLUMN binary_id uuid;
CREATE TABLE consult_escalations (
  consultation_id  uuid PRIMARY KEY,
  escalated_at     timestamptz NOT NULL DEFAULT now(),
  released_device  uuid REFERENCES devices(id)
);
-- The messages of a request (answered? photos of a case) and the urgent requests to escalate.
CREATE INDEX resources_communication_based_on ON resources ((content->'basedOn'->0->>'reference'))
  WHERE type = 'Communication';
CREATE INDEX resources_urgent_requests ON resources (updated_at)
  WHERE type = 'CommunicationRequest' AND content->>'priority' = 'urgent';
CREATE TABLE consultation_routes (
  specialty   text NOT NULL CHECK (specialty ~ '^[a-z][a-z0-9-]{1,40}$'),
  facility_id bigint NOT NULL REFERENCES facilities(id),
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (specialty, facility_id)
);
)SQL"};

} // namespace bhu::registry
