-- Posts imported or synced from WordPress: which article each WordPress post became, so that a
-- re-run updates that article instead of creating another, and so that the post's old addresses
-- (its permalink, `?p=<id>`, its slug) keep resolving (GET /v1/resolve). `site` is the WordPress
-- site's home URL without a trailing slash; `permalink_key` is the permalink as host + path,
-- lower-cased host, no scheme, no trailing slash, so http/https and `/` variants match.
CREATE TABLE wordpress_posts (
  site          TEXT NOT NULL,
  source_id     INTEGER NOT NULL,
  article_id    TEXT NOT NULL REFERENCES articles(id),
  permalink     TEXT,
  permalink_key TEXT,
  source_slug   TEXT,
  modified_gmt  TEXT,
  -- The hash of the last input written, so that an unchanged post costs no write at all.
  input_hash    TEXT NOT NULL,
  synced_at     TEXT NOT NULL,
  PRIMARY KEY (site, source_id)
);
CREATE INDEX wordpress_posts_by_permalink ON wordpress_posts (permalink_key) WHERE permalink_key IS NOT NULL;
CREATE INDEX wordpress_posts_by_slug ON wordpress_posts (source_slug) WHERE source_slug IS NOT NULL;
CREATE INDEX wordpress_posts_by_id ON wordpress_posts (source_id);
CREATE INDEX wordpress_posts_by_article ON wordpress_posts (article_id);

-- Slugs a post had before (WordPress's `_wp_old_slug`), which WordPress itself still redirects.
CREATE TABLE wordpress_old_slugs (
  site      TEXT NOT NULL,
  source_id INTEGER NOT NULL,
  slug      TEXT NOT NULL,
  PRIMARY KEY (site, source_id, slug)
);
CREATE INDEX wordpress_old_slugs_by_slug ON wordpress_old_slugs (slug);

-- The live sync's position per site: posts modified after `modified_after` (the site's own
-- `modified` clock, as its REST API compares it) are still to be read.
CREATE TABLE wordpress_sync (
  site           TEXT PRIMARY KEY,
  modified_after TEXT,
  last_run_at    TEXT,
  last_error     TEXT
);
