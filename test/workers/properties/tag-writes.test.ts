/**
 * Tag and author lists under concurrent and extreme writes: 20 creates sharing tags at once, 20
 * tag edits, 20 lifecycle writes, 20 cron runs at once, published_at at the ends of the range,
 * 50 tags of 100 characters, and enough invisible links (raw SQL) to drive the list through its
 * window and its intersection (src/db/articles.ts). After each batch every list of every tag,
 * pair of tags, tag and author, tag and section, walked at several page sizes, must give exactly
 * the public articles the stored rows say, newest first, each once; /v1/tags and /v1/authors
 * must count them; no answer may be a 5xx. The expected lists are worked out from the articles'
 * own columns, never from the links' copy of published_at nor the list's plans.
 */
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPublishedArticles, TAG_WINDOW } from '../../../src/db/articles';
import worker from '../../../src/index';
import type { Db } from '../../../src/storage/d1-session';
import { expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { CONCURRENCY, atOnce, expectHistoryIntact, tally } from './concurrency';
import { walk } from './paging';
import { AUTHORS, body, create, DUE, editedRaw, expectedIds, expectEveryHistoryIntact, expectListExact, expectListsExact, expectNoServerError, FIRST, invalidateCaches, isPublic, LAST, recorded, SECTIONS, send, SIZES, slug, slugsOf, stored, TAGS, type Filter } from './tag-oracle';

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z'), ('sport', 'Sport', '2023-01-01T00:00:00Z')").run();
});

const ids: string[] = [];

describe('tag lists under concurrent and extreme writes', { timeout: 240_000 }, () => {
  it('lists exactly the public articles after 20 creates sharing tags, authors and a headline at once', async () => {
    const answers = await atOnce(CONCURRENCY, (i) =>
      send('/v1/admin/articles', {
        method: 'POST',
        body: {
          headline: 'Shared headline',
          body_html: body,
          // A draft's or a scheduled article's own tag stays unlisted until it is published.
          tags: [...TAGS.filter((_, t) => ((i + 1) >> t) & 1), ...(i % 5 === 4 || i % 4 === 3 ? [`Unreleased ${i}`] : [])],
          authors: [{ slug: AUTHORS[i % 3], name: AUTHORS[i % 3]!.toUpperCase() }, ...(i % 4 === 0 ? [{ slug: 'ben', name: 'BEN' }] : [])],
          section: i % 3 === 2 ? null : SECTIONS[i % 2],
          ...(i % 5 === 4 ? { publish_at: DUE } : i % 4 === 3 ? {} : { status: 'published' }),
          ...(i % 7 === 6 ? { embargoed_until: DUE } : {}),
        },
      }).then((res) => expectJson(res, 201)),
    );
    ids.push(...answers.map((answer) => answer.data.id));
    for (const [i, answer] of answers.entries()) {
      expect(slugsOf(answer.data.tags).filter((t) => !t.startsWith('unreleased'))).toEqual(TAGS.filter((_, t) => ((i + 1) >> t) & 1).map(slug));
    }
    expect(new Set(answers.map((answer) => answer.data.slug)).size).toBe(CONCURRENCY);
    await expectEveryHistoryIntact();
    expect((await stored()).filter(isPublic).length).toBeGreaterThan(5);
    await expectListsExact();
    expectNoServerError();
  });

  it('lists exactly the public articles after 20 tag edits at once, on one article and on many', async () => {
    const [one, other] = [ids[0]!, ids[1]!];
    const version = (await stored()).find((a) => a.id === one)!.version;
    // Odd ones name an existing tag in capitals, and some an existing author by another name.
    const tagsOf = (i: number) => [i % 2 ? TAGS[i % 5]!.toUpperCase() : TAGS[i % 5]!, `Edit ${i}`];
    const authorsOf = (i: number) => (i % 3 === 0 ? { authors: [{ slug: 'ana', name: `Ana ${i}` }] } : {});
    // 5 name the version (one wins, four 412), 5 any version (all apply, one after another), 10 their own article.
    const answers = await atOnce(CONCURRENCY, (i) => {
      const [id, ifMatch] = i < 5 ? [one, `"${version}"`] : i < 10 ? [other, '*'] : [ids[i]!, '*'];
      return send(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { tags: tagsOf(i), ...authorsOf(i) }, headers: { 'If-Match': ifMatch } });
    });
    const codes = answers.map((res) => res.status);
    await Promise.all(answers.map((res) => res.body?.cancel()));
    expect(tally(codes.slice(0, 5))).toEqual({ 200: 1, 412: 4 });
    expect(codes.slice(5)).toEqual(Array(15).fill(200));
    const articles = await stored();
    const winner = codes.indexOf(200);
    expect(articles.find((a) => a.id === one)!.tags).toEqual(tagsOf(winner).map((t) => t.toLowerCase().replace(' ', '-')));
    expect((await expectHistoryIntact(other)).filter((saved) => saved.action === 'update')).toHaveLength(5);
    await expectEveryHistoryIntact();
    await expectListsExact({ tags: [...TAGS.map(slug), 'edit-3', 'edit-7'] });
    expectNoServerError();
  });

  it('lists exactly the public articles after 20 publishes, withdrawals, deletes and reschedules at once', async () => {
    const before = await stored();
    const byId = new Map(before.map((a) => [a.id, a]));
    const write = (i: number): Promise<Response> => {
      const id = ids[i]!;
      const state = byId.get(id)!.status;
      // Pairs on ids 0 and 1 race two different writes on one article; the rest is one write each.
      if (i === 0 || i === 1) return send(`/v1/admin/articles/${ids[0]}/${i === 0 ? 'withdraw' : 'publish'}`, { method: 'POST', body: i === 0 ? { reason: 'Raced' } : undefined });
      if (i % 4 === 0) return send(`/v1/admin/articles/${id}`, { method: 'DELETE' });
      if (state === 'published' && i % 4 === 1) return send(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', body: { reason: 'Wrong' } });
      if (state !== 'published' && i % 2 === 1) return send(`/v1/admin/articles/${id}/publish`, { method: 'POST', body: { publish_at: DUE } });
      return send(`/v1/admin/articles/${id}/publish`, { method: 'POST' });
    };
    const answers = await atOnce(CONCURRENCY, write);
    await Promise.all(answers.map((res) => res.body?.cancel()));
    for (const res of answers) expect([200, 204, 409]).toContain(res.status);
    const after = await stored();
    expect(after.filter((a) => a.status === 'scheduled').length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status === 'withdrawn').length).toBeGreaterThan(0);
    expect(after.filter((a) => a.deleted_at).length).toBeGreaterThan(0);
    await expectEveryHistoryIntact();
    await expectListsExact();
    expectNoServerError();
  });

  it('publishes each due article and lifts each due embargo once when 20 cron runs overlap', async () => {
    const due = (await stored()).filter((a) => !a.deleted_at && ((a.status === 'scheduled' && a.publish_at! <= DUE) || (a.status === 'published' && a.embargoed_until)));
    expect(due.length).toBeGreaterThan(2);
    const before = new Map(await Promise.all(due.map(async (a) => [a.id, await recorded(a.id)] as const)));
    const at = new Date(Date.parse(DUE) + 60_000);
    await atOnce(CONCURRENCY, () => worker.scheduled(createScheduledController({ scheduledTime: at, cron: '* * * * *' }), env));
    const after = new Map((await stored()).map((a) => [a.id, a]));
    for (const a of due) {
      const now = after.get(a.id)!;
      expect(now).toMatchObject({ status: 'published', embargoed_until: null, publish_at: null, version: a.version + 1 });
      if (a.status === 'scheduled') expect(now.published_at).toBe(a.publish_at);
      const { changes, revisions } = await recorded(a.id);
      const event = a.status === 'scheduled' ? 'article.published' : 'article.embargo_lifted';
      expect(changes, a.id).toEqual([...before.get(a.id)!.changes, event]);
      expect(revisions, a.id).toEqual([...before.get(a.id)!.revisions, 'publish:scheduler']);
    }
    await expectEveryHistoryIntact();
    await expectListsExact();
    expectNoServerError();
  });

  it('keeps lists ordered and walkable from the first second of year 0000 to the last of 9999', async () => {
    // The latest the API takes: scheduled for the last second of 9999, published by the cron then.
    const late = await Promise.all(
      [LAST, '9999-12-31T23:59:59.999+00:00'].map((at, i) => create({ headline: `Last ${i}`, tags: ['Kenya', 'Edge'], authors: ['ana'], publish_at: at })),
    );
    expect(late.map((a) => a.publish_at)).toEqual([LAST, LAST]);
    for (const beyond of ['10000-01-01T00:00:00Z', '9999-12-31T23:59:59-00:01']) {
      const res = await send('/v1/admin/articles', { method: 'POST', body: { headline: 'Beyond', body_html: body, publish_at: beyond } });
      expect((await expectJson(res, 422)).errors.map((e: { path: string }) => e.path)).toEqual(['publish_at']);
    }
    await worker.scheduled(createScheduledController({ scheduledTime: new Date(LAST), cron: '* * * * *' }), env);
    // No write takes an earlier date than now: raw rows at the first second there is, tied, and a third at the last.
    const raw = ['art_raw_a', 'art_raw_c', 'art_raw_b'];
    editedRaw.add(ids[2]!);
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, status, published_at, created_at, updated_at)
         SELECT value, value, 'Raw', '', '<p>x</p>', 'x', 1, 1, 'published', CASE WHEN value = 'art_raw_b' THEN ?2 ELSE ?1 END, ?1, ?1 FROM json_each(?3)`,
      ).bind(FIRST, LAST, JSON.stringify(raw)),
      env.DB.prepare(
        `INSERT INTO article_tags (article_id, tag_id, position) SELECT j.value, t.id, t.slug = 'edge' FROM json_each(?1) j, tags t WHERE t.slug IN ('kenya', 'edge')`,
      ).bind(JSON.stringify(raw)),
      // Dates moved by raw SQL (the links follow by trigger): one raw row to the end, an API one to the start.
      env.DB.prepare("UPDATE articles SET published_at = ?1 WHERE id = 'art_raw_c'").bind(LAST),
      env.DB.prepare('UPDATE articles SET published_at = ?1 WHERE id = ?2').bind(FIRST, ids[2]),
    ]);
    await invalidateCaches();
    const articles = await stored();
    const edge = expectedIds(articles, { tags: ['edge'] });
    expect(edge).toEqual(['art_raw_c', 'art_raw_b', ...late.map((a) => a.id).sort().reverse(), 'art_raw_a']);
    expect(articles.find((a) => a.id === ids[2])).toMatchObject({ status: 'published', published_at: FIRST, tags: expect.arrayContaining(['kenya']) });
    await expectListsExact({ tags: ['kenya', 'edge', 'haiti'], authors: ['ana'] });
    for (const [since, until] of [['0000-01-01', '9999-12-31'], [FIRST, FIRST], [LAST, LAST], ['0000-01-02', '9999-12-30']]) {
      const inRange = articles.filter((a) => a.published_at! >= since! && a.published_at! <= (until!.length === 10 ? `${until}T23:59:59Z` : until!));
      const path = `/v1/articles?tag=edge&since=${since}&until=${until}&fields=id`;
      for (const limit of SIZES) {
        expect((await walk<{ id: string }>({ path }, [limit])).items.map((item) => item.id), path).toEqual(edge.filter((id) => inRange.some((a) => a.id === id)));
      }
    }
    expectNoServerError();
  });

  it('takes 50 tags of 100 characters (the schema\'s bounds) on one article, and 20 such edits at once, and lists each tag', async () => {
    const long = (i: number, fill = 'x') => `${String(i).padStart(2, '0')} ${'Long tag '.repeat(11)}`.slice(0, 97).padEnd(100, fill);
    const names = Array.from({ length: 50 }, (_, i) => long(i));
    const created = await create({ headline: 'Many tags', tags: names, status: 'published', authors: ['ben'] });
    expect(created.tags).toHaveLength(50);
    // Slugs stop at 80 characters: names that differ only past them are one tag.
    const collide = await create({ headline: 'Colliding tags', tags: [long(3, 'y'), long(3, 'z'), long(4)], status: 'published' });
    expect(slugsOf(collide.tags)).toEqual([created.tags[3].slug, created.tags[4].slug]);
    for (const tags of [[...names, 'one more'], ['x'.repeat(101)]]) {
      const res = await send('/v1/admin/articles', { method: 'POST', body: { headline: 'Too many', body_html: body, tags } });
      expect((await expectJson(res, 422)).errors[0].path).toMatch(/^tags/);
    }
    const others: string[] = await Promise.all(
      [0, 1, 2].map(async (k) => (await create({ headline: `Long ${k}`, tags: names.filter((_, i) => i % 3 === k), status: 'published', authors: ['cy'] })).id),
    );
    const edits = await atOnce(CONCURRENCY, (i) =>
      send(`/v1/admin/articles/${i % 2 ? created.id : others[i % 3]}`, { method: 'PATCH', body: { tags: names.filter((_, t) => (t + i) % 4 !== 0) }, headers: { 'If-Match': '*' } }),
    );
    await Promise.all(edits.map((res) => res.body?.cancel()));
    expect(edits.map((res) => res.status)).toEqual(Array(CONCURRENCY).fill(200));
    await expectEveryHistoryIntact();
    const slugs = slugsOf(created.tags);
    expect(new Set(slugs).size).toBe(50);
    expect(slugs.every((s) => s.length >= 79 && s.length <= 80)).toBe(true);
    // By name as written, the list finds the tag by its slug.
    const articles = await stored();
    await expectListExact({ tags: [names[0]!] }, expectedIds(articles, { tags: [slugs[0]!] }));
    await expectListsExact({ tags: [0, 1, 3, 49].map((i) => slugs[i]!), authors: ['ben', 'cy'], sections: ['world'] });
    await expectListExact({ tags: slugs.slice(0, 10) }, expectedIds(articles, { tags: slugs.slice(0, 10) }));
    expectNoServerError();
  });

  it('lists exactly past the window and through the intersection, over 6,580 invisible links', async () => {
    // Two fresh tags (their counts are not cached yet) on 3,290 invisible articles each: deleted
    // ones dated far ahead (the top of every window), withdrawn ones of 1990 and drafts; and ten
    // public ones of 1970, past the first window (2,000 links) of any list of these tags.
    await env.DB.batch([
      env.DB.prepare("INSERT INTO tags (slug, name, created_at) VALUES ('crowd', 'Crowd', ?1), ('throng', 'Throng', ?1)").bind(FIRST),
      env.DB.prepare(
        `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 3300)
         INSERT INTO articles (id, slug, headline, excerpt, body_html, body_text, word_count, reading_time_minutes, status, published_at, created_at, updated_at, deleted_at)
         SELECT 'art_raw' || printf('%05d', n), 'raw-crowd-' || n, 'Crowd', '', '<p>x</p>', 'x', 1, 1,
           CASE WHEN n > 3290 OR n % 3 = 0 THEN 'published' WHEN n % 3 = 1 THEN 'withdrawn' ELSE 'draft' END,
           CASE WHEN n > 3290 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '1970-01-01', '+' || n || ' minutes')
             WHEN n % 3 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '9000-01-01', '+' || n || ' minutes')
             WHEN n % 3 = 1 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '1990-01-01', '+' || n || ' minutes') END,
           ?1, ?1, CASE WHEN n <= 3290 AND n % 3 = 0 THEN ?1 END
         FROM seq`,
      ).bind('2026-01-01T00:00:00Z'),
      env.DB.prepare(
        `INSERT INTO article_tags (article_id, tag_id, position)
         SELECT a.id, t.id, t.slug = 'throng' FROM articles a, tags t WHERE a.id LIKE 'art_raw0%' AND t.slug IN ('crowd', 'throng')`,
      ),
      env.DB.prepare(
        "INSERT INTO article_authors (article_id, author_id, position) SELECT a.id, au.id, 0 FROM articles a, authors au WHERE a.id LIKE 'art_raw0%' AND au.slug = 'ana'",
      ),
    ]);
    await invalidateCaches();
    // Public ones through the API: 7 carry both tags (the first page at limit 7 fills its window
    // exactly, and the rest lies past it), others only one, authors ana and ben.
    const made = await atOnce(CONCURRENCY, (i) =>
      create({
        headline: `Crowd ${i}`,
        tags: i < 7 ? ['Crowd', 'Throng', 'Kenya'] : [i % 2 ? 'Crowd' : 'Throng'],
        authors: [AUTHORS[i % 2]],
        section: SECTIONS[i % 2],
        status: i % 10 === 9 ? 'draft' : 'published',
      }),
    );
    expect(made).toHaveLength(CONCURRENCY);
    const lists = await expectListsExact({ tags: ['crowd', 'throng', 'kenya'], authors: ['ana', 'ben'] });

    // The plans the walks went through: a window that filled a small page, then the intersection.
    const seen: { sql: string; rows: number }[] = [];
    const recording = (sql: string, statement: D1PreparedStatement): D1PreparedStatement =>
      new Proxy(statement, {
        get(target, name) {
          if (name === 'bind') return (...values: unknown[]) => recording(sql, target.bind(...values));
          if (name === 'all') {
            return async () => {
              const result = await target.all();
              seen.push({ sql, rows: result.meta.rows_read });
              return result;
            };
          }
          const value = Reflect.get(target, name, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const db: Db = { prepare: (sql: string) => recording(sql, env.DB.prepare(sql)), batch: env.DB.batch.bind(env.DB) };
    const plans: Record<string, string> = {};
    const cases: [string, Filter, number][] = [
      ['two tags, small page', { tags: ['crowd', 'throng'] }, 3],
      ['two tags, page of 50', { tags: ['crowd', 'throng'] }, 50],
      ['tag and author', { tags: ['crowd'], author: 'ben' }, 50],
    ];
    for (const [name, filter, limit] of cases) {
      seen.length = 0;
      const page = await listPublishedArticles(db, filter, { limit, includeBody: false });
      expect(page.rows.map((row) => row.id)).toEqual(expectedIds(await stored(), filter).slice(0, limit));
      const reads = seen.filter((s) => s.sql.includes('FROM (SELECT') && !s.sql.includes('COUNT(*)'));
      plans[name] = `${reads.map((s) => (s.sql.includes('INTERSECT') ? 'intersect' : 'window')).join('+')} (${reads.map((s) => s.rows).join('+')} rows read)`;
    }
    console.log(JSON.stringify({ event: 'tag-writes-plans', window: TAG_WINDOW, lists, plans }));
    expect(plans['two tags, small page']).toMatch(/^window \(/);
    expect(plans['two tags, page of 50']).toMatch(/^window\+intersect/);
    expect(plans['tag and author']).toMatch(/^window\+intersect/);
    expectNoServerError();
  });

  it('records the stored names when 20 writes create the same new tag and author at once under different names', async () => {
    // Each write sees the term as new; one name is stored first, and every revision must say it.
    const names = ['Brand New', 'BRAND NEW', 'brand new', 'Brand  New!'];
    const answers = await atOnce(CONCURRENCY, (i) =>
      send('/v1/admin/articles', {
        method: 'POST',
        body: { headline: `Race ${i}`, body_html: body, status: 'published', tags: [names[i % 4]!, 'Kenya'], authors: [{ slug: 'newcomer', name: `Newcomer ${i}` }] },
      }).then((res) => expectJson(res, 201)),
    );
    const raced = answers.map((answer) => answer.data.id as string);
    const { results: terms } = await env.DB.prepare("SELECT (SELECT name FROM tags WHERE slug = 'brand-new') AS tag, (SELECT name FROM authors WHERE slug = 'newcomer') AS author").all<{ tag: string; author: string }>();
    expect(names).toContain(terms[0]!.tag);
    for (const id of raced) {
      const [saved] = await expectHistoryIntact(id);
      expect(saved!.article.tags[0]).toEqual({ slug: 'brand-new', name: terms[0]!.tag });
      expect(saved!.article.authors).toEqual([{ slug: 'newcomer', name: terms[0]!.author }]);
    }
    expectNoServerError();
  });
});
