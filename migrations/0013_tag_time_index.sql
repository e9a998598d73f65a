-- A tag's articles in publication order: `published_at` copied into `article_tags` and indexed
-- after the tag, in the public list's order (published_at DESC, id DESC).
--
-- Why: a tag page used to walk the newest-first index of all articles and check each one's tags,
-- about limit ÷ share rows (20,000 for a tag on 0.1 % of a million articles), or read and sort
-- every link of a rare tag. With this index a tag page reads its own limit + 1 links, each then
-- one article look-up by primary key.
--
-- The copy is kept right by triggers, whatever writes the rows (the API, the scheduler, the
-- WordPress import, raw SQL): a new link takes its article's published_at; a changed
-- published_at is copied to every link of the article. Visibility (status, deleted, embargo)
-- is not copied: the list checks it on the article it looks up.

ALTER TABLE article_tags ADD COLUMN published_at TEXT;

UPDATE article_tags SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = article_tags.article_id);

CREATE INDEX article_tags_by_tag_time ON article_tags (tag_id, published_at DESC, article_id DESC);

CREATE TRIGGER article_tags_time_after_insert AFTER INSERT ON article_tags BEGIN
  UPDATE article_tags SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = new.article_id)
  WHERE article_id = new.article_id AND position = new.position;
END;

CREATE TRIGGER article_tags_time_after_article_update AFTER UPDATE OF published_at ON articles
  WHEN old.published_at IS NOT new.published_at
BEGIN
  UPDATE article_tags SET published_at = new.published_at WHERE article_id = new.id;
END;
