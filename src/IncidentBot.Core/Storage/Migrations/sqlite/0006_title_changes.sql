-- A change sequence on incidents: every insert, and every change of status or title words, stamps the row with the next
-- number. The in-memory index of open titles behind "possibly related" reads only the rows stamped since it last looked,
-- so a declare costs the same with ten open incidents as with ten thousand, whichever code path made the change.
ALTER TABLE incidents ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET change_seq = id;
CREATE INDEX ix_incidents_change_seq ON incidents (change_seq);

CREATE TRIGGER incidents_change_seq_on_insert AFTER INSERT ON incidents
BEGIN
    UPDATE incidents SET change_seq = (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM incidents) WHERE id = NEW.id;
END;

CREATE TRIGGER incidents_change_seq_on_update AFTER UPDATE OF status, title_words ON incidents
BEGIN
    UPDATE incidents SET change_seq = (SELECT COALESCE(MAX(change_seq), 0) + 1 FROM incidents) WHERE id = NEW.id;
END;
