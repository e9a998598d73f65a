import { describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { createApp } from '../../../src/app/create-app';
import { encodeCursor } from '../../../src/content/cursor';
import { get } from '../helpers/articles';

interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail: string;
  request_id?: string;
  errors?: { path: string; message: string }[];
}

async function problem(res: Response, status: number): Promise<ProblemJson> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as ProblemJson;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe('problem+json errors', () => {
  it('answers 404 for an unknown route', async () => {
    const body = await problem(await get('/v1/nothing-here'), 404);
    expect(body.detail).toContain('/v1/nothing-here');
  });

  it('answers 405 with Allow for a wrong method on a known path', async () => {
    const res = await get('/v1/articles', { method: 'DELETE' });
    await problem(res, 405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    await problem(await get('/v1/articles/some-slug', { method: 'PUT' }), 405);
  });

  const badQueries: [string, string][] = [
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=101', 'limit'],
    ['limit=2.5', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['since=yesterday', 'since'],
    ['until=2023-13-45', 'until'],
    ['fields=headline,password', 'fields'],
    ['section=a&section=b', 'section'],
  ];
  for (const [query, path] of badQueries) {
    it(`answers 400 naming "${path}" for ?${query}`, async () => {
      const body = await problem(await get(`/v1/articles?${query}`), 400);
      expect(body.errors?.map((e) => e.path)).toEqual([path]);
      expect(body.errors?.[0]?.message).toEqual(expect.any(String));
    });
  }

  it('lists every wrong parameter at once', async () => {
    const body = await problem(await get('/v1/articles?limit=0&since=yesterday'), 400);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'since']);
  });

  it('refuses a cursor whose contents were edited', async () => {
    const good = encodeCursor('articles', ['2023-09-01T00:00:00Z', 'art_x']);
    const [payload, checksum] = good.split('.');
    const edited = `${payload!.slice(0, -2)}${payload!.slice(-2) === 'AA' ? 'BB' : 'AA'}.${checksum}`;
    await problem(await get(`/v1/articles?cursor=${edited}`), 400);
    const otherList = encodeCursor('tags', ['kenya']);
    await problem(await get(`/v1/articles?cursor=${otherList}`), 400);
    await problem(await get(`/v1/tags?cursor=${good}`), 400);
  });

  it('answers an unexpected exception with a generic 500 that carries the request id', async () => {
    const app = createApp();
    app.get('/boom', () => {
      throw new Error('secret database detail');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/boom', {}, env);
    const body = await problem(res, 500);
    const id = res.headers.get('X-Request-Id');
    expect(id).toBeTruthy();
    expect(body.request_id).toBe(id);
    expect(JSON.stringify(body)).not.toContain('secret database detail');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(id!));
    logged.mockRestore();
  });

  it('gives every response a request id', async () => {
    const res = await get('/health');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
  });
});
