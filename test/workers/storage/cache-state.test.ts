import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATION_TTL_MS, currentGeneration, forgetGeneration, rememberGeneration } from '../../../src/storage/generation';
import { ByteLRU } from '../../../src/storage/memory-cache';
import { resetStorage } from '../helpers/articles';
import { failingD1 } from '../helpers/faults';

beforeAll(resetStorage);

describe('the cache generation', () => {
  it('is re-read from D1 once its TTL (under the promised 5 s) has passed', async () => {
    expect(GENERATION_TTL_MS).toBeLessThan(5000);
    forgetGeneration();
    const t0 = 1_000_000;
    const first = await currentGeneration(env.DB, t0);
    await env.DB.prepare('UPDATE cache_state SET generation = generation + 1').run();
    expect(await currentGeneration(env.DB, t0 + GENERATION_TTL_MS - 1)).toEqual(first);
    expect((await currentGeneration(env.DB, t0 + GENERATION_TTL_MS)).value).toBe(first.value! + 1);
  });

  it('keeps the last known value, marked stale, when D1 fails', async () => {
    forgetGeneration();
    rememberGeneration(41, 0);
    expect(await currentGeneration(failingD1('error'), GENERATION_TTL_MS * 10)).toEqual({ value: 41, stale: true });
    forgetGeneration();
    expect(await currentGeneration(failingD1('error'))).toEqual({ value: null, stale: true });
  });
});

describe('the memory tier', () => {
  it('evicts the least recently used entries to stay within its byte budget', () => {
    const lru = new ByteLRU<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C', 40);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.bytes).toBe(80);
    lru.set('huge', 'H', 101);
    expect(lru.get('huge')).toBeUndefined();
  });
});
