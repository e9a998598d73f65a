/** The events a webhook can subscribe to, and the event each change-feed row implies. */
import type { ChangeKind } from '../db/article-writes';

export const WEBHOOK_EVENTS = [
  'article.published',
  'article.updated',
  'article.corrected',
  'article.withdrawn',
  'article.deleted',
  'article.embargo_lifted',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The events that tell a partner to take a story down: the kill notices (GET …/notices). */
export const KILL_EVENTS = ['article.withdrawn', 'article.deleted'] as const satisfies readonly WebhookEvent[];

/**
 * The event of a change, from its kind and the kind of the article's change before it: an upsert
 * is a publication when the public had not seen the article live just before (first time, or
 * back after a withdrawal), an update otherwise.
 */
export function eventOfChange(change: ChangeKind, previous: ChangeKind | null): WebhookEvent {
  if (change === 'withdrawn') return 'article.withdrawn';
  if (change === 'deleted') return 'article.deleted';
  return previous === 'upsert' ? 'article.updated' : 'article.published';
}
