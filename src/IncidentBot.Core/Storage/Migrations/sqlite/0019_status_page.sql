-- The public status page. public_messages: every message published for customers, with the customer-facing stage it
-- was published at (Investigating, Identified, Monitoring, Resolved), who published it and when; request_key makes a
-- double submit publish once. incident_components: the configured components an incident affects and their state
-- (operational, degraded, partial_outage, major_outage), as last picked on the declare or update form. first_messages:
-- how many first-external-communication reminders an incident has had (no row: none).
CREATE TABLE public_messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    stage        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    posted_by    TEXT    NOT NULL,
    posted_at    INTEGER NOT NULL,
    request_key  TEXT    NOT NULL UNIQUE
);
CREATE INDEX ix_public_messages_incident ON public_messages (incident_id, posted_at);

CREATE TABLE incident_components (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    component    TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    PRIMARY KEY (incident_id, component)
);

CREATE TABLE first_messages (
    incident_id     INTEGER PRIMARY KEY REFERENCES incidents (id),
    reminders_sent  INTEGER NOT NULL DEFAULT 0
);
