-- Resolution, action items, links between incidents and compiled post-mortems. Times are Unix ms, UTC.
CREATE TABLE incident_resolutions (
    incident_id       INTEGER NOT NULL REFERENCES incidents (id),
    n                 INTEGER NOT NULL,
    summary           TEXT    NOT NULL,
    root_cause        TEXT,
    impact_confirmed  INTEGER NOT NULL,
    start_postmortem  INTEGER NOT NULL,
    resolved_by       TEXT    NOT NULL,
    resolved_at       INTEGER NOT NULL,
    request_key       TEXT    NOT NULL UNIQUE,
    PRIMARY KEY (incident_id, n)
);

CREATE TABLE action_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    number       INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    owner        TEXT,
    due_date     TEXT,
    priority     TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'Open',
    created_by   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    done_at      INTEGER,
    done_by      TEXT,
    dedupe_key   TEXT    NOT NULL UNIQUE,
    UNIQUE (incident_id, number)
);
CREATE INDEX ix_action_items_overdue ON action_items (state, due_date, owner);

CREATE TABLE incident_links (
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    related_number  INTEGER NOT NULL,
    created_by      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (incident_id, related_number)
);

CREATE TABLE postmortems (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    version      INTEGER NOT NULL,
    request_key  TEXT    NOT NULL UNIQUE,
    markdown     TEXT    NOT NULL,
    compiled_at  INTEGER NOT NULL,
    file_id      TEXT,
    message_ts   TEXT,
    PRIMARY KEY (incident_id, version)
);
