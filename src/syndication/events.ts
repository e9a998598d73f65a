/** The events a webhook can subscribe to: each change-feed row names the one it implies (`changes.event`). */
import type { ChangeEvent } from '../db/article-writes';

export const WEBHOOK_EVENTS = [
  'article.published',
  'article.updated',
  'article.corrected',
  'article.withdrawn',
  'article.deleted',
  'article.embargo_lifted',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

// The change feed and the webhooks name the same events: a new one must be added to both.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameEvents: Same<WebhookEvent, ChangeEvent> = true;
void sameEvents;

/** The events that tell a partner to take a story down: the kill notices (GET …/notices). */
export const KILL_EVENTS = ['article.withdrawn', 'article.deleted'] as const satisfies readonly WebhookEvent[];

