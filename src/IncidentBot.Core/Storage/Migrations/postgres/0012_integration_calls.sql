-- The last call made to each integration's vendor (PagerDuty, Statuspage, Jira, ...): when, whether it succeeded, and
-- why not (an HTTP status or a connection failure; never a body or a secret). One row per integration, overwritten.
CREATE TABLE integration_calls (
    name       TEXT    PRIMARY KEY,
    called_at  BIGINT  NOT NULL,
    succeeded  BIGINT  NOT NULL,
    detail     TEXT
);
