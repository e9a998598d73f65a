-- Webhooks (issue 14, items 5 and 6): subscriptions, their delivery log, and the dispatcher's
-- high-water mark in the change feed.
--
-- The signing secret is kept as is (not hashed like API keys): every delivery is signed with it.
-- `after_seq` is the change-feed position when the webhook was made: it hears of changes after
-- that one only, never of the history. A deleted webhook keeps its row (`deleted_at`), so its
-- deliveries stay the publisher's proof of who was told.
CREATE TABLE webhooks (
  id         TEXT PRIMARY KEY,
  url        TEXT NOT NULL,
  events     TEXT NOT NULL,
  key_id     TEXT REFERENCES api_keys (id),
  secret     TEXT NOT NULL,
  after_seq  INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
);

-- One row per event and webhook the dispatcher enqueued: what was sent (the payload is the same on
-- every attempt) and when it was queued. `id` is the `webhook-id` header, the same on every
-- attempt of that event and on a repeated enqueue, so partners dedupe by it.
CREATE TABLE webhook_messages (
  id         TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL,
  change_seq INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  event      TEXT NOT NULL,
  payload    TEXT NOT NULL,
  queued_at  TEXT NOT NULL
);
CREATE INDEX webhook_messages_by_article ON webhook_messages (article_id, change_seq);

-- Every attempt to deliver one event to one webhook (`message_id`: webhook_messages.id).
-- `outcome`: delivered (2xx: the partner's receipt), retrying, or dead_lettered (given up).
CREATE TABLE webhook_deliveries (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  webhook_id    TEXT NOT NULL,
  message_id    TEXT NOT NULL,
  change_seq    INTEGER NOT NULL,
  article_id    TEXT NOT NULL,
  event         TEXT NOT NULL,
  attempt       INTEGER NOT NULL,
  status_code   INTEGER,
  error         TEXT,
  outcome       TEXT NOT NULL CHECK (outcome IN ('delivered', 'retrying', 'dead_lettered')),
  at            TEXT NOT NULL,
  next_retry_at TEXT
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id DESC);
CREATE INDEX webhook_deliveries_by_message ON webhook_deliveries (message_id, outcome);

-- The last change-feed row the dispatcher has enqueued events for. One row; only grows. It
-- starts at the feed's end: no webhook exists yet to hear of the history.
CREATE TABLE webhook_dispatch (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  high_water INTEGER NOT NULL
);
INSERT INTO webhook_dispatch (id, high_water) SELECT 1, COALESCE(MAX(id), 0) FROM changes;
