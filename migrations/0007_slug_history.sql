-- Renamed articles keep resolving: every slug an article was publicly known by (published or
-- withdrawn) before a rename, with its canonical URL when the rename changed that too. Written
-- in the rename's own batch, so a failed write leaves no row. Rows are never deleted; the
-- newest row for a slug (highest id) is the article that gave it up last.
CREATE TABLE slug_history (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL REFERENCES articles(id),
  slug       TEXT NOT NULL,
  url        TEXT,
  renamed_at TEXT NOT NULL
);
CREATE INDEX slug_history_by_slug ON slug_history (slug, id DESC);
CREATE INDEX slug_history_by_url ON slug_history (url, id DESC) WHERE url IS NOT NULL;

-- Backfill from the revisions (each snapshot is the state its write left): every slug change
-- made while the article was published or withdrawn, oldest first.
INSERT INTO slug_history (article_id, slug, url, renamed_at)
  SELECT article_id, previous_slug, CASE WHEN previous_url IS NOT url THEN previous_url END, created_at
  FROM (
    SELECT id, article_id, created_at,
      json_extract(snapshot, '$.slug') AS slug,
      json_extract(snapshot, '$.url') AS url,
      lag(json_extract(snapshot, '$.slug')) OVER byArticle AS previous_slug,
      lag(json_extract(snapshot, '$.url')) OVER byArticle AS previous_url,
      lag(json_extract(snapshot, '$.status')) OVER byArticle AS previous_status,
      lag(json_extract(snapshot, '$.deleted_at')) OVER byArticle AS previous_deleted_at
    FROM revisions
    WINDOW byArticle AS (PARTITION BY article_id ORDER BY id)
  )
  WHERE previous_slug IS NOT NULL AND previous_slug <> slug
    AND previous_status IN ('published', 'withdrawn') AND previous_deleted_at IS NULL
  ORDER BY id;

-- The change-feed entry of a rename names the slug the feed last gave for the article.
ALTER TABLE changes ADD COLUMN previous_slug TEXT;
CREATE INDEX changes_by_article ON changes (article_id, id DESC);
