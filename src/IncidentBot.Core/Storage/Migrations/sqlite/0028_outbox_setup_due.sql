-- A declared incident's set-up is claimed before other queued work: this finds it at once, or finds none waiting. It is
-- partial, so only a statement that names the kind itself uses it (an index that led with the kind would draw other
-- statements' lookups by kind into a walk of every waiting item of that kind).
CREATE INDEX IF NOT EXISTS ix_outbox_setup_due ON outbox (status, next_attempt_at) WHERE kind = 'provision_incident';
