-- Articles under embargo get a search index of their own, so keys whose contract has embargo
-- access find them in full-text search as they see them in lists.
--
-- Why a second table: since 0009 an article under embargo stays out of `article_search`, so its
-- words move no public ranking (bm25() counts the whole FTS5 table, 0005). That also hid it from
-- the search of every key that may read it. Its own table keeps the public index exactly as it
-- was; a search by a key with embargo access walks both and ranks the union (src/db/search.ts).
-- An article is in at most one of the two, under the same docid: in `article_search` while
-- public, in `article_search_embargoed` while released under embargo, in neither otherwise.

CREATE VIRTUAL TABLE article_search_embargoed USING fts5(
  headline,
  standfirst,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO article_search_embargoed (rowid, headline, standfirst, body)
  SELECT d.docid, a.headline, coalesce(a.standfirst, ''), a.body_text
  FROM article_search_docs d JOIN articles a ON a.id = d.article_id
  WHERE a.status = 'published' AND a.deleted_at IS NULL AND a.embargoed_until IS NOT NULL;

-- The triggers of 0009, each now keeping both tables: one trigger per event, so the order in
-- which SQLite fires them never matters (the docid row is written first, in the same body).
DROP TRIGGER article_search_after_insert;
DROP TRIGGER article_search_after_update;
DROP TRIGGER article_search_after_delete;

CREATE TRIGGER article_search_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search_docs (article_id) VALUES (new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NULL;
  INSERT INTO article_search_embargoed (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NOT NULL;
END;

-- When the text changes, or the article enters or leaves either index. Both rows are dropped
-- and the right one written again.
CREATE TRIGGER article_search_after_update
  AFTER UPDATE OF id, headline, standfirst, body_text, status, deleted_at, embargoed_until ON articles
  WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline
    OR old.standfirst IS NOT new.standfirst OR old.body_text IS NOT new.body_text
    OR (old.status = 'published' AND old.deleted_at IS NULL) IS NOT (new.status = 'published' AND new.deleted_at IS NULL)
    OR (old.embargoed_until IS NULL) IS NOT (new.embargoed_until IS NULL)
BEGIN
  UPDATE article_search_docs SET article_id = new.id WHERE article_id = old.id;
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = new.id);
  DELETE FROM article_search_embargoed WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NULL;
  INSERT INTO article_search_embargoed (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL AND new.embargoed_until IS NOT NULL;
END;

CREATE TRIGGER article_search_after_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = old.id);
  DELETE FROM article_search_embargoed WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = old.id);
  DELETE FROM article_search_docs WHERE article_id = old.id;
END;
