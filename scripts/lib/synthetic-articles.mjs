// Synthetic published articles for the benchmark's larger states (scripts/bench.mjs): thousands
// a second, generated inside SQLite by a recursive CTE per chunk (one D1 batch, so one
// transaction, per chunk), with sections, authors and tags whose shares are the same at any size,
// so that a tag filter means the same thing in a 1,000- and a 100,000-article state:
//
//   bench-topic-0 … bench-topic-9    one per article, each on 10% of them (n % 10)
//   bench-beat-00 … bench-beat-99    one per article, each on 1% (7n % 100)
//   bench-desk-00 … bench-desk-24    one per article, each on 4% (13n % 25)
//   bench-rare-0 … bench-rare-9      on every hundredth article (n % 100 = 1, so never a draft),
//                                    each on 0.1% ((n / 100) % 10)
//   bench-reporter-00 … -49          a byline each; every fourth article has a second author
//
// Every 50th article is a draft (not public). Article n is published n minutes before
// 2023-10-31T23:59:00Z, so publication order is the reverse of n and the keyset has no ties.
// The inserts go through the real tables; the bench defers the search trigger and the indexes
// around them (scripts/lib/bulk-load.mjs), and the file ends as writes through the API leave it.
// Two tags of different families co-occur only as the residues allow: topic t and desk d share
// the articles n ≡ 2d (mod 25) with n % 10 = t, none when 2d % 5 ≠ t % 5 (topic 3, desk 07).

const BASE_TIME = '2023-10-31T23:59:00';
const WORDS = (
  'the council said on tuesday that talks over the budget would resume next week after ministers failed to agree ' +
  'on funding for schools hospitals and roads while opposition leaders warned that delays could cost thousands of jobs ' +
  'in the region where unemployment has risen sharply since the factory closed last spring officials declined to comment ' +
  'on reports that the plan had been shelved but residents gathered outside city hall to demand answers from the mayor ' +
  'scientists studying the river found higher levels of pollution than expected and called for new rules on farming ' +
  'near the water supply the team will publish its full findings in a journal later this year according to a statement ' +
  'markets rose in early trading as investors welcomed signs that inflation is cooling and the central bank may pause ' +
  'its campaign of rate rises analysts cautioned that energy prices remain volatile ahead of the winter months ' +
  'the home side won the match with a late goal in front of a record crowd keeping alive their hopes of a title'
).split(' ');

export const SYNTHETIC = {
  topics: Array.from({ length: 10 }, (_, i) => `bench-topic-${i}`),
  beats: Array.from({ length: 100 }, (_, i) => `bench-beat-${String(i).padStart(2, '0')}`),
  desks: Array.from({ length: 25 }, (_, i) => `bench-desk-${String(i).padStart(2, '0')}`),
  rares: Array.from({ length: 10 }, (_, i) => `bench-rare-${i}`),
  authors: Array.from({ length: 50 }, (_, i) => `bench-reporter-${String(i).padStart(2, '0')}`),
  /** The share of synthetic articles carrying one tag of each family. */
  shares: { topic: 0.1, beat: 0.01, desk: 0.04, rare: 0.001 },
};

/** The slug of synthetic article n (1-based). */
export const syntheticSlug = (n) => `bench-story-${n}`;

const titleCase = (slug) => slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

/** `(n) → json_extract(?k, '$[' || (expr) || ']')`: picks from a JSON array bound as a parameter. */
const pick = (param, expr) => `json_extract(${param}, '$[' || (${expr}) || ']')`;

/**
 * Inserts synthetic articles n = from … from + count − 1 (1-based) with their links into `db`
 * (a D1 binding; the sections must exist already), in chunks of `chunk`, calling
 * `onProgress(done, count)` after each chunk.
 */
export async function seedSynthetic(db, { from = 1, count, siteUrl, chunk = 2000, onProgress = () => {} }) {
  if (count <= 0) return;
  const at = `${BASE_TIME}Z`;
  // The terms: created once (idempotent), then their ids, as JSON arrays the inserts pick from.
  const terms = [
    ...[...SYNTHETIC.topics, ...SYNTHETIC.beats, ...SYNTHETIC.desks, ...SYNTHETIC.rares].map((slug) =>
      db.prepare('INSERT INTO tags (slug, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (slug) DO NOTHING').bind(slug, titleCase(slug), at),
    ),
    ...SYNTHETIC.authors.map((slug) =>
      db.prepare('INSERT INTO authors (slug, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT (slug) DO NOTHING').bind(slug, titleCase(slug), at),
    ),
  ];
  await db.batch(terms);
  const idsOf = async (table, slugs) => {
    const { results } = await db.prepare(`SELECT id, slug FROM ${table} WHERE slug IN (SELECT value FROM json_each(?1))`).bind(JSON.stringify(slugs)).all();
    const byslug = new Map(results.map((row) => [row.slug, row.id]));
    return JSON.stringify(slugs.map((slug) => byslug.get(slug)));
  };
  const topicIds = await idsOf('tags', SYNTHETIC.topics);
  const beatIds = await idsOf('tags', SYNTHETIC.beats);
  const deskIds = await idsOf('tags', SYNTHETIC.desks);
  const rareIds = await idsOf('tags', SYNTHETIC.rares);
  const authorIds = await idsOf('authors', SYNTHETIC.authors);
  const { results: sections } = await db.prepare('SELECT id, slug FROM sections ORDER BY id').all();
  if (sections.length === 0) throw new Error('seedSynthetic: no sections (seed the demo newsroom first)');
  const sectionIds = JSON.stringify(sections.map((s) => s.id));
  const sectionSlugs = JSON.stringify(sections.map((s) => s.slug));

  // D1 binds JS numbers as REAL: the bounds are cast, so that n is an integer (ids, JSON paths).
  const seq = 'WITH RECURSIVE seq(n) AS (SELECT CAST(?1 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < CAST(?2 AS INTEGER))';
  const articleId = `'art_bench' || printf('%017d', n)`;
  const insertArticles = `${seq},
    gen(n, body, headline, published) AS MATERIALIZED (
      SELECT n,
        ${pick('?3', 'n % 9')},
        ${pick('?7', 'n % 37')},
        strftime('%Y-%m-%dT%H:%M:%SZ', '${BASE_TIME}', '-' || n || ' minutes')
      FROM seq)
    INSERT INTO articles (id, slug, url, headline, standfirst, excerpt, body_html, body_text, language, word_count,
      reading_time_minutes, status, section_id, published_at, publish_at, created_at, updated_at, version)
    SELECT ${articleId}, 'bench-story-' || n,
      ?4 || '/' || ${pick('?6', `n % ${sections.length}`)} || '/bench-story-' || n,
      'Bench story ' || n || ': ' || headline, substr(body, 1, 140), substr(body, 1, 200),
      '<p>' || body || '</p>', body, 'en',
      length(body) - length(replace(body, ' ', '')) + 1,
      max(1, (length(body) - length(replace(body, ' ', '')) + 1) / 200),
      CASE WHEN n % 50 = 0 THEN 'draft' ELSE 'published' END,
      ${pick('?5', `n % ${sections.length}`)},
      CASE WHEN n % 50 = 0 THEN NULL ELSE published END, NULL, published, published, 1
    FROM gen`;
  const insertAuthors = `${seq}
    INSERT INTO article_authors (article_id, author_id, position)
    SELECT ${articleId}, ${pick('?3', 'n % 50')}, 0 FROM seq
    UNION ALL
    SELECT ${articleId}, ${pick('?3', '(n * 7 + 3) % 50')}, 1 FROM seq WHERE n % 4 = 0`;
  const insertTags = `${seq}
    INSERT INTO article_tags (article_id, tag_id, position)
    SELECT ${articleId}, ${pick('?3', 'n % 10')}, 0 FROM seq
    UNION ALL
    SELECT ${articleId}, ${pick('?4', '(n * 7) % 100')}, 1 FROM seq
    UNION ALL
    SELECT ${articleId}, ${pick('?5', '(n * 13) % 25')}, 2 FROM seq
    UNION ALL
    SELECT ${articleId}, ${pick('?6', '(n / 100) % 10')}, 3 FROM seq WHERE n % 100 = 1`;

  // Article n's body is the words k with (31k + 17n) % 9 < 5, its headline those with (7k + n) % 37 = 0:
  // both depend on n only through n % 9 and n % 37, so the 9 bodies and 37 headlines are made once.
  const bodies = JSON.stringify(Array.from({ length: 9 }, (_, r) => WORDS.filter((_, k) => (k * 31 + r * 17) % 9 < 5).join(' ')));
  const headlines = JSON.stringify(Array.from({ length: 37 }, (_, r) => WORDS.filter((_, k) => (k * 7 + r) % 37 === 0).join(' ')));
  for (let start = from; start < from + count; start += chunk) {
    const end = Math.min(start + chunk, from + count) - 1;
    await db.batch([
      db.prepare(insertArticles).bind(start, end, bodies, siteUrl, sectionIds, sectionSlugs, headlines),
      db.prepare(insertAuthors).bind(start, end, authorIds),
      db.prepare(insertTags).bind(start, end, topicIds, beatIds, deskIds, rareIds),
    ]);
    onProgress(end - from + 1, count);
  }
}
