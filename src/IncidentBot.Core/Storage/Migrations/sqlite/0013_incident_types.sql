-- An incident's type (a key of IncidentBot:Types) and how it was detected; and the type's checklists, copied onto the
-- incident when it is declared, so a later change of configuration leaves an open incident's lists as they were posted.
-- A ticked item names who ticked it and when.
ALTER TABLE incidents ADD COLUMN incident_type TEXT NOT NULL DEFAULT 'default';
ALTER TABLE incidents ADD COLUMN detected_via TEXT;
CREATE TABLE checklist_items (
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    list_kind    TEXT    NOT NULL,
    item_no      INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    ticked_by    TEXT,
    ticked_at    INTEGER,
    PRIMARY KEY (incident_id, list_kind, item_no)
);
