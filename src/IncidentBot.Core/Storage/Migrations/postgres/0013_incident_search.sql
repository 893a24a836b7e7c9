-- Full-text search for the web view: one document per incident (its title, summary and impact, every update's fields,
-- every timeline entry's text, and the latest post-mortem's Markdown) as a tsvector in the 'simple' configuration (no
-- stemming, no stop words, case folded in every script), so Russian words are found as English ones are. Triggers
-- rebuild an incident's document whenever one of its parts is written, whichever code path writes it; existing
-- incidents are indexed once here.
CREATE TABLE incident_search (
    incident_id  BIGINT   PRIMARY KEY,
    document     tsvector NOT NULL
);
CREATE INDEX ix_incident_search_document ON incident_search USING GIN (document);

CREATE FUNCTION incident_search_refresh(target BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_search (incident_id, document)
    SELECT i.id, to_tsvector('simple', concat_ws(' ', i.title, i.summary, i.impact,
        (SELECT string_agg(concat_ws(' ', u.summary, u.impact, u.hypothesis, u.next_steps, u.since_last, u.services, u.customers), ' ')
         FROM incident_updates u WHERE u.incident_id = i.id),
        (SELECT string_agg(t.text, ' ') FROM timeline t WHERE t.incident_id = i.id),
        (SELECT p.markdown FROM postmortems p WHERE p.incident_id = i.id ORDER BY p.version DESC LIMIT 1)))
    FROM incidents i WHERE i.id = target
    ON CONFLICT (incident_id) DO UPDATE SET document = EXCLUDED.document;
END;
$$;

CREATE FUNCTION incident_search_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM incident_search_refresh(NEW.id);
    RETURN NULL;
END;
$$;

CREATE FUNCTION incident_search_on_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM incident_search_refresh(NEW.incident_id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER incident_search_on_incident AFTER INSERT OR UPDATE OF title, summary, impact ON incidents
    FOR EACH ROW EXECUTE FUNCTION incident_search_on_incident();
CREATE TRIGGER incident_search_on_update_posted AFTER INSERT ON incident_updates
    FOR EACH ROW EXECUTE FUNCTION incident_search_on_part();
CREATE TRIGGER incident_search_on_timeline AFTER INSERT ON timeline
    FOR EACH ROW EXECUTE FUNCTION incident_search_on_part();
CREATE TRIGGER incident_search_on_postmortem AFTER INSERT ON postmortems
    FOR EACH ROW EXECUTE FUNCTION incident_search_on_part();

SELECT incident_search_refresh(id) FROM incidents;

-- The list's date-range filter reads incidents by declaration time.
CREATE INDEX ix_incidents_declared_at ON incidents (declared_at);
