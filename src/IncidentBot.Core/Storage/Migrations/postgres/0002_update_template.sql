-- Status updates follow the practice's template: what changed since the last update (bullets), the root cause's state
-- (known, suspected, under investigation), the scope (services and customers affected), next steps each with an owner
-- (a JSON array of {"text", "owner"}), and for the initial assessment revenue impact and SLA-breach risk. An update
-- posted as the initial assessment is marked, and the incident's cadence row records when the assessment was posted
-- and when it was reminded. Incidents that already had an update count as assessed, so nothing is reminded after an
-- upgrade for an assessment the earlier rule considered posted.
ALTER TABLE incident_updates ADD COLUMN since_last TEXT;
ALTER TABLE incident_updates ADD COLUMN root_cause_state TEXT;
ALTER TABLE incident_updates ADD COLUMN services TEXT;
ALTER TABLE incident_updates ADD COLUMN customers TEXT;
ALTER TABLE incident_updates ADD COLUMN revenue_impact TEXT;
ALTER TABLE incident_updates ADD COLUMN sla_risk TEXT;
ALTER TABLE incident_updates ADD COLUMN next_step_items TEXT;
ALTER TABLE incident_updates ADD COLUMN assessment BIGINT NOT NULL DEFAULT 0;
ALTER TABLE incident_cadence ADD COLUMN assessed_at BIGINT;
ALTER TABLE incident_cadence ADD COLUMN assessment_reminded_at BIGINT;
UPDATE incident_cadence SET assessed_at = (
    SELECT MIN(u.posted_at) FROM incident_updates u WHERE u.incident_id = incident_cadence.incident_id);
