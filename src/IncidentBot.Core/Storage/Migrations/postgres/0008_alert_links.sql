-- (SQLite's 0018.) The links an alert came with (its rule's page, Grafana's dashboard, panel and silence pages, the
-- runbook annotation): a JSON array of [kind, url] pairs, only absolute http(s) addresses; NULL when it had none. They
-- are bookmarked in the channel of the incident the alert is tied to, and listed in its brief.
ALTER TABLE alerts ADD COLUMN links TEXT;
