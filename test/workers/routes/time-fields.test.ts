import { beforeAll, describe, expect, it } from 'vitest';
import { call, createArticle, expectJson } from '../helpers/admin';
import { resetStorage } from '../helpers/articles';

beforeAll(resetStorage);

const body = '<p>Timed.</p>';

/** Inputs every time field takes, and the UTC timestamp each must come back as. */
const accepted: [string, string][] = [
  ['2031-06-01T12:00:00Z', '2031-06-01T12:00:00Z'],
  ['2031-06-01T14:30:00+02:30', '2031-06-01T12:00:00Z'],
  ['2031-06-01T00:00:00-05:00', '2031-06-01T05:00:00Z'],
  ['2031-06-01T23:30:00-01:00', '2031-06-02T00:30:00Z'],
  ['2031-06-01T12:00:00-00:00', '2031-06-01T12:00:00Z'],
  ['2031-06-01t12:00:00z', '2031-06-01T12:00:00Z'],
  ['2031-06-01 12:00:00Z', '2031-06-01T12:00:00Z'],
  ['2031-06-01T12:00:00.999999Z', '2031-06-01T12:00:00Z'],
  ['2031-06-01T12:00:00.5+01:00', '2031-06-01T11:00:00Z'],
  ['2032-02-29T12:00:00Z', '2032-02-29T12:00:00Z'],
  ['2031-06-01', '2031-06-01T00:00:00Z'],
  ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59Z'],
  ['9999-12-31T23:59:59.999999999Z', '9999-12-31T23:59:59Z'],
  ['9999-12-31T00:00:59-23:59', '9999-12-31T23:59:59Z'],
];

/** Inputs every time field refuses with a 422 naming it. */
const refused: unknown[] = [
  '0001-01-01T00:00:00Z', // long past
  '0000-01-01T00:00:00Z',
  '2031-06-30T23:59:60Z', // a leap second
  '2026-02-30T00:00:00Z',
  '2031-02-29T12:00:00Z',
  '2031-04-31',
  '2031-13-01T00:00:00Z',
  '2031-06-01T24:00:00Z',
  '2031-06-01T12:00:00', // no offset
  '2031-06-01T12:00:00+0200',
  '2031-06-01T12:00:00+24:00',
  '2031-06-01T12:00Z',
  '2031-06-01T12:00:00.Z',
  '9999-12-31T23:59:59-00:01', // year 10000 once in UTC
  '10000-01-01T00:00:00Z',
  '+002031-06-01T12:00:00Z',
  'June 1, 2031',
  '',
  1_950_000_000,
];

interface Field {
  name: string;
  /** Sends `value` as the field; answers the response and a reader of the stored value from its body. */
  send: (value: unknown) => Promise<{ res: Response; read: (data: any) => unknown }>;
  /** The `errors[].path` a refusal names. */
  path: string;
  /** Whether the field takes null (unschedule, lift the embargo), as the OpenAPI document says (openapi-time-inputs.test.ts). */
  nullable: boolean;
}

const fields: Field[] = [
  {
    name: 'publish_at on create',
    nullable: true,
    path: 'publish_at',
    send: async (publish_at) => ({
      res: await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Scheduled', body_html: body, publish_at } }),
      read: (data) => data.publish_at,
    }),
  },
  {
    name: 'publish_at on PATCH',
    nullable: true,
    path: 'publish_at',
    send: async (publish_at) => {
      const draft = await createArticle({ headline: 'Draft', body_html: body });
      return { res: await call(`/v1/admin/articles/${draft.id}`, { method: 'PATCH', body: { publish_at }, headers: { 'If-Match': '"1"' } }), read: (data) => data.publish_at };
    },
  },
  {
    name: 'publish_at on publish',
    nullable: false,
    path: 'publish_at',
    send: async (publish_at) => {
      const draft = await createArticle({ headline: 'Draft', body_html: body });
      return { res: await call(`/v1/admin/articles/${draft.id}/publish`, { method: 'POST', body: { publish_at } }), read: (data) => data.publish_at };
    },
  },
  {
    name: 'embargoed_until on create',
    nullable: true,
    path: 'embargoed_until',
    send: async (embargoed_until) => ({
      res: await call('/v1/admin/articles', { method: 'POST', body: { headline: 'Embargoed', body_html: body, embargoed_until } }),
      read: (data) => data.embargoed_until,
    }),
  },
  {
    name: 'embargoed_until on PATCH',
    nullable: true,
    path: 'embargoed_until',
    send: async (embargoed_until) => {
      const draft = await createArticle({ headline: 'Draft', body_html: body });
      return { res: await call(`/v1/admin/articles/${draft.id}`, { method: 'PATCH', body: { embargoed_until }, headers: { 'If-Match': '"1"' } }), read: (data) => data.embargoed_until };
    },
  },
  {
    name: "a key's entitlements.expires_at",
    nullable: false,
    path: 'entitlements.expires_at',
    send: async (expires_at) => ({
      res: await call('/v1/admin/keys', { method: 'POST', body: { name: 'Partner', role: 'partner', allowed_origins: [], entitlements: { expires_at } } }),
      read: (data) => data.entitlements.expires_at,
    }),
  },
];

describe.each(fields)('$name', ({ send, path, nullable }) => {
  it.each(accepted)('takes %s as %s', async (input, expected) => {
    const { res, read } = await send(input);
    const { data } = await expectJson(res, res.status === 200 ? 200 : 201);
    expect(read(data)).toBe(expected);
  });

  it(nullable ? 'takes null' : 'answers 422 naming the field for null', async () => {
    const { res, read } = await send(null);
    if (!nullable) {
      const problem = await expectJson(res, 422);
      expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([path]);
      return;
    }
    const { data } = await expectJson(res, res.status === 200 ? 200 : 201);
    expect(read(data)).toBeNull();
  });

  it('answers 422 naming the field, and nothing else, for each date it cannot take', async () => {
    for (const input of refused) {
      const { res } = await send(input);
      const problem = await expectJson(res, 422).catch((error: Error) => {
        throw new Error(`${JSON.stringify(input)}: ${error.message}`);
      });
      expect(problem.errors.map((e: { path: string }) => e.path), JSON.stringify(input)).toEqual([path]);
    }
  });
});
