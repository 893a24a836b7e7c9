-- The web view's search document of an incident is no longer rebuilt inside every write to one of its parts. Rebuilding
-- it there made each timeline entry, update and declare rewrite the incident's whole document (and re-add every word
-- of it to the GIN index), inside the transaction an acknowledgement waits on: in a burst of declares that work took
-- the server's CPU. A write now only notes the incident as stale (a row here, no key, so writers never wait on each
-- other); the search catches the index up before it reads (incident_search_catch_up), and the bot does so every few
-- seconds in the background, so a search rarely has more than a few incidents to rebuild.
CREATE TABLE incident_search_stale (
    incident_id  BIGINT NOT NULL
);

CREATE OR REPLACE FUNCTION incident_search_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_search_stale (incident_id) VALUES (NEW.id);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION incident_search_on_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_search_stale (incident_id) VALUES (NEW.incident_id);
    RETURN NULL;
END;
$$;

-- Rebuilds the documents of the incidents noted stale, each once, and forgets the notes. Catch-ups take turns (any
-- fixed number; this one spells "IBSR"), so a search that follows another's catch-up waits for its rebuilt documents
-- instead of reading past them. Returns how many incidents it rebuilt.
CREATE FUNCTION incident_search_catch_up() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    rebuilt bigint := 0;
    target bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(1229083474);
    FOR target IN WITH taken AS (DELETE FROM incident_search_stale RETURNING incident_id) SELECT DISTINCT incident_id FROM taken LOOP
        PERFORM incident_search_refresh(target);
        rebuilt := rebuilt + 1;
    END LOOP;
    RETURN rebuilt;
END;
$$;
