-- The search index holds only public articles (status = 'published' AND deleted_at IS NULL).
--
-- Why: bm25() ranks by statistics of the whole FTS5 table (how many rows hold a term, the mean
-- column lengths), not of the rows a query keeps. With drafts, scheduled, withdrawn and deleted
-- articles indexed (0002), their wording moved the scores and order of public results, so an
-- unpublished text could be inferred from public rankings. FTS5 keeps those statistics exact on
-- insert and delete, so an index of the public rows alone ranks as if nothing else existed.
--
-- The stable docid design of 0002 stays: every article keeps its `article_search_docs` row,
-- whatever its status; only the FTS5 copy of the text comes and goes. A docid never changes, so
-- an article that leaves the index and comes back returns under the same rowid.

DROP TRIGGER article_search_after_insert;
DROP TRIGGER article_search_after_update;
DROP TRIGGER article_search_after_delete;

-- What 0002 indexed that is not public. (0002 indexed every article, so nothing public is missing.)
DELETE FROM article_search WHERE rowid IN (
  SELECT d.docid FROM article_search_docs d JOIN articles a ON a.id = d.article_id
  WHERE NOT (a.status = 'published' AND a.deleted_at IS NULL)
);

CREATE TRIGGER article_search_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO article_search_docs (article_id) VALUES (new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL;
END;

-- When the text changes or the article becomes or stops being public (publish, scheduled
-- publish, withdraw, soft delete, unpublish, restore). The FTS row is dropped and, if the article
-- is now public, written again: whatever the index held before, it ends up right. Other writes
-- (tags, section, dates) leave the index alone.
CREATE TRIGGER article_search_after_update
  AFTER UPDATE OF id, headline, standfirst, body_text, status, deleted_at ON articles
  WHEN old.id IS NOT new.id OR old.headline IS NOT new.headline
    OR old.standfirst IS NOT new.standfirst OR old.body_text IS NOT new.body_text
    OR (old.status = 'published' AND old.deleted_at IS NULL) IS NOT (new.status = 'published' AND new.deleted_at IS NULL)
BEGIN
  UPDATE article_search_docs SET article_id = new.id WHERE article_id = old.id;
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = new.id);
  INSERT INTO article_search (rowid, headline, standfirst, body)
    SELECT docid, new.headline, coalesce(new.standfirst, ''), new.body_text
    FROM article_search_docs WHERE article_id = new.id
      AND new.status = 'published' AND new.deleted_at IS NULL;
END;

CREATE TRIGGER article_search_after_delete AFTER DELETE ON articles BEGIN
  DELETE FROM article_search WHERE rowid = (SELECT docid FROM article_search_docs WHERE article_id = old.id);
  DELETE FROM article_search_docs WHERE article_id = old.id;
END;
