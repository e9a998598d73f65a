import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';
import { CONCURRENCY, concurrentWrites, expectHistoryIntact, tally } from '../properties/concurrency';

beforeAll(resetStorage);

const body = '<p>Nairobi opened the first line of its bus rapid transit network on Monday.</p>';
const SLOW = 60_000;

const headers = (ifMatch?: string): Record<string, string> => (ifMatch ? { 'If-Match': ifMatch } : {});
const patch = (id: string, change: Record<string, unknown>, ifMatch = '*') => call(`/v1/admin/articles/${id}`, { method: 'PATCH', body: change, headers: headers(ifMatch) });
const publish = (id: string, ifMatch?: string) => call(`/v1/admin/articles/${id}/publish`, { method: 'POST', headers: headers(ifMatch) });
const withdraw = (id: string, ifMatch?: string) => call(`/v1/admin/articles/${id}/withdraw`, { method: 'POST', body: { reason: 'Legal review' }, headers: headers(ifMatch) });

describe('writes that name no version', () => {
  it('applies 20 simultaneous PATCHes with If-Match: * each exactly once, on top of the version before', { timeout: SLOW }, async () => {
    const article = await createArticle({ headline: 'Patched', body_html: body, status: 'published' });
    const changes = Array.from({ length: CONCURRENCY }, (_, i) => (i % 2 ? { headline: `Headline ${i}` } : { standfirst: `Standfirst ${i}` }));
    const { statuses, history } = await concurrentWrites(article.id, (i) => patch(article.id, changes[i]!));
    expect(tally(statuses)).toEqual({ 200: CONCURRENCY });
    expect(history).toHaveLength(CONCURRENCY + 1);
    // Each version differs from the one before by exactly one PATCH's change: none was lost or
    // applied to a stale state, none applied twice.
    const applied = history.slice(1).map((saved, index) => {
      const before = history[index]!.article as unknown as Record<string, unknown>;
      const after = saved.article as unknown as Record<string, unknown>;
      return Object.fromEntries(Object.keys(after).filter((key) => !['version', 'updated_at'].includes(key) && JSON.stringify(after[key]) !== JSON.stringify(before[key])).map((key) => [key, after[key]]));
    });
    expect(applied.map((change) => JSON.stringify(change)).sort()).toEqual(changes.map((change) => JSON.stringify(change)).sort());
  });

  it('answers 200 to 20 simultaneous publishes without If-Match, publishing once', { timeout: SLOW }, async () => {
    const article = await createArticle({ headline: 'Published Once', body_html: body });
    const { statuses, history } = await concurrentWrites(article.id, () => publish(article.id));
    expect(tally(statuses)).toEqual({ 200: CONCURRENCY });
    expect(history.map((saved) => saved.action)).toEqual(['create', 'publish']);
    const again = await expectJson(await publish(article.id), 200);
    expect(again.data).toMatchObject({ status: 'published', version: 2 });
  });

  it('schedules once when the same publish_at is sent twice', async () => {
    const article = await createArticle({ headline: 'Scheduled Once', body_html: body });
    const schedule = () => call(`/v1/admin/articles/${article.id}/publish`, { method: 'POST', body: { publish_at: '2031-01-01T00:00:00Z' } });
    await expectJson(await schedule(), 200);
    expect((await expectJson(await schedule(), 200)).data).toMatchObject({ status: 'scheduled', version: 2 });
    expect(await expectHistoryIntact(article.id)).toHaveLength(2);
  });

  it('answers 412 to publishes with a stale If-Match, also when they race', { timeout: SLOW }, async () => {
    const article = await createArticle({ headline: 'Guarded', body_html: body });
    const { statuses } = await concurrentWrites(article.id, () => publish(article.id, '"1"'));
    expect(tally(statuses)).toEqual({ 200: 1, 412: CONCURRENCY - 1 });
    expect((await publish(article.id, '"1"')).status).toBe(412);
    expect((await patch(article.id, { headline: 'Stale' }, '"1"')).status).toBe(412);
  });

  it('withdraws once among 20 simultaneous withdrawals; the others answer 409 (not published), none 412', { timeout: SLOW }, async () => {
    const article = await createArticle({ headline: 'Withdrawn Once', body_html: body, status: 'published' });
    const { statuses, history } = await concurrentWrites(article.id, () => withdraw(article.id));
    expect(tally(statuses)).toEqual({ 200: 1, 409: CONCURRENCY - 1 });
    expect(history.map((saved) => saved.action)).toEqual(['create', 'withdraw']);
  });

  it('deletes once among 20 simultaneous deletes; the others answer 404, none 412', { timeout: SLOW }, async () => {
    const article = await createArticle({ headline: 'Deleted Once', body_html: body, status: 'published' });
    const { statuses, history } = await concurrentWrites(article.id, () => call(`/v1/admin/articles/${article.id}`, { method: 'DELETE' }));
    expect(tally(statuses)).toEqual({ 204: 1, 404: CONCURRENCY - 1 });
    expect(history.map((saved) => saved.action)).toEqual(['create', 'delete']);
  });

  it('keeps the history whole under any mix of simultaneous PATCH *, publish and withdraw, never answering 412', { timeout: SLOW }, async () => {
    const allowed: Record<string, number[]> = { patch: [200], publish: [200], withdraw: [200, 409] };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('patch', 'publish', 'withdraw'), { minLength: 2, maxLength: CONCURRENCY }), async (writes) => {
        const article = await createArticle({ headline: 'Mixed', body_html: body });
        const { statuses } = await concurrentWrites(
          article.id,
          (i) => (writes[i] === 'patch' ? patch(article.id, { standfirst: `Write ${i}` }) : writes[i] === 'publish' ? publish(article.id) : withdraw(article.id)),
          writes.length,
        );
        for (const [i, status] of statuses.entries()) expect(allowed[writes[i]!], `${writes[i]} answered ${status}`).toContain(status);
      }),
      { numRuns: 5 },
    );
  });
});
