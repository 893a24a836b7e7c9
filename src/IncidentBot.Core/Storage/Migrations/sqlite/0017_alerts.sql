-- Alerts received on /hooks/<source>. One row per alert (a source's fingerprint) while its triage item or incident is
-- open: open_key is '<source>:<fingerprint>' until the item is declined or its incident is closed, then NULL, so a
-- later firing of the same fingerprint starts a new row. The unique index on open_key is what makes concurrent and
-- retried deliveries update one row (INSERT … ON CONFLICT (open_key) DO UPDATE) instead of adding a second.
CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source          TEXT    NOT NULL,
    fingerprint     TEXT    NOT NULL,
    open_key        TEXT    UNIQUE,
    -- 'Firing' or 'Resolved', as the source last said.
    status          TEXT    NOT NULL,
    -- 'Triage', 'Acknowledged', 'Declared', 'Linked', 'Declined'.
    triage          TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    severity_key    TEXT,
    description     TEXT,
    url             TEXT,
    first_fired_at  INTEGER NOT NULL,
    last_fired_at   INTEGER NOT NULL,
    resolved_at     INTEGER,
    fire_count      INTEGER NOT NULL,
    auto_declare    INTEGER NOT NULL,
    incident_id     INTEGER REFERENCES incidents (id),
    acknowledged_by TEXT,
    acknowledged_at INTEGER,
    decided_by      TEXT,
    decided_at      INTEGER,
    -- 'false_positive', 'expected' or 'duplicate', and what the member who declined added.
    decline_reason  TEXT,
    decline_note    TEXT,
    triage_ts       TEXT,
    received_at     INTEGER NOT NULL
);
CREATE INDEX alerts_by_incident ON alerts (incident_id);
CREATE INDEX alerts_by_decision ON alerts (triage, decided_at);
