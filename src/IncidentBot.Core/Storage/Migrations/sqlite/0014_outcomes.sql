-- Outcomes other than "resolved", and the channel's end. An incident closed without being resolved keeps status
-- 'Resolved' (so everything that stops at a closed incident stops) and says how it ended: 'Cancelled' (a false alarm or
-- declined, with the reason given) or 'Merged' (a duplicate, with the number it was merged into). NULL for every other.
ALTER TABLE incidents ADD COLUMN outcome TEXT;
ALTER TABLE incidents ADD COLUMN outcome_reason TEXT;
ALTER TABLE incidents ADD COLUMN merged_into INTEGER;
-- Who kept the channel from being archived (/incident keep), and when the bot archived it.
ALTER TABLE incidents ADD COLUMN archive_kept_by TEXT;
ALTER TABLE incidents ADD COLUMN archived_at INTEGER;
