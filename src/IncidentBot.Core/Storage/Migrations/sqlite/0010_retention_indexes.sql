-- Retention prunes finished work, delivered event ids and effect records by age; these let it find them without a scan.
CREATE INDEX IF NOT EXISTS ix_outbox_status_created ON outbox (status, created_at);
CREATE INDEX IF NOT EXISTS ix_slack_events_received ON slack_events (received_at);
CREATE INDEX IF NOT EXISTS ix_slack_effects_state_updated ON slack_effects (state, updated_at);
