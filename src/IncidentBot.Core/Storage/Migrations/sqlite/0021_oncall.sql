-- On-call. A rotation's members as last set in Slack (/incident oncall set), which replace the configured ones: in order,
-- comma-separated, member start_index holding the turn that starts at anchor_at (unix ms). No row: the configuration's.
CREATE TABLE oncall_rotations (
    name         TEXT    PRIMARY KEY,
    members      TEXT    NOT NULL,
    anchor_at    INTEGER NOT NULL,
    start_index  INTEGER NOT NULL,
    set_by       TEXT    NOT NULL,
    set_at       INTEGER NOT NULL
);

-- Overrides (/incident oncall swap): from from_at until to_at the two users stand in for each other in the rotation.
CREATE TABLE oncall_swaps (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    rotation     TEXT    NOT NULL,
    first_user   TEXT    NOT NULL,
    second_user  TEXT    NOT NULL,
    from_at      INTEGER NOT NULL,
    to_at        INTEGER NOT NULL,
    created_by   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE INDEX oncall_swaps_rotation ON oncall_swaps (rotation, to_at);

-- Pages: one row per person paged into an incident. A chain ('declare', or the /incident page request) pages its people
-- one step at a time; (incident_id, chain, step) is unique, so an escalation that fires twice pages once. next_users are
-- who the chain pages after this one (comma-separated). A page is open until it is acknowledged, declined or stood down
-- (someone else in its chain acknowledged); expired_at is when its ack window passed unanswered.
CREATE TABLE pages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    chain          TEXT    NOT NULL,
    step           INTEGER NOT NULL,
    user_id        TEXT    NOT NULL,
    rotation       TEXT,
    position       TEXT    NOT NULL,
    next_users     TEXT    NOT NULL,
    message        TEXT,
    paged_by       TEXT,
    paged_at       INTEGER NOT NULL,
    due_at         INTEGER NOT NULL,
    acked_at       INTEGER,
    declined_at    INTEGER,
    expired_at     INTEGER,
    stood_down_at  INTEGER
);

CREATE UNIQUE INDEX pages_chain_step ON pages (incident_id, chain, step);
