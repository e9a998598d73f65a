/**
 * The fuzzer's run: a small newsroom to aim at, keys of every role, then FUZZ_RUNS generated
 * requests over the operations a test file claims, each answer checked against the document.
 * Failures are collected (one per operation and kind of failure) rather than stopping at the
 * first, so that one run shows everything it found; the seed reproduces the run exactly.
 */
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { upsertSectionStatement } from '../../../src/db/article-writes';
import { images } from '../helpers/images';
import { type Contract, type Operation, loadContract } from './contract';
import { type KeyKind, type Pools, describeRequest, initOf, requestFor, urlOf } from './requests';

/** Generated requests per test file when FUZZ_RUNS does not say. */
export const DEFAULT_RUNS = 450;

/** Which test file fuzzes which operations, by path: every operation is claimed by exactly one file. */
export const GROUPS: Record<string, (op: Operation) => boolean> = {
  'public-articles': (op) => op.template.startsWith('/v1/articles'),
  'public-lists': (op) => /^\/(v1\/(sections|tags|authors|changes|feed)|sitemap)/.test(op.template),
  embeds: (op) => /^\/(oembed|embed|media\/|problems|health)/.test(op.template),
  'admin-articles': (op) => op.template.startsWith('/v1/admin/articles'),
  'admin-keys-media': (op) => /^\/v1\/admin\/(keys|media)/.test(op.template),
};

/** Everything no named group claims: routes added later are fuzzed without anyone listing them. */
export const unclaimed = (op: Operation) => !Object.values(GROUPS).some((claims) => claims(op));

const HIGH_LIMIT = { requests: 1_000_000, period_seconds: 60 };

async function createFixture(contract: Contract): Promise<{ pools: Pools; secrets: Record<KeyKind, string | null> }> {
  const key = async (role: string, name = `${role} fuzz key`) =>
    (await expectJson(await call('/v1/admin/keys', { method: 'POST', body: { name, role, allowed_origins: [], rate_limit: HIGH_LIMIT } }), 201)).data;
  const [partner, editor, admin] = [await key('partner'), await key('editor'), await key('admin')];
  const throwaway = await Promise.all([1, 2, 3, 4].map((n) => key('partner', `revocable ${n}`)));
  const upload = await exports.default.fetch('http://byline.test/v1/admin/media?alt=A%20chart', {
    method: 'POST',
    body: images.png(20, 10),
    headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${ROOT}` },
  });
  const media = (await expectJson(upload, 201)).data;
  // Sections are the newsroom's own (no API creates them); written as the app writes them.
  await env.DB.batch(['world', 'politics', 'business'].map((slug) => upsertSectionStatement(env.DB, { slug, name: slug, description: null }, '2023-01-01T00:00:00Z')));
  const articles = [];
  for (let i = 0; i < 12; i++) {
    articles.push(
      await createArticle({
        headline: `Fuzz target ${i}: ${['Kenya', 'Haiti', 'Nairobi', 'Port-au-Prince'][i % 4]} talks`,
        body_html: `<p>Paragraph ${i} about diplomacy, ministers and "quotes".</p>`,
        section: ['world', 'politics', 'business'][i % 3],
        tags: [['Kenya', 'Haiti'], ['Diplomacy'], ['Kenya']][i % 3],
        authors: [{ slug: `writer-${i % 2}`, name: `Writer ${i % 2}` }],
        status: i < 9 ? 'published' : 'draft',
        ...(i === 0 ? { image_id: media.id } : {}),
      }),
    );
  }
  const withdrawn = articles[1];
  await expectJson(await call(`/v1/admin/articles/${withdrawn.id}/withdraw`, { method: 'POST', body: { reason: 'Legal.' }, headers: { 'If-Match': `"${withdrawn.version}"` } }), 200);
  const renamed = articles[2];
  await expectJson(await call(`/v1/admin/articles/${renamed.id}`, { method: 'PATCH', body: { slug: `${renamed.slug}-renamed` }, headers: { 'If-Match': `"${renamed.version}"` } }), 200);

  // A real cursor from every list the document has, so that `cursor` values reach the decoder's happy path too.
  const cursors: Pools = {};
  for (const op of contract.operations) {
    if (op.method !== 'get' || op.template.includes('{') || !op.parameters.some((p) => p.name === 'cursor')) continue;
    const res = await call(`${op.template}?limit=1`);
    const body = res.headers.get('Content-Type')?.includes('json') ? ((await res.json()) as { next_cursor?: string | null }) : {};
    if (body.next_cursor) cursors[`cursor@${op.template}`] = [body.next_cursor];
  }
  const slugs = articles.map((a) => a.slug);
  const pools: Pools = {
    slug: [...slugs, `${renamed.slug}-renamed`, articles[0].id],
    id: [...articles.map((a) => a.id), ...throwaway.map((k: { id: string }) => k.id)],
    key: [media.key ?? media.url.split('/').pop(), partner.prefix],
    section: ['world', 'politics', 'business'],
    tag: ['kenya', 'haiti', 'diplomacy'],
    author: ['writer-0', 'writer-1'],
    q: ['kenya', 'kenya haiti', '"diplomacy ministers"', 'nair*', 'talks OR quotes'],
    url: [...articles.map((a) => a.url), ...slugs.map((slug) => `http://byline.test/v1/articles/${slug}`)],
    ...cursors,
    'body:section': ['world', 'politics', 'business'],
    'body:image_id': [media.id],
    'body:publish_at': ['2031-01-01T00:00:00Z', '2030-06-01T12:00:00Z'],
    'body:language': ['en', 'fr', 'pt-BR'],
    fields: ['slug,headline', 'headline,url,published_at', 'body_html,body_text', 'id,version,tags', 'image'],
  };
  const secrets: Record<KeyKind, string | null> = {
    none: null,
    partner: partner.secret,
    editor: editor.secret,
    admin: admin.secret,
    root: ROOT,
    unknown: 'byl_unknownkey_0000000000000000000000',
    malformed: 'Basic dXNlcjpwYXNz',
  };
  return { pools, secrets };
}

/** Fuzzes the operations `claims` picks from the app's own document (see GROUPS). */
export function fuzzOperations(name: string, claims: (op: Operation) => boolean, defaultRuns = DEFAULT_RUNS): void {
  describe(`the contract fuzzer on ${name}`, () => {
    let contract: Contract;
    let fixture: Awaited<ReturnType<typeof createFixture>>;
    beforeAll(async () => {
      await resetStorage();
      contract = await loadContract();
      fixture = await createFixture(contract);
    }, 120_000);

    it('answers every generated request as the document says: no 5xx, errors as problems, 2xx bodies valid', { timeout: 240_000 }, async () => {
      const operations = contract.operations.filter(claims);
      if (operations.length === 0) return;
      const seed = Number(env.FUZZ_SEED || Date.now() % 2 ** 31);
      const runs = Number(env.FUZZ_RUNS || defaultRuns);
      console.log(`fuzz ${name}: ${operations.length} operations, seed ${seed}, ${runs} requests (again: FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`);
      const failures = new Map<string, string>();
      const statuses = new Map<number, number>();
      const resolve = contract.resolve as (node: object) => Record<string, unknown>;
      const arbitrary = fc.constantFrom(...operations).chain((op) => fc.oneof(requestFor(op, fixture.pools, resolve, 'valid'), requestFor(op, fixture.pools, resolve, 'hostile')).map((request) => ({ op, request })));
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ op, request }) => {
          let res: Response;
          let text: string;
          try {
            res = await exports.default.fetch(urlOf(request), initOf(request, fixture.secrets));
            text = await res.text();
          } catch (error) {
            failures.set(`${op.method} ${op.template}: threw`, `${describeRequest(request)} → threw ${String(error)}`);
            return;
          }
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const answered = contract.match(request.method, new URL(urlOf(request)).pathname);
          for (const problem of contract.check(answered, res, text)) {
            const where = answered && answered !== 'no-method' ? `${answered.method} ${answered.template}` : `${request.method} (unlisted)`;
            const kind = `${where}: ${problem.replace(/:.*$/s, '')}`;
            if (!failures.has(kind)) failures.set(kind, `${describeRequest(request)} → ${problem}`);
          }
        }),
        { seed, numRuns: runs, endOnFailure: true },
      );
      console.log(`fuzz ${name}: statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
      expect([...failures.entries()].map(([kind, example]) => `${kind}\n    e.g. ${example}`)).toEqual([]);
    });
  });
}
