-- Status updates and the cadence state behind reminders, escalation, role reminders and the soak prompt.
-- Times are Unix milliseconds, UTC.
CREATE TABLE incident_updates (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id),
    number           INTEGER NOT NULL,
    severity         TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    previous_status  TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    impact           TEXT,
    hypothesis       TEXT,
    next_steps       TEXT,
    eta              TEXT,
    confidence       TEXT,
    next_update_at   INTEGER,
    posted_by        TEXT    NOT NULL,
    posted_at        INTEGER NOT NULL,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    UNIQUE (incident_id, number)
);

-- One row per incident. Reminder counters belong to an anchor (the last update, declaration or reopening): when the
-- incident's anchor moves on, they count from zero again.
CREATE TABLE incident_cadence (
    incident_id            INTEGER PRIMARY KEY REFERENCES incidents (id),
    anchor_at              INTEGER,
    missed                 INTEGER NOT NULL DEFAULT 0,
    last_reminder_at       INTEGER,
    snoozed_until          INTEGER,
    promised_at            INTEGER,
    monitoring_since       INTEGER,
    soak_announced_for     INTEGER,
    role_reminders         INTEGER NOT NULL DEFAULT 0,
    last_role_reminder_at  INTEGER
);
