// What the bench measures, as data: the default run's scenarios and the scale run's kinds of
// query, with the targets each is judged on. Adding a scenario or a kind is adding an entry.
import { SYNTHETIC } from '../lib/synthetic-articles.mjs';

/** The default run's state size; a larger --articles is a scale run (this size against that one). */
export const BASE_ARTICLES = 1000;
/** A demo article (scripts/demo/seed.ts) every state holds, read by the article scenarios. */
export const SEED_ARTICLE = 'kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks';
/**
 * Default run: issue 17's targets, each judged on workerd CPU per request (CPU ×, which a busy
 * neighbour disturbs far less than req/s) against a reference row of the same run: `least` × the
 * trivial Worker's, or × the D1 floor's (a Worker reading D1 once; uncached reads).
 */
export const TARGETS = {
  'article-cached': { least: 0.9, of: 'trivial' },
  'list-cached': { least: 0.9, of: 'trivial' },
  'revalidate-304': { least: 0.9, of: 'trivial' },
  'article-uncached': { least: 0.85, of: 'd1-floor' },
  'list-uncached': { least: 0.6, of: 'd1-floor' },
};

/**
 * Scenarios measured again next to reference rows other than the trivial Worker, round by round:
 * the D1 floor their target names, and the floors that show what part of the cost is the
 * runtime's (an article's bytes, a log line, reading the article's row) rather than Byline's.
 */
export const FLOORS = {
  'article-cached': ['payload-floor', 'payload-log-floor'],
  'revalidate-304': ['log-floor'],
  'article-uncached': ['d1-floor', 'd1-row-floor', 'article-floor'],
  'list-uncached': ['d1-floor'],
};

/**
 * Each row with its target: `score` is its CPU × against the target's reference row. Against the
 * trivial Worker that is the row's own CPU ×; against the D1 floor it is `row.against['d1-floor']`,
 * from rounds paired with the floor row itself, else (a run without those rounds) the row's CPU ×
 * ÷ the floor row's. Null when the run left the reference out (--only).
 */
export function judged(rows) {
  const floor = rows.find((row) => row.id === 'd1-floor')?.cpuRatio;
  return rows.map((row) => {
    const target = TARGETS[row.id];
    const againstFloor = row.against?.['d1-floor']?.cpuRatio ?? (floor ? row.cpuRatio / floor : null);
    const score = !target ? null : target.of === 'd1-floor' ? againstFloor : row.cpuRatio;
    return { ...row, target: target?.least ?? null, targetOf: target?.of ?? null, score, met: score === null ? null : score >= target.least };
  });
}

/** Scale run: the most a query may slow down from the 1,000-article state to the large one. */
export const SCALE_LIMIT = 1.5;
/** The page the deep-cursor kind reads, walking the list 20 at a time. */
export const DEEP_PAGE = 500;
/** Sequential requests checked before and after each measurement (status and Cache-Status). */
export const PROBES = 20;
/** Other processes using more than this many cores during a measurement make it "noisy". */
export const NOISY_CORES = 0.25;

/** The trivial Worker as a scenario: the reference every default scenario is measured next to. */
export const TRIVIAL = { id: 'trivial', label: 'trivial Worker', instance: 'trivial', path: '/', expect: 200 };

/**
 * The default run's scenarios, in order, on the instances `byline` (caching on),
 * `byline-uncached` (RESPONSE_CACHE=off), `d1-floor`, `payload` (the cached article's body and
 * headers as a constant: what answering with those bytes costs this runtime, Byline or not),
 * `log-floor` (the trivial Worker writing Byline's request log line), `payload-log` (the
 * payload and the log line), `d1-row` (a Worker running Byline's article query on its state and
 * sending the row) and `article-floor` (that row read through a D1 session, sent with the uncached
 * answer's headers and the log line: what the README's promises cost before any code of Byline's).
 * `article` is the article's path, `etag` its ETag (for the 304), `tag` a tag with articles in
 * this state.
 */
export function defaultScenarios({ article, etag, tag }) {
  const hit = 'hit; detail=memory';
  return [
    { id: 'article-cached', label: 'article by slug (cached)', instance: 'byline', path: article, expect: 200, cache: hit },
    { id: 'article-uncached', label: 'article by slug, caching off (D1)', instance: 'byline-uncached', path: article, expect: 200, cache: 'fwd=bypass' },
    { id: 'list-cached', label: 'list page (cached)', instance: 'byline', path: '/v1/articles', expect: 200, cache: hit },
    { id: 'tag-cached', label: `list by tag (cached)`, instance: 'byline', path: `/v1/articles?tag=${tag}`, expect: 200, cache: hit },
    { id: 'sections-cached', label: 'sections (cached)', instance: 'byline', path: '/v1/sections', expect: 200, cache: hit },
    { id: 'revalidate-304', label: 'article, If-None-Match → 304', instance: 'byline', path: article, headers: { 'if-none-match': etag }, expect: 304, cache: hit },
    { id: 'list-uncached', label: 'list page, caching off (D1)', instance: 'byline-uncached', path: '/v1/articles', expect: 200, cache: 'fwd=bypass' },
    { id: 'tag-uncached', label: 'list by tag, caching off (D1)', instance: 'byline-uncached', path: `/v1/articles?tag=${tag}`, expect: 200, cache: 'fwd=bypass' },
    { id: 'd1-floor', label: 'reference: a Worker reading D1 once (SELECT 1)', instance: 'd1-floor', path: '/', expect: 200 },
    { id: 'd1-row-floor', label: "reference: a Worker reading the article's row (Byline's query)", instance: 'd1-row', path: '/', expect: 200 },
    { id: 'payload-floor', label: "reference: a trivial Worker sending the cached article's bytes", instance: 'payload', path: '/', expect: 200 },
    { id: 'log-floor', label: 'reference: a trivial Worker writing one log line per request', instance: 'log-floor', path: '/', expect: 200 },
    { id: 'payload-log-floor', label: "reference: the cached article's bytes and one log line", instance: 'payload-log', path: '/', expect: 200 },
    { id: 'article-floor', label: "reference: the article's row in a session, with its headers and one log line", instance: 'article-floor', path: '/', expect: 200 },
  ];
}

/**
 * The scale run's kinds of query, each measured caching off at 1,000 articles and at --articles.
 * `path(size, deep)` is the request at a state of `size` articles; `deep[size].path` is that
 * state's page-DEEP_PAGE cursor (found by walking the list before measuring).
 */
export const SCALE_KINDS = [
  { id: 'list', label: 'list page', path: () => '/v1/articles' },
  { id: 'tag-topic', label: `list by tag (${SYNTHETIC.shares.topic * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}` },
  { id: 'tag-beat', label: `list by tag (${SYNTHETIC.shares.beat * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.beats[42]}` },
  { id: 'deep-cursor', label: `deep cursor (page ${DEEP_PAGE})`, path: (size, deep) => deep[size].path },
  { id: 'tag-rare', label: `list by tag (${SYNTHETIC.shares.rare * 100}% of articles)`, path: () => `/v1/articles?tag=${SYNTHETIC.rares[3]}` },
  { id: 'section', label: 'list by section', path: () => '/v1/articles?section=world' },
  { id: 'author', label: 'list by author (2.5%)', path: () => `/v1/articles?author=${SYNTHETIC.authors[7]}` },
  // Topic 3 and desk 04 share the articles n ≡ 33 (mod 50), 2%; topic 3 and desk 07 share none
  // (see synthetic-articles.mjs), so that filter reads every candidate and finds no row.
  { id: 'two-tags', label: 'two tags (10% and 4%, together on 2%)', path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}&tag=${SYNTHETIC.desks[4]}` },
  { id: 'dates', label: 'since/until (six hours)', path: () => '/v1/articles?since=2023-10-31T12:00:00Z&until=2023-10-31T18:00:00Z' },
  // Ranked by relevance, so every hit is scored: these two words are in over half the archive.
  { id: 'search', label: 'full-text search (two common words)', path: () => '/v1/articles?q=council%20budget', mayStall: true },
  { id: 'search-one', label: 'full-text search (one article)', path: () => '/v1/articles?q=777' },
  // Allowed, as the broad search, to answer nothing within --duration: reported as such, not fatal.
  { id: 'two-tags-disjoint', label: 'two tags that never co-occur (worst case)', path: () => `/v1/articles?tag=${SYNTHETIC.topics[3]}&tag=${SYNTHETIC.desks[7]}`, mayStall: true },
];
