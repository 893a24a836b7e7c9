-- A declared incident's set-up is claimed before other queued work: this finds it at once, or finds none waiting.
CREATE INDEX IF NOT EXISTS ix_outbox_kind_due ON outbox (kind, status, next_attempt_at);
