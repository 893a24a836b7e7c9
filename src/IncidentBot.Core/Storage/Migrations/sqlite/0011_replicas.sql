-- Queued work is claimed under a lease: a claim names who holds it and until when, and work whose holder stopped
-- renewing its lease is claimed again. Action numbers and post-mortem versions come from per-incident counters, taken
-- by updating the incident's row, not from the highest number so far.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
ALTER TABLE incidents ADD COLUMN action_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN postmortem_seq INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET
    action_seq = COALESCE((SELECT MAX(a.number) FROM action_items a WHERE a.incident_id = incidents.id), 0),
    postmortem_seq = COALESCE((SELECT MAX(p.version) FROM postmortems p WHERE p.incident_id = incidents.id), 0);
