-- Stakeholder updates of each incident an audience hears about (IncidentBot:Stakeholders:<name>): how many were sent and
-- when the last one went, the run of missed ones since (reminders sent, the last one's time, how far it escalated), the
-- last resolution whose summary went out, and when support was told to stop creating tickets. No row: nothing sent yet.
CREATE TABLE stakeholder_clocks (
    incident_id        BIGINT PRIMARY KEY REFERENCES incidents (id),
    sent               BIGINT NOT NULL DEFAULT 0,
    last_sent_at       BIGINT,
    missed             BIGINT NOT NULL DEFAULT 0,
    last_reminder_at   BIGINT,
    escalated          BIGINT NOT NULL DEFAULT 0,
    resolution_sent    BIGINT NOT NULL DEFAULT 0,
    tickets_stopped_at BIGINT
);
