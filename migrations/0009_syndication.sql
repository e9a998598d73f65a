-- Syndication (issue #14): rights, corrections and embargoes on articles, and a change feed that
-- says which webhook event each write was and what a partner's contract needs to judge it.

-- Rights, one column each, NULL meaning "the publisher's default" (the RIGHTS_* vars): the
-- syndication level is a column of its own because contracts filter on it in SQL.
ALTER TABLE articles ADD COLUMN rights_usage_terms TEXT;
ALTER TABLE articles ADD COLUMN rights_copyright_holder TEXT;
ALTER TABLE articles ADD COLUMN rights_copyright_notice TEXT;
ALTER TABLE articles ADD COLUMN rights_syndication TEXT CHECK (rights_syndication IN ('allowed', 'restricted', 'none'));

-- A published article with embargoed_until set is under embargo: only keys with embargo access
-- see it. The Cron Trigger lifts it at that time by setting the column back to NULL, so what is
-- public is a function of the stored state alone (and cached answers change with a write).
ALTER TABLE articles ADD COLUMN embargoed_until TEXT;
CREATE INDEX articles_embargo_due ON articles (embargoed_until)
  WHERE status = 'published' AND embargoed_until IS NOT NULL;

-- Corrections as rows, appended by writes and never updated or deleted: a correction is a public
-- record that must not be edited away, which a JSON column rewritten on every write would allow.
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  at         TEXT NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX corrections_by_article ON corrections (article_id, id);

-- The change feed. `event` is the webhook event the write implies (article.published, .updated,
-- .corrected, .withdrawn, .deleted, .embargo_lifted). `section`, `syndication` (the article's own
-- level, NULL for the default) and `embargoed` are the article's state as of that row, so the
-- feed can be cut to a partner's contract (src/syndication/contract-sql.ts) without reading
-- the article as it is now. Rows are now also written for articles under embargo (embargoed = 1),
-- which the public feed never shows.
ALTER TABLE changes ADD COLUMN event TEXT;
ALTER TABLE changes ADD COLUMN section TEXT;
ALTER TABLE changes ADD COLUMN syndication TEXT;
ALTER TABLE changes ADD COLUMN embargoed INTEGER NOT NULL DEFAULT 0;

-- Backfill: the section from the revision each row was written with (its snapshot is the state
-- that write left), and the event from the row before it for the same article.
UPDATE changes SET section = (
  SELECT json_extract(r.snapshot, '$.section') FROM revisions r
  WHERE r.article_id = changes.article_id AND r.version = changes.version
);
UPDATE changes SET event = (
  SELECT CASE
    WHEN x.change = 'withdrawn' THEN 'article.withdrawn'
    WHEN x.change = 'deleted' THEN 'article.deleted'
    WHEN x.previous IS NULL OR x.previous <> 'upsert' THEN 'article.published'
    ELSE 'article.updated'
  END
  FROM (SELECT id, change, lag(change) OVER (PARTITION BY article_id ORDER BY id) AS previous FROM changes) x
  WHERE x.id = changes.id
);

-- Search holds only what the public may read (0005): an article under embargo stays out of the
-- index, so its words move no public ranking, and enters it when the embargo is lifted.
DROP TRIGGER article_search_after_insert;
DROP TRIGGER article_search_after_update;

CREATE TRIGGER article_search_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search_docs (article_id) VALUES (new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NULL;
END;

CREATE TRIGGER article_search_after_update
  AFTER UPDATE OF id, headline, standfirst, body_text, status, deleted_at, embargoed_until ON articles
  WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline
    OR old.standfirst IS NOT new.standfirst OR old.body_text IS NOT new.body_text
    OR (old.status = 'published' AND old.deleted_at IS NULL AND old.embargoed_until IS NULL)
       IS NOT (new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NULL)
BEGIN
  UPDATE article_search_docs SET article_id = new.id WHERE article_id = old.id;
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NULL;
END;
