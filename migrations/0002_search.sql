-- Full-text search over articles (FTS5), kept in step with `articles` by triggers, so every
-- article write updates the index inside its own statement, hence its own batch/transaction.
--
-- Why not an external-content table on `articles`: FTS5 keys documents by an integer rowid,
-- and the implicit rowid of `articles` (TEXT primary key) is not stable: VACUUM, or an export
-- and re-import, may renumber it, silently pointing the index at other articles. So each
-- article gets a stable integer `docid` here (an INTEGER PRIMARY KEY alias, which never
-- changes), and the FTS5 table stores its own copy of the text under that rowid: snippet()
-- needs the text, and the copy can never disagree with a renumbered base table.
--
-- Every article is indexed whatever its status; queries join back to `articles` and keep only
-- public ones (status = 'published' AND deleted_at IS NULL), so a status change costs no
-- re-indexing and nothing non-public is ever returned.

CREATE TABLE article_search_docs (
  docid      INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE
);

-- Columns in bm25() weight order: headline, standfirst, body (see src/db/search.ts).
-- remove_diacritics 2: "cafe" finds "café"; tokens are case-folded.
CREATE VIRTUAL TABLE article_search USING fts5(
  headline,
  standfirst,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Backfill: every article written before this migration.
INSERT INTO article_search_docs (article_id) SELECT id FROM articles ORDER BY created_at, id;
INSERT INTO article_search (rowid, headline, standfirst, body)
  SELECT d.docid, a.headline, coalesce(a.standfirst, ''), a.body_text
  FROM article_search_docs d JOIN articles a ON a.id = d.article_id;

CREATE TRIGGER article_search_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search_docs (article_id) VALUES (new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    VALUES ((SELECT docid FROM article_search_docs WHERE article_id = new.id),
            new.headline, coalesce(new.standfirst, ''), new.body_text);
END;

-- Only when the indexed text (or the id) changes: publishing, withdrawing and soft-deleting
-- rewrite the row but leave the index alone.
CREATE TRIGGER article_search_after_update AFTER UPDATE OF id, headline, standfirst, body_text ON articles
  WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline
    OR old.standfirst IS NOT new.standfirst OR old.body_text IS NOT new.body_text
BEGIN
  UPDATE article_search_docs SET article_id = new.id WHERE article_id = old.id;
  UPDATE article_search SET headline = new.headline, standfirst = coalesce(new.standfirst, ''), body = new.body_text
    WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = new.id);
END;

CREATE TRIGGER article_search_after_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = old.id);
  DELETE FROM article_search_docs WHERE article_id = old.id;
END;
