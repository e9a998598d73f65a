import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { type OpenAPIDocument, openapiDocument } from './openapi-document';

/**
 * Every time a write takes (parseTimestamp: an RFC 3339 date-time or a full date) as the OpenAPI
 * document declares it: a client or a gateway validating against the document must let through
 * what the API takes (test/workers/routes/time-fields.test.ts) and stop what it refuses. Ajv, so
 * in Node.
 */

const DOC_ID = 'https://byline.test/openapi.json';
/** Schema, property and whether it takes null (unschedule, lift the embargo) of every time field of a request body. */
const FIELDS: [string, string, boolean][] = [
  ['CreateArticle', 'publish_at', true],
  ['CreateArticle', 'embargoed_until', true],
  ['UpdateArticle', 'publish_at', true],
  ['UpdateArticle', 'embargoed_until', true],
  ['PublishArticle', 'publish_at', false],
  ['Entitlements', 'expires_at', false],
];
const TAKEN = ['2031-06-01T12:00:00Z', '2031-06-01T14:30:00+02:30', '2031-06-01T12:00:00.5+01:00', '2031-06-01'];
const REFUSED = ['June 1, 2031', '2031-06-01T12:00Z', '', 1_950_000_000];

let ajv: Ajv2020;
let doc: OpenAPIDocument;

beforeAll(async () => {
  doc = await openapiDocument();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...doc, $id: DOC_ID });
});

describe.each(FIELDS)('%s.%s in the OpenAPI document', (schema, property, nullable) => {
  const validator = () => ajv.getSchema(`${DOC_ID}#/components/schemas/${schema}/properties/${property}`)!;

  it('takes a date-time with any offset, and a date', () => {
    for (const value of TAKEN) expect(validator()(value) ? [] : validator().errors, value).toEqual([]);
  });

  it('refuses what is neither', () => {
    for (const value of REFUSED) expect(validator()(value), JSON.stringify(value)).toBe(false);
  });

  it(nullable ? 'takes null, as the API does' : 'refuses null, as the API does', () => {
    expect(validator()(null)).toBe(nullable);
  });

  it('says what a date means there', () => {
    const { description } = (doc.components.schemas as Record<string, { properties: Record<string, { description?: string }> }>)[schema]!.properties[property]!;
    expect(description).toMatch(/a date: from its start, in UTC/);
  });
});
