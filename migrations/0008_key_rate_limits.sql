-- A key's own rate limit (NULL: its role's default), and one fixed-window counter per key.
-- The counter is a single row per key that an UPSERT advances atomically (D1 has one writer),
-- so the count is exact; a new window resets it in the same statement, so rows never pile up.
ALTER TABLE api_keys ADD COLUMN rate_limit_requests INTEGER;
ALTER TABLE api_keys ADD COLUMN rate_limit_period_seconds INTEGER;

CREATE TABLE rate_limit_windows (
  key_id       TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count        INTEGER NOT NULL
);
