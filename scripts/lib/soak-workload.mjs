// The soak's workload: 90 % public reads over every public GET the OpenAPI document lists, 10 %
// admin writes with If-Match (some stale on purpose, some withdrawals, publishes and deletes),
// every answer counted and every accepted write recorded for the checks (soak-checks.mjs).

const pick = (items) => items[Math.floor(Math.random() * items.length)];

/** Public GET templates from the document, with what fills their path and required query parameters. */
export function publicReads(doc) {
  const reads = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const op = item.get;
    if (!op || template.startsWith('/v1/admin/')) continue;
    reads.push({ template, params: (op.parameters ?? []).filter((p) => p.in === 'path' || (p.in === 'query' && (p.required || p.name === 'limit'))) });
  }
  return reads;
}

/** A concrete URL path for a read, its parameters from `pools` (slug, key, url…) or the schema's enum. */
export function readUrl(read, pools) {
  let path = read.template;
  const query = [];
  for (const p of read.params) {
    if (p.in === 'query' && p.name === 'limit') {
      if (Math.random() < 0.5) query.push(`limit=${1 + Math.floor(Math.random() * 5)}`);
      continue;
    }
    const value = pools[p.name]?.length ? pick(pools[p.name]) : p.schema?.enum ? pick(p.schema.enum) : 'x';
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    else query.push(`${p.name}=${encodeURIComponent(value)}`);
  }
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** Counters and records shared by every loop of the soak. */
export function newTally() {
  return { requests: 0, reads: 0, writes: 0, accepted: 0, refused: {}, status: {}, fiveXX: [], violations: [], writesLog: [], readUrls: new Set(), latencies: [] };
}

function count(tally, res, started) {
  tally.requests++;
  tally.status[res.status] = (tally.status[res.status] ?? 0) + 1;
  if (tally.latencies.length < 200_000) tally.latencies.push(performance.now() - started);
}

/** One public read; its URL is remembered for the end's cache-versus-D1 check. */
export async function doRead(ctx, tally) {
  const path = readUrl(pick(ctx.reads), ctx.pools);
  const started = performance.now();
  const res = await fetch(`${ctx.origin}${path}`);
  await res.arrayBuffer();
  count(tally, res, started);
  tally.reads++;
  if (res.status >= 500) tally.fiveXX.push(`GET ${path} → ${res.status}`);
  if (tally.readUrls.size < 2000) tally.readUrls.add(path);
}

async function admin(ctx, tally, method, path, body, ifMatch) {
  const headers = { Authorization: `Bearer ${ctx.adminToken}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const started = performance.now();
  const res = await fetch(`${ctx.origin}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  count(tally, res, started);
  if (res.status >= 500) tally.fiveXX.push(`${method} ${path} → ${res.status}: ${text.slice(0, 200)}`);
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Records an accepted write of `article` at `version` (If-Match + 1), checking the answer says the same. */
function accept(tally, article, action, version, extra = {}) {
  tally.accepted++;
  tally.writesLog.push({ id: article.id, action, version, ...extra });
  article.version = Math.max(article.version, version);
}

function refuse(tally, status) {
  tally.refused[status] = (tally.refused[status] ?? 0) + 1;
}

/** One admin write on one of the soak's own articles, or a new one. */
export async function doWrite(ctx, tally) {
  tally.writes++;
  const live = [...ctx.articles.values()].filter((a) => !a.deleted);
  const roll = Math.random();
  if (roll < 0.05 || live.length < 4) {
    const headline = `Soak article ${ctx.articles.size + 1} ${Math.random().toString(36).slice(2, 8)}`;
    const { status, body } = await admin(ctx, tally, 'POST', '/v1/admin/articles', { headline, body_html: `<p>${headline}.</p>`, status: 'published' });
    if (status !== 201) return refuse(tally, status);
    const article = { id: body.data.id, slug: body.data.slug, version: 0, status: 'published', deleted: false };
    ctx.articles.set(article.id, article);
    ctx.pools.slug.push(article.slug);
    return accept(tally, article, 'create', 1, { headline, answered: body.data.version });
  }
  const article = pick(live);
  const current = article.version;
  // Some writes name a version that is stale (or from the future) on purpose: they must answer 412.
  const stale = Math.random() < 0.15;
  const ifMatch = stale ? (current > 1 ? current - 1 : current + 7) : current;
  const base = `/v1/admin/articles/${article.id}`;
  let action = 'update';
  let res;
  let headline;
  if (roll < 0.08 && article.status === 'published') {
    action = 'withdraw';
    res = await admin(ctx, tally, 'POST', `${base}/withdraw`, { reason: 'Soak: legal review.' }, ifMatch);
  } else if (roll < 0.16 && article.status === 'withdrawn') {
    action = 'publish';
    res = await admin(ctx, tally, 'POST', `${base}/publish`, {}, ifMatch);
  } else if (roll < 0.19) {
    action = 'delete';
    res = await admin(ctx, tally, 'DELETE', base, undefined, ifMatch);
  } else {
    headline = `Soak ${article.id.slice(-6)} at ${ifMatch + 1} ${Math.random().toString(36).slice(2, 8)}`;
    res = await admin(ctx, tally, 'PATCH', base, { headline }, ifMatch);
  }
  const ok = res.status === 200 || res.status === 204;
  if (!ok) {
    refuse(tally, res.status);
    if (res.status === 412 && !stale) {
      // Another loop wrote it first: learn its version, as a client would.
      const fresh = await admin(ctx, tally, 'GET', base);
      if (fresh.status === 200) article.version = Math.max(article.version, fresh.body.data.version);
    }
    return;
  }
  if (stale) tally.violations.push(`${action} ${base} with stale If-Match ${ifMatch} (current ${current}) was accepted`);
  if (action === 'withdraw') article.status = 'withdrawn';
  if (action === 'publish') article.status = 'published';
  if (action === 'delete') article.deleted = true;
  accept(tally, article, action, ifMatch + 1, { headline, answered: res.body?.data?.version ?? null });
}
