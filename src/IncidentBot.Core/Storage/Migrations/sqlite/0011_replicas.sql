-- Queued work is claimed under a lease: a claim names who holds it and until when, and work whose holder stopped
-- renewing its lease is claimed again. Incident numbers come from a counter row, action numbers and post-mortem versions
-- from per-incident counters on the incident's row, taken by updating the row, not from the highest number so far.
CREATE TABLE counters (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
);
INSERT INTO counters (name, value) SELECT 'incident', COALESCE(MAX(number), 0) FROM incidents;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
ALTER TABLE incidents ADD COLUMN action_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN postmortem_seq INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET
    action_seq = COALESCE((SELECT MAX(a.number) FROM action_items a WHERE a.incident_id = incidents.id), 0),
    postmortem_seq = COALESCE((SELECT MAX(p.version) FROM postmortems p WHERE p.incident_id = incidents.id), 0);
