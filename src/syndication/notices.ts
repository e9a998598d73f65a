/**
 * Kill notices with receipts: for an article, per webhook told of its withdrawal or deletion,
 * whether the partner acknowledged the notice (a 2xx), is still being tried, or was given up on.
 */
import type { DeliveryRow, NoticeMessage } from '../db/webhook-deliveries';

export type NoticeState = 'acknowledged' | 'failing' | 'dead_lettered' | 'pending';

/** One notice as GET /v1/admin/articles/{id}/notices shows it. */
export function toNotice(message: NoticeMessage, attempts: DeliveryRow[]) {
  const last = attempts.at(-1);
  const acknowledged = attempts.find((attempt) => attempt.outcome === 'delivered');
  const state: NoticeState = acknowledged ? 'acknowledged' : !last ? 'pending' : last.outcome === 'dead_lettered' ? 'dead_lettered' : 'failing';
  return {
    webhook_id: message.webhook_id,
    key_id: message.key_id,
    url: message.url,
    event_id: message.id,
    event_type: message.event as 'article.withdrawn' | 'article.deleted',
    queued_at: message.queued_at,
    state,
    acknowledged: acknowledged !== undefined,
    delivered_at: attempts.find((attempt) => attempt.status_code !== null)?.at ?? null,
    acknowledged_at: acknowledged?.at ?? null,
    status_code: (acknowledged ?? last)?.status_code ?? null,
    attempts: attempts.length,
    last_error: acknowledged ? null : (last?.error ?? null),
    next_retry_at: state === 'failing' ? (last?.next_retry_at ?? null) : null,
  };
}

/** Every notice about an article, oldest event first, each with its own attempts. */
export function noticesOf(messages: NoticeMessage[], attempts: DeliveryRow[]) {
  const byMessage = new Map<string, DeliveryRow[]>();
  for (const attempt of attempts) byMessage.set(attempt.message_id, [...(byMessage.get(attempt.message_id) ?? []), attempt]);
  return messages.map((message) => toNotice(message, byMessage.get(message.id) ?? []));
}
