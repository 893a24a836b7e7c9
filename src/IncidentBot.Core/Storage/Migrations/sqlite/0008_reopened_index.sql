-- An incident's latest reopening, which its cadence is counted from: read with every cadence state, `/incident status`
-- included. Found among the incident's reopenings only, instead of among every timeline entry it has.
CREATE INDEX ix_timeline_reopened ON timeline (incident_id, occurred_at) WHERE kind = 'Reopened';
