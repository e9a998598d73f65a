import { createScheduledController } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../../src/index';
import { call, createArticle, expectJson } from '../helpers/admin';
import { get, resetStorage } from '../helpers/articles';

beforeAll(async () => {
  await resetStorage();
  await env.DB.prepare("INSERT INTO sections (slug, name, created_at) VALUES ('world', 'World', '2023-01-01T00:00:00Z')").run();
});

const body = '<p>Kenya and Haiti officially established diplomatic relations on Wednesday.</p>';

describe('creating articles', () => {
  it('creates a draft by default with derived fields, a slug from the headline and a version ETag', async () => {
    const res = await call('/v1/admin/articles', {
      method: 'POST',
      body: { headline: 'Kenya, Haiti Set Up Ties', body_html: body, section: 'world', tags: ['Kenya', 'United Nations'], authors: [{ slug: 'jane-doe', name: 'Jane Doe' }] },
    });
    const { data } = await expectJson(res, 201);
    expect(res.headers.get('ETag')).toBe('"1"');
    expect(res.headers.get('Location')).toBe(`/v1/admin/articles/${data.id}`);
    expect(data).toMatchObject({
      slug: 'kenya-haiti-set-up-ties',
      status: 'draft',
      version: 1,
      published_at: null,
      word_count: 9,
      reading_time_minutes: 1,
      excerpt: 'Kenya and Haiti officially established diplomatic relations on Wednesday.',
      body_text: 'Kenya and Haiti officially established diplomatic relations on Wednesday.',
      section: { slug: 'world', name: 'World' },
      tags: [{ slug: 'kenya', name: 'Kenya' }, { slug: 'united-nations', name: 'United Nations' }],
      authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    });
    expect((await get(`/v1/articles/${data.slug}`)).status).toBe(404);
  });

  it('gives an article without url a canonical one on the publisher\'s site that follows its slug, and keeps a given one', async () => {
    const made = await createArticle({ headline: 'Where It Lives', body_html: body, section: 'world' });
    expect(made.url).toBe(`${env.SITE_URL}/world/where-it-lives`);
    const moved = await expectJson(await call(`/v1/admin/articles/${made.id}`, { method: 'PATCH', body: { slug: 'new-home' }, headers: { 'If-Match': '"1"' } }), 200);
    expect(moved.data.url).toBe(`${env.SITE_URL}/world/new-home`);
    const given = await createArticle({ headline: 'Given Url', body_html: body, url: 'https://elsewhere.example/a' });
    const kept = await expectJson(await call(`/v1/admin/articles/${given.id}`, { method: 'PATCH', body: { slug: 'given-moved' }, headers: { 'If-Match': '"1"' } }), 200);
    expect(kept.data.url).toBe('https://elsewhere.example/a');
  });

  it('keeps generated slugs unique with a suffix, and answers 409 for an explicit slug that is taken', async () => {
    const a = await createArticle({ headline: 'Same Headline', body_html: body });
    const b = await createArticle({ headline: 'Same Headline', body_html: body });
    const c = await createArticle({ headline: 'Same Headline', body_html: body });
    expect([a.slug, b.slug, c.slug]).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
    const clash = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Other', slug: 'same-headline', body_html: body } });
    expect(clash.status).toBe(409);
    expect(clash.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('publishes at once with status published, visible to public reads', async () => {
    const article = await createArticle({ headline: 'Published At Once', body_html: body, status: 'published' });
    expect(article.status).toBe('published');
    expect(article.published_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect((await get('/v1/articles/published-at-once')).status).toBe(200);
  });

  it('sanitizes body_html on write', async () => {
    const article = await createArticle({ headline: 'Sanitized', body_html: '<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">link</a></p>' });
    expect(article.body_html).toBe('<p>Hi <a rel="noopener noreferrer nofollow">link</a></p>');
  });

  it('cuts a long derived excerpt at a word boundary within 300 characters', async () => {
    const article = await createArticle({ headline: 'Long', body_html: `<p>${'lorem ipsum '.repeat(60)}</p>` });
    expect(article.excerpt.length).toBeLessThanOrEqual(300);
    expect(article.excerpt).toMatch(/ipsum…$|lorem…$/);
    expect(article.word_count).toBe(120);
  });
});

describe('updating with If-Match', () => {
  it('answers 428 without If-Match and 412 when it is stale', async () => {
    const article = await createArticle({ headline: 'Versioned', body_html: body });
    const missing = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline: 'New' } });
    expect(missing.status).toBe(428);
    const stale = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline: 'New' }, headers: { 'If-Match': '"7"' } });
    expect(stale.status).toBe(412);
  });

  it('bumps the version and the ETag on success, keeping what was not sent', async () => {
    const article = await createArticle({ headline: 'Editable', body_html: body, tags: ['Haiti'] });
    const res = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { standfirst: 'A dek.' }, headers: { 'If-Match': '"1"' } });
    const { data } = await expectJson(res, 200);
    expect(res.headers.get('ETag')).toBe('"2"');
    expect(data).toMatchObject({ version: 2, standfirst: 'A dek.', headline: 'Editable', tags: [{ slug: 'haiti', name: 'Haiti' }] });
  });

  it('lets exactly one of two concurrent PATCHes with the same If-Match win, and keeps both states in revisions', async () => {
    const article = await createArticle({ headline: 'Contended', body_html: body });
    const patch = (headline: string) =>
      call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline }, headers: { 'If-Match': '"1"' } });
    const results = await Promise.all([patch('First writer'), patch('Second writer')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = ((await (results.find((r) => r.status === 200)!).json()) as any).data.headline;
    const { data: revisions } = await expectJson(await call(`/v1/admin/articles/${article.id}/revisions`), 200);
    expect(revisions.map((r: any) => [r.version, r.article.headline])).toEqual([
      [2, winner],
      [1, 'Contended'],
    ]);
  });

  it('re-derives a derived excerpt when the body changes, but keeps a given one', async () => {
    const derived = await createArticle({ headline: 'Derived', body_html: '<p>Old body.</p>' });
    const given = await createArticle({ headline: 'Given', body_html: '<p>Old body.</p>', excerpt: 'Hand written.' });
    const patch = (id: string) => call(`/v1/admin/articles/${id}`, { method: 'PATCH', body: { body_html: '<p>New body.</p>' }, headers: { 'If-Match': '"1"' } });
    expect((await expectJson(await patch(derived.id), 200)).data.excerpt).toBe('New body.');
    expect((await expectJson(await patch(given.id), 200)).data.excerpt).toBe('Hand written.');
  });
});

describe('publishing, withdrawing and deleting', () => {
  it.each([
    ['republishes', { status: 'published' }, 'published'],
    ['takes back to draft', { status: 'draft' }, 'draft'],
    ['schedules', { publish_at: '2031-01-01T00:00:00Z' }, 'scheduled'],
  ])('drops the withdrawn reason when a PATCH %s a withdrawn article, as publishing does', async (_, patch, status) => {
    const article = await createArticle({ headline: `Withdrawn Then ${status}`, body_html: body, status: 'published' });
    await expectJson(await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal review' } }), 200);
    const { data } = await expectJson(await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: patch, headers: { 'If-Match': '"2"' } }), 200);
    expect(data).toMatchObject({ status, withdrawn_reason: null, version: 3 });
  });

  it('publishes, withdraws (public 410) and deletes (public 404), recording each in revisions and the change feed', async () => {
    const article = await createArticle({ headline: 'Lifecycle', body_html: body });
    const { data: published } = await expectJson(await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST' }), 200);
    expect(published).toMatchObject({ status: 'published', version: 2 });
    expect((await get('/v1/articles/lifecycle')).status).toBe(200);

    const noReason = await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: {} });
    expect(noReason.status).toBe(422);
    const { data: withdrawn } = await expectJson(await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal review' } }), 200);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'Legal review', version: 3 });
    const gone = await get('/v1/articles/lifecycle');
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ withdrawn_reason: 'Legal review' });

    const deleted = await call(`/v1/admin/articles/${article.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await get('/v1/articles/lifecycle')).status).toBe(404);
    expect((await call(`/v1/admin/articles/${article.id}`)).status).toBe(404);

    const { data: revisions } = await expectJson(await call(`/v1/admin/articles/${article.id}/revisions`), 200);
    expect(revisions.map((r: any) => [r.version, r.action, r.key_id])).toEqual([
      [4, 'delete', 'root'],
      [3, 'withdraw', 'root'],
      [2, 'publish', 'root'],
      [1, 'create', 'root'],
    ]);
    expect(revisions[1].article).toMatchObject({ status: 'withdrawn', headline: 'Lifecycle', withdrawn_reason: 'Legal review' });

    const { data: changes } = await expectJson(await get('/v1/changes?limit=1000'), 200);
    expect(changes.filter((ch: any) => ch.id === article.id).map((ch: any) => [ch.change, ch.version])).toEqual([
      ['upsert', 2],
      ['withdrawn', 3],
      ['deleted', 4],
    ]);
  });

  it('answers 409 when withdrawing an article that is not published', async () => {
    const draft = await createArticle({ headline: 'Still A Draft', body_html: body });
    expect((await call(`/v1/admin/articles/${draft.id}/withdraw`, { method: 'POST', body: { reason: 'x' } })).status).toBe(409);
  });

  it('lists every state but deleted, with a status filter and a cursor', async () => {
    const { data: drafts } = await expectJson(await call('/v1/admin/articles?status=draft&limit=100'), 200);
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((a: any) => a.status === 'draft')).toBe(true);
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await expectJson(await call(`/v1/admin/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}`), 200);
      slugs.push(...page.data.map((a: any) => a.slug));
      cursor = page.next_cursor;
    } while (cursor);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('lifecycle');
    const total = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE deleted_at IS NULL').first<{ n: number }>();
    expect(slugs.length).toBe(total!.n);
  });
});

describe('scheduling', () => {
  it('schedules with publish_at and publishes from the Cron Trigger once due, idempotently', async () => {
    const article = await createArticle({ headline: 'Scheduled Story', body_html: body, publish_at: '2030-01-01T08:00:00Z' });
    expect(article).toMatchObject({ status: 'scheduled', publish_at: '2030-01-01T08:00:00Z', published_at: null });
    expect((await get('/v1/articles/scheduled-story')).status).toBe(404);

    const runAt = (iso: string) => worker.scheduled(createScheduledController({ scheduledTime: new Date(iso), cron: '* * * * *' }), env);
    await runAt('2029-12-31T23:59:00Z');
    expect((await get('/v1/articles/scheduled-story')).status).toBe(404);

    await runAt('2030-01-01T08:00:30Z');
    const { data } = await expectJson(await get('/v1/articles/scheduled-story'), 200);
    expect(data.published_at).toBe('2030-01-01T08:00:00Z');

    await runAt('2030-01-01T08:01:00Z');
    const { data: revisions } = await expectJson(await call(`/v1/admin/articles/${article.id}/revisions`), 200);
    expect(revisions.map((r: any) => [r.version, r.action, r.key_id])).toEqual([
      [2, 'publish', 'scheduler'],
      [1, 'create', 'root'],
    ]);
    const { data: changes } = await expectJson(await get('/v1/changes?limit=1000'), 200);
    expect(changes.filter((ch: any) => ch.id === article.id)).toHaveLength(1);
  });

  it('schedules through the publish endpoint too', async () => {
    const article = await createArticle({ headline: 'Later', body_html: body });
    const { data } = await expectJson(await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST', body: { publish_at: '2031-05-01T10:00:00+02:00' } }), 200);
    expect(data).toMatchObject({ status: 'scheduled', publish_at: '2031-05-01T08:00:00Z' });
  });
});

describe('publish_at rules', () => {
  it('answers 422 on publish_at in the past, on create, update and publish', async () => {
    for (const publish_at of ['2020-01-01T00:00:00Z', '0000-01-01T00:00:00Z']) {
      const created = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Backdated', body_html: body, publish_at } }), 422);
      expect(created.errors.map((e: any) => e.path)).toEqual(['publish_at']);
      expect(created.errors[0].message).toMatch(/in the past/);
    }
    const draft = await createArticle({ headline: 'Draft To Backdate', body_html: body });
    const patched = await call(`/v1/admin/articles/${draft.id}`, { method: 'PATCH', body: { publish_at: '2020-01-01T00:00:00Z' }, headers: { 'If-Match': '*' } });
    expect((await expectJson(patched, 422)).errors.map((e: any) => e.path)).toEqual(['publish_at']);
    const published = await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST', body: { publish_at: '2020-01-01T00:00:00Z' } });
    expect((await expectJson(published, 422)).errors.map((e: any) => e.path)).toEqual(['publish_at']);
    const { data } = await expectJson(await call(`/v1/admin/articles/${draft.id}`), 200);
    expect(data).toMatchObject({ status: 'draft', version: 1, publish_at: null });
  });

  it('answers 409 when scheduling an article that is live, which stays live', async () => {
    const live = await createArticle({ headline: 'Live Story', body_html: body, status: 'published' });
    const patched = await call(`/v1/admin/articles/${live.id}`, { method: 'PATCH', body: { publish_at: '2030-01-01T00:00:00Z' }, headers: { 'If-Match': '*' } });
    expect((await expectJson(patched, 409)).detail).toMatch(/already published/);
    const scheduled = await call(`/v1/admin/articles/${live.id}/publish`, { method: 'POST', body: { publish_at: '2030-01-01T00:00:00Z' } });
    expect((await expectJson(scheduled, 409)).detail).toMatch(/already published/);
    expect((await get('/v1/articles/live-story')).status).toBe(200);
    const { data: changes } = await expectJson(await get('/v1/changes?limit=1000'), 200);
    expect(changes.filter((ch: any) => ch.id === live.id).map((ch: any) => ch.change)).toEqual(['upsert']);
  });

  it('schedules a withdrawn article again', async () => {
    const article = await createArticle({ headline: 'Comeback', body_html: body, status: 'published' });
    await expectJson(await call(`/v1/admin/articles/${article.id}/withdraw`, { method: 'POST', body: { reason: 'Legal review.' } }), 200);
    const { data } = await expectJson(await call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST', body: { publish_at: '2030-01-01T00:00:00Z' } }), 200);
    expect(data).toMatchObject({ status: 'scheduled', publish_at: '2030-01-01T00:00:00Z' });
  });
});

describe('nothing half-written', () => {
  it('rolls back the whole write when one statement of the batch fails', async () => {
    const article = await createArticle({ headline: 'Atomic', body_html: body, tags: ['Kenya'] });
    // A trigger aborts any insert of the tag "Poison", which comes late in the write's batch,
    // after the revision and the article update have run.
    await env.DB.prepare(
      "CREATE TRIGGER poison BEFORE INSERT ON tags WHEN NEW.slug = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END",
    ).run();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await call(`/v1/admin/articles/${article.id}`, {
        method: 'PATCH',
        body: { headline: 'Half Written?', tags: ['Kenya', 'Poison'] },
        headers: { 'If-Match': '"1"' },
      });
      expect(res.status).toBe(500);
      const row = await env.DB.prepare('SELECT headline, version FROM articles WHERE id = ?1').bind(article.id).first();
      expect(row).toEqual({ headline: 'Atomic', version: 1 });
      const links = await env.DB.prepare('SELECT COUNT(*) AS n FROM article_tags WHERE article_id = ?1').bind(article.id).first<{ n: number }>();
      expect(links!.n).toBe(1);
      const revisions = await env.DB.prepare('SELECT COUNT(*) AS n FROM revisions WHERE article_id = ?1').bind(article.id).first<{ n: number }>();
      expect(revisions!.n).toBe(1);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      await env.DB.prepare('DROP TRIGGER poison').run();
    }
  });
});

describe('validation', () => {
  it('answers 422 naming image_id for an empty one, on create and on PATCH, and stores nothing', async () => {
    const created = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'No Image', body_html: body, image_id: '' } }), 422);
    expect(created.errors.map((e: any) => e.path)).toEqual(['image_id']);
    expect((await env.DB.prepare("SELECT count(*) AS n FROM articles WHERE slug = 'no-image'").first<{ n: number }>())!.n).toBe(0);
    const article = await createArticle({ headline: 'Keeps Its Image', body_html: body });
    const patched = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { image_id: '' }, headers: { 'If-Match': '"1"' } });
    expect((await expectJson(patched, 422)).errors.map((e: any) => e.path)).toEqual(['image_id']);
  });

  it('answers 422 naming a tag in a script a slug cannot hold, saying so', async () => {
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Tagged', body_html: body, tags: ['Kenya', 'Россия'] } }), 422);
    expect(problem.errors).toEqual([{ path: 'tags.1', message: expect.stringContaining('Latin letters') }]);
  });

  it('names every wrong field with 422', async () => {
    const res = await call('/v1/admin/articles', { method: 'POST', body: { headline: '', body_html: 5, section: 'Not A Slug', tags: 'x' } });
    const problem = await expectJson(res, 422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(problem.errors.map((e: any) => e.path).sort()).toEqual(['body_html', 'headline', 'section', 'tags']);
  });

  it('answers 422 when a body both publishes now and schedules', async () => {
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'x', body_html: body, status: 'published', publish_at: '2030-01-01T00:00:00Z' } }), 422);
    expect(problem.errors.map((e: any) => e.path)).toEqual(['publish_at']);
  });

  it('answers 422 on body_html when nothing is left after sanitizing, on create and update', async () => {
    for (const body_html of ['<script>x</script>', '<style>p{}</style> \n', '<iframe src="https://x.test"></iframe>']) {
      const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 's', body_html } }), 422);
      expect(problem.errors.map((e: any) => e.path)).toEqual(['body_html']);
    }
    const article = await createArticle({ headline: 'Has A Body', body_html: body });
    const patched = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { body_html: '<script>x</script>' }, headers: { 'If-Match': '*' } });
    expect((await expectJson(patched, 422)).errors.map((e: any) => e.path)).toEqual(['body_html']);
  });

  it('answers 422 naming each text field that holds a control character', async () => {
    const fields: [string, Record<string, unknown>][] = [
      ['headline', { headline: 'Bad\u0000Headline' }],
      ['standfirst', { standfirst: 'Esc\u001b[31m' }],
      ['excerpt', { excerpt: 'Del\u007f' }],
      ['tags.1', { tags: ['Fine', 'Non\uffff'] }],
      ['authors.0.name', { authors: [{ slug: 'ctl', name: 'Form\u000cfeed' }] }],
    ];
    for (const [path, fields_] of fields) {
      const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Fine', body_html: body, ...fields_ } }), 422);
      expect(problem.errors.map((e: any) => e.path), path).toEqual([path]);
    }
    const article = await createArticle({ headline: 'Tab\tand\nnewline\r', body_html: body, standfirst: 'Fine\tdek' });
    const patched = await call(`/v1/admin/articles/${article.id}`, { method: 'PATCH', body: { headline: 'Bell\u0007' }, headers: { 'If-Match': '*' } });
    expect((await expectJson(patched, 422)).errors.map((e: any) => e.path)).toEqual(['headline']);
  });

  it('answers 400 for unknown fields rather than dropping them', async () => {
    const problem = await expectJson(await call('/v1/admin/articles', { method: 'POST', body: { headline: 'x', body_html: body, colour: 'red' } }), 400);
    expect(problem.errors).toEqual([{ path: 'colour', message: 'Unknown field.' }]);
  });

  it('answers 422 for a section, author or image that does not exist', async () => {
    const problem = await expectJson(
      await call('/v1/admin/articles', { method: 'POST', body: { headline: 'x', body_html: body, section: 'nowhere', authors: ['nobody'], image_id: 'med_missing' } }),
      422,
    );
    expect(problem.errors.map((e: any) => e.path).sort()).toEqual(['authors.0', 'image_id', 'section']);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await call('/v1/admin/articles', { method: 'POST', body: 'headline=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers 415 with our problem type for a malformed JSON Content-Type, and takes a well-formed one', async () => {
    for (const type of ['application/json;;;', 'application/json;x', 'application/json; charset=', 'application/json ;charset=utf-8', 'application/vnd.v2+json']) {
      const res = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'x', body_html: body }, headers: { 'Content-Type': type } });
      const problem = await expectJson(res, 415);
      expect(problem.type, type).toBe('/problems/unsupported-media-type');
      expect(problem.detail).toMatch(/application\/json/);
    }
    const ok = await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Typed', body_html: body }, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    expect(ok.status).toBe(201);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await call('/v1/admin/articles', { method: 'POST', body: '{"headline": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers 413 from Content-Length before reading a body over 1 MB', async () => {
    const huge = JSON.stringify({ headline: 'x', body_html: `<p>${'a'.repeat(1024 * 1024)}</p>` });
    const res = await call('/v1/admin/articles', { method: 'POST', body: huge });
    expect(res.status).toBe(413);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('answers 413 for a streamed body over 1 MB without Content-Length', async () => {
    const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await exports.default.fetch('http://byline.test/v1/admin/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: stream,
    });
    expect(res.status).toBe(413);
  });
});
