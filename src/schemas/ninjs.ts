/**
 * IPTC ninjs 3.1 as Byline sends it: the properties it fills, each as the IPTC's schema
 * (shared/ninjs/ninjs-schema_3.1.json, vendored in test/node/fixtures) defines it. The tests
 * validate real answers against the IPTC's own schema; this one documents them in /openapi.json.
 */
import { z } from '@hono/zod-openapi';

const dateTime = z.string().openapi({ format: 'date-time', example: '2023-09-20T14:05:00Z' });
const uri = z.string().openapi({ format: 'uri' });

const TextBlockSchema = z.object({ role: z.string().optional(), contentType: z.string().optional(), value: z.string() });

export const NinjsRenditionSchema = z
  .object({
    name: z.string().openapi({ example: 'w640' }),
    href: uri,
    contentType: z.string().optional().openapi({ example: 'image/jpeg' }),
    title: z.string().optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    sizeInBytes: z.number().int().optional(),
  })
  .openapi('NinjsRendition');

const NinjsBodySchema = TextBlockSchema.extend({ charCount: z.number().int().optional(), wordCount: z.number().int().optional() });
const NinjsConceptSchema = z.object({ name: z.string(), rel: z.string().optional(), uri: uri.optional(), literal: z.string().optional() });

/** What a picture and an article share. */
const ninjsCommon = {
  uri: uri.openapi({ description: 'The stable identifier of the object: for an article its API URL by id, which never changes.' }),
  type: z.enum(['text', 'picture']),
  representationType: z.enum(['full', 'partial']).optional(),
  version: z.string().optional(),
  versionCreated: dateTime.optional(),
  by: z.string().optional(),
  headlines: z.array(TextBlockSchema).optional(),
  descriptions: z.array(TextBlockSchema).optional(),
  renditions: z.array(NinjsRenditionSchema).optional(),
  copyrightHolder: z.string().optional(),
  copyrightNotice: z.string().optional(),
  usageTerms: z.string().optional(),
};

export const NinjsPictureSchema = z
  .object({ ...ninjsCommon, name: z.string().openapi({ example: 'featureimage' }), rel: z.string().optional() })
  .openapi('NinjsPicture', { description: 'The hero image as a ninjs picture, with its variants as renditions.' });

export const NinjsItemSchema = z
  .object({
    ...ninjsCommon,
    standard: z.object({ name: z.string(), version: z.string(), schema: uri }).optional(),
    firstCreated: dateTime.optional(),
    contentCreated: dateTime.optional(),
    embargoedUntil: dateTime.optional(),
    pubStatus: z.enum(['usable', 'withheld', 'canceled']),
    edNote: z.string().optional(),
    language: z.string().optional(),
    slugline: z.string().optional(),
    altIds: z.array(z.object({ role: z.string().optional(), value: z.string() })).optional(),
    bodies: z.array(NinjsBodySchema).optional(),
    people: z.array(NinjsConceptSchema).optional(),
    subjects: z.array(NinjsConceptSchema).optional(),
    associations: z.array(NinjsPictureSchema).optional(),
  })
  .openapi('NinjsItem', {
    description:
      'An article as an IPTC ninjs 3.1 news item (http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json): the properties Byline fills. `pubStatus` is `usable` when published, `withheld` under embargo and `canceled` when withdrawn.',
  });

export const NinjsListSchema = z
  .object({
    data: z.array(NinjsItemSchema),
    next_cursor: z.string().nullable().openapi({ description: 'Pass back as `cursor` for the next page; null on the last.' }),
  })
  .openapi('NinjsList', { description: 'A page of articles as ninjs items in the usual list envelope (ninjs has no list type of its own).' });

export type NinjsItem = z.infer<typeof NinjsItemSchema>;
export type NinjsPicture = z.infer<typeof NinjsPictureSchema>;
export type NinjsRendition = z.infer<typeof NinjsRenditionSchema>;
