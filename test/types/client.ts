// A partner's strict TypeScript client, written against the types openapi-typescript generates
// from /openapi.json. test/node/openapi-types.test.ts generates `./openapi.d.ts` beside a copy of
// this file and compiles both with strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess:
// if the document stops being true to the wire in a way a client would notice, this stops compiling.
// Each `@ts-expect-error` is a line that must NOT compile (an unused one is itself an error).
import type { components, operations, paths } from './openapi';

type Schemas = components['schemas'];
type ListArticles = paths['/v1/articles']['get'];
type GetArticle = paths['/v1/articles/{slug}']['get'];

declare function getJson<T>(path: string): Promise<T>;

// 1. A list read: every summary field is there, no `?.` needed, and no body.
export async function frontPage(): Promise<string[]> {
  const list = await getJson<Schemas['ArticleList']>('/v1/articles?limit=5');
  const whole: ListArticles['responses'][200]['content']['application/json'] = list;
  return whole === list
    ? list.data.map((item) => {
        const headline: string = item.headline;
        const byline: string = item.authors.map((author) => author.name).join(', ');
        const when: string = item.published_at ?? item.updated_at;
        return `${headline} by ${byline}, ${when}: ${item.excerpt.slice(0, 80)} (${item.word_count} words, v${item.version})`;
      })
    : [];
}
// @ts-expect-error a list item has no body_html
export const summaryBody = (item: Schemas['ArticleSummary']): string => item.body_html;
export const cursor: Schemas['ArticleList']['next_cursor'] = null;

// 2. An article with a null section (and image): null narrows away, the object is a real Term.
export function sectionLabel(article: Schemas['Article']): string {
  if (article.section === null) return 'No section';
  const name: string = article.section.name;
  return `${name} (${article.section.slug})${article.image === null ? '' : `, image ${article.image.width ?? '?'}px`}`;
}
export const sectionless: Schemas['Article']['section'] = null;
// @ts-expect-error a section is a Term or null, never an empty object
export const emptySection: Schemas['Article']['section'] = {};

// 3. A `fields=` read: the 200 of getArticle may hold only the fields named.
export async function headlineOnly(slug: string): Promise<string> {
  const body = await getJson<GetArticle['responses'][200]['content']['application/json']>(`/v1/articles/${slug}?fields=headline`);
  // @ts-expect-error with `fields`, headline may be missing
  const unchecked: string = body.data.headline;
  return body.data.headline ?? unchecked;
}
export const onlyHeadline: GetArticle['responses'][200]['content']['application/json'] = { data: { headline: 'Kenya, Haiti Set Up Diplomatic Ties' } };
export const partialList: ListArticles['responses'][200]['content']['application/json'] = { data: [{ slug: 'a' }], next_cursor: null };

// 4. A 410: which article was withdrawn, and why.
export function withdrawnNotice(problem: GetArticle['responses'][410]['content']['application/problem+json']): string {
  const slug: string = problem.slug;
  const reason: string | null = problem.withdrawn_reason;
  return `${slug} was withdrawn: ${reason ?? 'no reason given'} (${problem.status} ${problem.title}, request ${problem.request_id})`;
}

// 5. Conditional reads and the headers a cache needs are declared.
export const revalidate: NonNullable<ListArticles['parameters']['header']> = { 'If-None-Match': '"3f2a"' };
export const etag: ListArticles['responses'][200]['headers']['ETag'] = '"3f2a"';
// @ts-expect-error an ETag is a string
export const numericEtag: ListArticles['responses'][200]['headers']['ETag'] = 3;
export const requestId: ListArticles['responses'][304]['headers']['X-Request-Id'] = 'req_1';

// 6. Every operation has a stable name a client can call it by.
// (Without operationIds, `operations` is a bare string record and Named is never.)
type Named<K extends string> = string extends keyof operations ? never : K extends keyof operations ? K : never;
export const names: Named<'listArticles' | 'getArticle' | 'listChanges' | 'createArticle' | 'updateArticle'>[] = ['listArticles', 'getArticle', 'listChanges', 'createArticle', 'updateArticle'];
