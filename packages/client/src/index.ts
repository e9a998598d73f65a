// @byline/client: a typed client for the Byline content API.
export { createClient, type BylineClient } from './client.js';
export { BylineError, type FieldError, type Problem } from './error.js';
export type { ClientOptions, Query, RequestOptions } from './http.js';
export type { CursorStore, MirrorChange, MirrorOptions, MirrorResult } from './mirror.js';
export type { Article, ArticleFilters, ArticleSummary, Author, Change, ChangeList, Section, Tag } from './types.js';
export { type VerifyWebhookOptions, WebhookVerificationError, verifyWebhook } from './webhook.js';
export type { components, operations, paths } from './openapi.js';
