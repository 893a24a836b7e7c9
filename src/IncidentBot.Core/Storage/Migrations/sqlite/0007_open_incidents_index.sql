-- Open incidents in number order, for `/incident list` and the other readers of every open incident: an index on the
-- status column cannot serve `status <> 'Resolved'`, so each such read scanned every incident ever declared. This one
-- holds the open incidents only.
DROP INDEX ix_incidents_status;
CREATE INDEX ix_incidents_open ON incidents (number) WHERE status <> 'Resolved';
