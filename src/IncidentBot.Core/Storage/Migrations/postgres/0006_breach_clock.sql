-- The breach-notification clock of an incident whose type has one (IncidentBot:Types:<key>:BreachNotifyAfter): how many
-- of its reminder marks have been handled, when its deadline was announced as passed, and the latest decision recorded
-- ('notified' or 'not_required') with who recorded it, when and what they wrote. No row: nothing has happened yet.
CREATE TABLE breach_clocks (
    incident_id            BIGINT PRIMARY KEY REFERENCES incidents (id),
    reminders_sent         BIGINT NOT NULL DEFAULT 0,
    deadline_announced_at  BIGINT,
    decision               TEXT,
    decided_by             TEXT,
    decided_at             BIGINT,
    details                TEXT
);
