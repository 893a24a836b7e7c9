-- Incidents, their roles, members and timeline; the durable Slack work queue; the effect ledger; the event inbox.
-- Times are Unix milliseconds, UTC.
CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    number           INTEGER NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    severity         TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    stage            TEXT    NOT NULL DEFAULT 'Active',
    is_private       INTEGER NOT NULL,
    declared_by      TEXT    NOT NULL,
    declared_at      INTEGER NOT NULL,
    summary          TEXT,
    impact           TEXT,
    channel_id       TEXT UNIQUE,
    channel_name     TEXT,
    brief_ts         TEXT,
    feed_ts          TEXT,
    last_update_at   INTEGER,
    update_count     INTEGER NOT NULL DEFAULT 0,
    mitigated_at     INTEGER,
    resolved_at      INTEGER,
    related_number   INTEGER,
    possibly_related_number INTEGER,
    idempotency_key  TEXT NOT NULL UNIQUE
);
CREATE INDEX ix_incidents_status ON incidents (status);

CREATE TABLE incident_roles (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    role_key     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    assigned_at  INTEGER NOT NULL,
    PRIMARY KEY (incident_id, role_key)
);

CREATE TABLE incident_members (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    user_id      TEXT    NOT NULL,
    joined_at    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, user_id)
);

CREATE TABLE timeline (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    occurred_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    user_id      TEXT,
    permalink    TEXT,
    source_key   TEXT UNIQUE
);
CREATE INDEX ix_timeline_incident ON timeline (incident_id, occurred_at, id);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    kind             TEXT    NOT NULL,
    incident_id      INTEGER,
    payload          TEXT    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending',
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    created_at       INTEGER NOT NULL,
    dedupe_key       TEXT UNIQUE
);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_incident ON outbox (incident_id, status, id);

CREATE TABLE slack_effects (
    key          TEXT PRIMARY KEY,
    state        TEXT NOT NULL,
    value        TEXT,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE slack_events (
    event_id     TEXT PRIMARY KEY,
    received_at  INTEGER NOT NULL
);
