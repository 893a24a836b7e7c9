-- The Atlassian Statuspage incident each incident's public messages are published to, and how far it is in step.
-- claim and claimed_at: the queued sync bringing it up to date now (one at a time per incident, so messages go in order
-- and two never create two incidents; a claim older than a minute is a crashed sync's and is taken over). statuspage_id
-- and shortlink: set once created. sent_message_id: the last public message sent; sent_resolution: the last resolution
-- (by sequence) sent. component_ids: the Statuspage components ever sent for it (comma-separated), so a component taken
-- off the incident is set back to operational.
CREATE TABLE statuspage_incidents (
    incident_id      INTEGER PRIMARY KEY REFERENCES incidents (id),
    claim            TEXT,
    claimed_at       INTEGER NOT NULL DEFAULT 0,
    statuspage_id    TEXT,
    shortlink        TEXT,
    sent_message_id  INTEGER NOT NULL DEFAULT 0,
    sent_resolution  INTEGER NOT NULL DEFAULT 0,
    component_ids    TEXT    NOT NULL DEFAULT ''
);

-- The Zoom meeting created as an incident's video bridge: Zoom's id for it and the link to join it.
CREATE TABLE zoom_meetings (
    incident_id  INTEGER PRIMARY KEY REFERENCES incidents (id),
    meeting_id   TEXT    NOT NULL,
    join_url     TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
