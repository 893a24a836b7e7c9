-- Stakeholder updates of each incident an audience hears about (IncidentBot:Stakeholders:<name>): how many were sent and
-- when the last one went, the run of missed ones since (reminders sent, the last one's time, how far it escalated), the
-- last resolution whose summary went out, and when support was told to stop creating tickets. No row: nothing sent yet.
CREATE TABLE stakeholder_clocks (
    incident_id        INTEGER PRIMARY KEY REFERENCES incidents (id),
    sent               INTEGER NOT NULL DEFAULT 0,
    last_sent_at       INTEGER,
    missed             INTEGER NOT NULL DEFAULT 0,
    last_reminder_at   INTEGER,
    escalated          INTEGER NOT NULL DEFAULT 0,
    resolution_sent    INTEGER NOT NULL DEFAULT 0,
    tickets_stopped_at INTEGER
);
