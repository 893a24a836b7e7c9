-- Full-text search for the web view: one document per incident (its title, summary and impact, every update's fields,
-- every timeline entry's text, and the latest post-mortem's Markdown) in an FTS5 index whose rowid is the incident's id.
-- The unicode61 tokenizer folds case in every script and drops diacritics, so Russian words are found as English ones
-- are. Triggers rebuild an incident's document whenever one of its parts is written, whichever code path writes it, so
-- the index is never behind the rows; existing incidents are indexed once here.
CREATE VIRTUAL TABLE incident_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

CREATE VIEW incident_search_source AS
SELECT i.id AS incident_id,
       i.title || ' ' || COALESCE(i.summary, '') || ' ' || COALESCE(i.impact, '')
       || ' ' || COALESCE((SELECT group_concat(u.summary || ' ' || COALESCE(u.impact, '') || ' ' || COALESCE(u.hypothesis, '') || ' '
                                  || COALESCE(u.next_steps, '') || ' ' || COALESCE(u.since_last, '') || ' ' || COALESCE(u.services, '') || ' '
                                  || COALESCE(u.customers, ''), ' ')
                           FROM incident_updates u WHERE u.incident_id = i.id), '')
       || ' ' || COALESCE((SELECT group_concat(t.text, ' ') FROM timeline t WHERE t.incident_id = i.id), '')
       || ' ' || COALESCE((SELECT p.markdown FROM postmortems p WHERE p.incident_id = i.id ORDER BY p.version DESC LIMIT 1), '') AS body
FROM incidents i;

INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source;

CREATE TRIGGER incident_search_on_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source WHERE incident_id = NEW.id;
END;

CREATE TRIGGER incident_search_on_update AFTER UPDATE OF title, summary, impact ON incidents
BEGIN
    DELETE FROM incident_search WHERE rowid = NEW.id;
    INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source WHERE incident_id = NEW.id;
END;

CREATE TRIGGER incident_search_on_update_posted AFTER INSERT ON incident_updates
BEGIN
    DELETE FROM incident_search WHERE rowid = NEW.incident_id;
    INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source WHERE incident_id = NEW.incident_id;
END;

CREATE TRIGGER incident_search_on_timeline AFTER INSERT ON timeline
BEGIN
    DELETE FROM incident_search WHERE rowid = NEW.incident_id;
    INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source WHERE incident_id = NEW.incident_id;
END;

CREATE TRIGGER incident_search_on_postmortem AFTER INSERT ON postmortems
BEGIN
    DELETE FROM incident_search WHERE rowid = NEW.incident_id;
    INSERT INTO incident_search (rowid, body) SELECT incident_id, body FROM incident_search_source WHERE incident_id = NEW.incident_id;
END;

-- The list's date-range filter reads incidents by declaration time.
CREATE INDEX ix_incidents_declared_at ON incidents (declared_at);
