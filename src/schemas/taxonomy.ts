import { z } from '@hono/zod-openapi';

const count = z.number().int().openapi({ description: 'Published articles in it.', example: 12 });

export const SectionSchema = z
  .object({ slug: z.string().openapi({ example: 'world' }), name: z.string().openapi({ example: 'World' }), description: z.string().nullable(), article_count: count })
  .openapi('Section');

export const TagSchema = z
  .object({ slug: z.string().openapi({ example: 'kenya' }), name: z.string().openapi({ example: 'Kenya' }), article_count: count })
  .openapi('Tag');

export const AuthorSchema = z
  .object({ slug: z.string(), name: z.string(), bio: z.string().nullable(), article_count: count })
  .openapi('Author');
