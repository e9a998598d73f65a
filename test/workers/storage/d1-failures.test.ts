import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { D1Unavailable, tagD1Failures } from '../../../src/storage/d1-failures';
import { resetStorage } from '../helpers/articles';
import { failingD1 } from '../helpers/faults';

beforeAll(resetStorage);

const caught = (work: () => Promise<unknown>) => work().then(() => null, (error: unknown) => error);

describe('tagD1Failures', () => {
  // The messages Cloudflare documents for D1 being unwell (developers.cloudflare.com/d1/observability/debug-d1),
  // an SQLite failure of the storage rather than the statement, and a failure the binding does not explain.
  const outages = [
    'D1_ERROR: D1 DB reset because its code was updated.',
    'D1_ERROR: Internal error in D1 DB storage caused object to be reset.',
    'D1_ERROR: Network connection lost.',
    'D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.',
    'D1_ERROR: D1 DB is overloaded. Requests queued for too long.',
    'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
    'D1_ERROR: database is locked: SQLITE_BUSY',
    'D1_ERROR: disk I/O error: SQLITE_IOERR',
    'Network connection lost.',
    'D1 all: injected failure',
  ];
  for (const message of outages) {
    it(`calls "${message}" D1's own failure`, async () => {
      const db = tagD1Failures(failingD1('error', () => new Error(message)));
      const error = await caught(() => db.prepare('SELECT 1').bind(1).all());
      expect(error).toBeInstanceOf(D1Unavailable);
      expect((error as D1Unavailable).cause).toBeInstanceOf(Error);
      expect(await caught(() => db.batch([db.prepare('SELECT 1')]))).toBeInstanceOf(D1Unavailable);
    });
  }

  it('lets what real D1 says about our own statements through as it is', async () => {
    const db = tagD1Failures(env.DB);
    const deep = Array.from({ length: 120 }, (_, i) => `${i} = ${i}`).join(' AND ');
    const ours: [() => Promise<unknown>, RegExp][] = [
      [() => db.prepare('SELEC 1').all(), /syntax error.*SQLITE_ERROR/],
      [() => db.prepare(`SELECT 1 WHERE ${deep}`).first(), /Expression tree is too large.*SQLITE_ERROR/],
      [() => db.prepare("SELECT 'a' LIKE ?1").bind('%'.repeat(60)).raw(), /LIKE or GLOB pattern too complex.*SQLITE_ERROR/],
      [() => db.prepare('SELECT * FROM no_such_table').run(), /no such table/],
      [() => db.batch([db.prepare('SELECT 1'), db.prepare('SELECT * FROM no_such_table')]), /no such table/],
      [async () => db.prepare('SELECT ?1').bind(undefined as never), /D1_TYPE_ERROR/],
      [() => db.prepare('SELECT 1 AS one').first('two'), /D1_COLUMN_NOTFOUND/],
    ];
    for (const [work, message] of ours) {
      const error = await caught(work);
      expect(error, String(message)).toBeInstanceOf(Error);
      expect(error, String(message)).not.toBeInstanceOf(D1Unavailable);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('lets a programming error through, even from inside the binding', async () => {
    const db = tagD1Failures(failingD1('error', () => new TypeError("Cannot read properties of undefined (reading 'map')")));
    const error = await caught(() => db.prepare('SELECT 1').all());
    expect(error).toBeInstanceOf(TypeError);
  });

  it('answers exactly as the binding does when nothing fails: statements, binds, batches, sessions', async () => {
    const db = tagD1Failures(env.DB);
    expect(await db.prepare('SELECT ?1 AS n').bind(7).first('n')).toBe(7);
    expect((await db.prepare('SELECT ?1 AS n').bind(8).all()).results).toEqual([{ n: 8 }]);
    expect(await db.prepare('SELECT 9 AS n').raw()).toEqual([[9]]);
    const [a, b] = await db.batch([db.prepare('SELECT 1 AS n'), env.DB.prepare('SELECT 2 AS n')]);
    expect([a!.results, b!.results]).toEqual([[{ n: 1 }], [{ n: 2 }]]);
    const session = db.withSession('first-unconstrained');
    expect(await session.prepare('SELECT 3 AS n').first('n')).toBe(3);
  });
});
