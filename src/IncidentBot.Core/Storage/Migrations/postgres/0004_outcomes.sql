-- Outcomes other than "resolved", and the channel's end (SQLite's 0014). An incident closed without being resolved keeps
-- status 'Resolved' and says how it ended: 'Cancelled' (with the reason given) or 'Merged' (with the number it was merged
-- into). NULL for every other.
ALTER TABLE incidents ADD COLUMN outcome TEXT;
ALTER TABLE incidents ADD COLUMN outcome_reason TEXT;
ALTER TABLE incidents ADD COLUMN merged_into BIGINT;
-- Who kept the channel from being archived (/incident keep), and when the bot archived it.
ALTER TABLE incidents ADD COLUMN archive_kept_by TEXT;
ALTER TABLE incidents ADD COLUMN archived_at BIGINT;
