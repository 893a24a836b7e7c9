-- Declares no longer take the writers' turn, so that a burst of them is not a queue: what they needed it for comes from
-- PostgreSQL itself.
--
-- Incident numbers come from a sequence: unique under any number of concurrent declares on any number of replicas. A
-- declare that fails after taking its number leaves that number unused (a gap), which the counter row avoided only by
-- making every declare wait for the one before it to commit.
CREATE SEQUENCE incident_numbers OWNED BY incidents.number;
SELECT setval('incident_numbers', GREATEST((SELECT value FROM counters WHERE name = 'incident'), (SELECT COALESCE(MAX(number), 0) FROM incidents), 1),
    (SELECT value FROM counters WHERE name = 'incident') > 0 OR EXISTS (SELECT 1 FROM incidents));
ALTER TABLE incidents ALTER COLUMN number SET DEFAULT nextval('incident_numbers');
DROP TABLE counters;

-- Change numbers (what the open-titles index reads after) are given at commit, one committer at a time, under an
-- advisory lock held only from that moment to the commit itself (no round trip to the bot in between): so they are
-- given in commit order, and a reader that has seen change n has seen every change before it, however many writers
-- run side by side. Before, they were MAX()+1 when the row was written, which was safe only while writers took turns.
CREATE SEQUENCE incident_changes OWNED BY incidents.change_seq;
SELECT setval('incident_changes', GREATEST((SELECT COALESCE(MAX(change_seq), 0) FROM incidents), 1), EXISTS (SELECT 1 FROM incidents WHERE change_seq > 0));

DROP TRIGGER incidents_change_seq ON incidents;
DROP FUNCTION incidents_stamp_change();

CREATE FUNCTION incidents_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.title_words IS DISTINCT FROM OLD.title_words THEN
        -- Any fixed number; this one spells "IBCH". Released when the transaction ends, after its commit is visible.
        PERFORM pg_advisory_xact_lock(1229079368);
        UPDATE incidents SET change_seq = nextval('incident_changes') WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER incidents_change_seq AFTER INSERT OR UPDATE OF status, title_words ON incidents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION incidents_stamp_change();
