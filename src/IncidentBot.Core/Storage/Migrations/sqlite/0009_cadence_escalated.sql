-- How far the current run of missed updates has escalated (0 not yet, 1 the IC was DMed, 2 the target was mentioned),
-- so a severity change mid-run neither skips a step nor repeats one. Filled in from the escalations the timeline
-- recorded since each incident's anchor: a mention of the target (with or without an IC's DM before it) is level 2,
-- the IC's DM alone level 1.
ALTER TABLE incident_cadence ADD COLUMN escalated INTEGER NOT NULL DEFAULT 0;
UPDATE incident_cadence SET escalated = COALESCE((
    SELECT MAX(CASE WHEN t.text LIKE 'Escalated to the Incident Commander%' THEN 1 ELSE 2 END) FROM timeline t
    WHERE t.incident_id = incident_cadence.incident_id AND t.kind = 'Escalated' AND t.occurred_at >= incident_cadence.anchor_at), 0);
