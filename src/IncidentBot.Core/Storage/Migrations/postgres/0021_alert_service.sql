-- The service an alert is about: the value of its source's service label (IncidentBot__Hooks__<source>__ServiceLabel,
-- "service" by default) when it had one, else NULL. It is shown on the triage message, and an incident declared from the
-- alert starts with the status page component of that key or name marked affected.
ALTER TABLE alerts ADD COLUMN service TEXT;
