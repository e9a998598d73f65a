-- The cache generation: one number, bumped in the same batch as every write that changes what
-- public reads show. Cached responses carry the generation they were made under; an isolate
-- re-reads this row at most every couple of seconds (src/storage/generation.ts).
CREATE TABLE cache_state (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO cache_state (id, generation, updated_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
