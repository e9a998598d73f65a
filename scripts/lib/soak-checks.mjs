// The soak's verdict once the workload has stopped: nothing lost (every accepted write in the
// revisions, versions without gaps, the final state the last accepted write), every public change
// in the change feed exactly once, and every cached answer agreeing with D1.

async function getJson(ctx, path, admin = false) {
  const res = await fetch(`${ctx.origin}${path}`, { headers: admin ? { Authorization: `Bearer ${ctx.adminToken}` } : {} });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text && (res.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) : null };
}

/** Every page of a list, following next_cursor (the change feed: while has_more). */
async function walk(ctx, path, admin) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 10_000; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const { status, body } = await getJson(ctx, cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path, admin);
    if (status !== 200) throw new Error(`${path} answered ${status}`);
    items.push(...body.data);
    cursor = body.next_cursor;
    if (!cursor || body.has_more === false || body.data.length === 0) break;
  }
  return items;
}

/** What the public sees of each state: the change kind the feed gives for it. */
const CHANGE_OF = { published: 'upsert', withdrawn: 'withdrawn', deleted: 'deleted' };

/** Lost updates and the change feed, from the writes the soak recorded. */
export async function checkWrites(ctx, writesLog) {
  const problems = [];
  const byArticle = new Map();
  for (const w of writesLog) byArticle.set(w.id, [...(byArticle.get(w.id) ?? []), w]);
  const feed = await walk(ctx, '/v1/changes?limit=1000');
  const seen = new Map();
  for (const entry of feed) {
    const key = `${entry.id}@${entry.version}`;
    seen.set(key, [...(seen.get(key) ?? []), entry.change]);
  }
  // The soak's own articles (the demo seed writes its rows directly, not through the API).
  for (const [key, changes] of seen) if (changes.length > 1 && byArticle.has(key.split('@')[0])) problems.push(`change feed lists ${key} ${changes.length} times`);
  let checked = 0;
  for (const [id, writes] of byArticle) {
    writes.sort((a, b) => a.version - b.version);
    writes.forEach((w, i) => {
      if (w.version !== i + 1) problems.push(`${id}: accepted versions are not 1..n without gaps (${writes.map((x) => x.version).join(',')})`);
      if (w.answered !== null && w.answered !== undefined && w.answered !== w.version) problems.push(`${id}: a write accepted as version ${w.version} answered version ${w.answered}`);
    });
    const revisions = await walk(ctx, `/v1/admin/articles/${id}/revisions?limit=100`, true);
    const byVersion = new Map(revisions.map((r) => [r.version, r]));
    let status = null;
    let headline = null;
    for (const w of writes) {
      const revision = byVersion.get(w.version);
      if (!revision) problems.push(`${id}: accepted ${w.action} v${w.version} is not in the revisions`);
      else if (w.headline && revision.article.headline !== w.headline) problems.push(`${id}: revision v${w.version} has headline "${revision.article.headline}", not the one written`);
      const before = status;
      status = { create: 'published', update: status, withdraw: 'withdrawn', publish: 'published', delete: 'deleted' }[w.action];
      if (w.headline) headline = w.headline;
      // A write the public can see is in the feed: any change to a public article, and a public article leaving.
      const visible = before === 'published' || status === 'published' || (before === 'withdrawn' && status === 'deleted');
      const inFeed = seen.get(`${id}@${w.version}`);
      if (visible && !inFeed) problems.push(`${id}: ${w.action} v${w.version} (${before} → ${status}) is not in the change feed`);
      if (inFeed && inFeed[0] !== CHANGE_OF[status]) problems.push(`${id}: feed says ${inFeed[0]} for v${w.version}, the write made it ${status}`);
      checked++;
    }
    for (const [key] of seen) {
      const [feedId, version] = key.split('@');
      if (feedId === id && !writes.some((w) => w.version === Number(version))) problems.push(`${id}: the feed lists v${version}, which no accepted write made`);
    }
    const final = await getJson(ctx, `/v1/admin/articles/${id}`, true);
    const last = writes.at(-1);
    if (status === 'deleted') {
      if (final.status !== 404) problems.push(`${id}: deleted, but the admin API answers ${final.status}`);
    } else if (final.status !== 200) problems.push(`${id}: admin API answers ${final.status}`);
    else {
      const data = final.body.data;
      if (data.version !== last.version) problems.push(`${id}: final version ${data.version}, last accepted write made ${last.version}`);
      if (data.status !== status) problems.push(`${id}: final status ${data.status}, the writes made it ${status}`);
      if (headline && data.headline !== headline) problems.push(`${id}: final headline is not the last one accepted`);
    }
  }
  return { problems, articles: byArticle.size, writesChecked: checked, feedEntries: feed.length };
}

/** Article objects in a JSON answer: `data` itself or its items, when they carry an id and a version. */
function articlesIn(body) {
  const data = body?.data;
  const items = Array.isArray(data) ? data : data ? [data] : [];
  return items.filter((item) => typeof item?.id === 'string' && item.id.startsWith('art_') && typeof item.version === 'number');
}

/** Every public URL the soak read, read again (from cache where it is cached) and compared with D1 itself. */
export async function checkCache(ctx, urls) {
  const problems = [];
  let hits = 0;
  let compared = 0;
  for (const path of urls) {
    const { status, headers, body } = await getJson(ctx, path);
    if ((headers.get('Cache-Status') ?? '').includes('hit')) hits++;
    // The change feed is history: its entries name past versions by design.
    const articles = path.startsWith('/v1/changes') ? [] : articlesIn(body);
    if (status >= 500) problems.push(`${path} answered ${status}`);
    for (const article of articles) {
      const row = await ctx.env.DB.prepare('SELECT version, status, deleted_at FROM articles WHERE id = ?1').bind(article.id).first();
      compared++;
      if (!row) problems.push(`${path}: shows ${article.id}, which D1 does not have`);
      else if (row.version !== article.version || row.status !== 'published' || row.deleted_at) {
        problems.push(`${path}: shows ${article.id} v${article.version}; D1 has v${row.version} ${row.status}${row.deleted_at ? ' deleted' : ''}`);
      }
    }
    const single = /^\/v1\/articles\/([^/?]+)(\?|$)/.exec(path);
    if (single && (status === 404 || status === 410)) {
      const slug = decodeURIComponent(single[1]);
      const live = await ctx.env.DB.prepare("SELECT COUNT(*) AS n FROM articles WHERE (slug = ?1 OR id = ?1) AND status = 'published' AND deleted_at IS NULL").bind(slug).first('n');
      if (live > 0) problems.push(`${path}: answers ${status}, but D1 has it published`);
    }
  }
  return { problems, urls: urls.length, cacheHits: hits, articlesCompared: compared };
}
