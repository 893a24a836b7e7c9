-- Action items filed as tickets in the team's tracker (Jira): the ticket's key and link, shown on the item, and when
-- the tracker was seen to close it (then the item is marked done here). One ticket per item.
CREATE TABLE action_item_tickets (
    action_item_id  BIGINT  PRIMARY KEY REFERENCES action_items(id),
    tracker         TEXT    NOT NULL,
    ticket_key      TEXT    NOT NULL,
    url             TEXT    NOT NULL,
    filed_at        BIGINT  NOT NULL,
    closed_at       BIGINT
);

-- The Confluence page an incident's post-mortem is published as: its id (so a retry updates it instead of creating a
-- second), its link, the page's own version number and the post-mortem version it holds.
CREATE TABLE postmortem_pages (
    incident_id         BIGINT  PRIMARY KEY REFERENCES incidents(id),
    page_id             TEXT    NOT NULL,
    url                 TEXT    NOT NULL,
    page_version        BIGINT  NOT NULL,
    postmortem_version  BIGINT  NOT NULL
);
