-- Byline's schema. Times are RFC 3339 UTC strings of one fixed width ('2023-09-20T14:05:00Z'),
-- so text order is time order. Landed migrations are never edited: changes come as new files.

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  description TEXT,
  created_at  TEXT NOT NULL
);

CREATE TABLE authors (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  bio        TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE tags (
  id         INTEGER PRIMARY KEY,
  slug       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- One row per stored image; `key` is the SHA-256 of the bytes, which is also the R2 key.
CREATE TABLE media (
  id           TEXT PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  content_type TEXT NOT NULL,
  byte_size    INTEGER NOT NULL,
  width        INTEGER,
  height       INTEGER,
  alt          TEXT NOT NULL,
  caption      TEXT,
  credit       TEXT,
  created_at   TEXT NOT NULL
);

CREATE TABLE articles (
  id                   TEXT PRIMARY KEY,
  slug                 TEXT NOT NULL UNIQUE,
  url                  TEXT,
  headline             TEXT NOT NULL,
  standfirst           TEXT,
  excerpt              TEXT NOT NULL,
  body_html            TEXT NOT NULL,
  body_text            TEXT NOT NULL,
  language             TEXT NOT NULL DEFAULT 'en',
  word_count           INTEGER NOT NULL,
  reading_time_minutes INTEGER NOT NULL,
  status               TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'scheduled', 'published', 'withdrawn')),
  section_id           INTEGER REFERENCES sections(id),
  published_at         TEXT,
  publish_at           TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  version              INTEGER NOT NULL DEFAULT 1,
  image_id             TEXT REFERENCES media(id),
  withdrawn_reason     TEXT,
  deleted_at           TEXT
);

-- Public reads walk these partial indexes newest first; keyset pagination seeks on
-- (published_at, id), so ties on published_at are broken by id and no page skips or repeats.
CREATE INDEX articles_public_by_date
  ON articles (published_at DESC, id DESC)
  WHERE status = 'published' AND deleted_at IS NULL;
CREATE INDEX articles_public_by_section
  ON articles (section_id, published_at DESC, id DESC)
  WHERE status = 'published' AND deleted_at IS NULL;
-- The admin list (every status, most recently changed first) and the scheduler's look-up of
-- due articles. Neither leads with `status`, which would lure the planner away from the
-- public indexes above.
CREATE INDEX articles_by_update ON articles (updated_at DESC, id DESC);
CREATE INDEX articles_due ON articles (publish_at) WHERE status = 'scheduled';

CREATE TABLE article_authors (
  article_id TEXT NOT NULL REFERENCES articles(id),
  author_id  INTEGER NOT NULL REFERENCES authors(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, position),
  UNIQUE (article_id, author_id)
) WITHOUT ROWID;
CREATE INDEX article_authors_by_author ON article_authors (author_id, article_id);

CREATE TABLE article_tags (
  article_id TEXT NOT NULL REFERENCES articles(id),
  tag_id     INTEGER NOT NULL REFERENCES tags(id),
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, position),
  UNIQUE (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);

-- The full previous state of an article before each write, as JSON.
CREATE TABLE revisions (
  id          INTEGER PRIMARY KEY,
  article_id  TEXT NOT NULL REFERENCES articles(id),
  version     INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'publish', 'withdraw', 'delete')),
  snapshot    TEXT NOT NULL,
  key_id      TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX revisions_by_article ON revisions (article_id, id DESC);

-- API keys: only a SHA-256 hash of the secret is stored, found by its short public prefix.
CREATE TABLE api_keys (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'partner')),
  prefix          TEXT NOT NULL UNIQUE,
  secret_hash     TEXT NOT NULL,
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  created_at      TEXT NOT NULL,
  last_used_at    TEXT,
  revoked_at      TEXT
);

-- The public change feed: one row per public-visible write, read oldest first by id.
CREATE TABLE changes (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id TEXT NOT NULL,
  slug       TEXT NOT NULL,
  change     TEXT NOT NULL CHECK (change IN ('upsert', 'withdrawn', 'deleted')),
  version    INTEGER NOT NULL,
  at         TEXT NOT NULL
);
