/** D1 queries for what webhooks were sent (messages) and every attempt to deliver them. */
import type { Db } from '../storage/d1-session';

/** One event for one webhook, as queued: also the body of its queue message. */
export interface WebhookMessage {
  /** The `webhook-id` header. */
  id: string;
  webhook_id: string;
  change_seq: number;
  article_id: string;
  event: string;
  /** The exact JSON body every attempt sends (and signs). */
  payload: string;
  queued_at: string;
}

export interface DeliveryRow {
  id: number;
  webhook_id: string;
  message_id: string;
  change_seq: number;
  article_id: string;
  event: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  outcome: 'delivered' | 'retrying' | 'dead_lettered';
  at: string;
  next_retry_at: string | null;
}

/** Records a queued message; a repeat (the same change and webhook) is ignored. */
export function insertMessageStatement(db: Db, message: WebhookMessage): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO webhook_messages (id, webhook_id, change_seq, article_id, event, payload, queued_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO NOTHING`,
    )
    .bind(message.id, message.webhook_id, message.change_seq, message.article_id, message.event, message.payload, message.queued_at);
}

/** Records one attempt. */
export async function insertDelivery(db: Db, row: Omit<DeliveryRow, 'id'>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO webhook_deliveries (webhook_id, message_id, change_seq, article_id, event, attempt, status_code, error, outcome, at, next_retry_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
    )
    .bind(row.webhook_id, row.message_id, row.change_seq, row.article_id, row.event, row.attempt, row.status_code, row.error, row.outcome, row.at, row.next_retry_at)
    .run();
}

/** Whether the partner has acknowledged this message already (a repeated enqueue is then skipped). */
export async function wasDelivered(db: Db, messageId: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 AS yes FROM webhook_deliveries WHERE message_id = ?1 AND outcome = 'delivered' LIMIT 1").bind(messageId).first('yes')) !== null;
}

/** One page of a webhook's attempts, newest first, after the attempt with id `after`. */
export async function listDeliveries(db: Db, webhookId: string, options: { limit: number; after?: number }): Promise<{ rows: DeliveryRow[]; next: number | null }> {
  const { results } = await db
    .prepare('SELECT * FROM webhook_deliveries WHERE webhook_id = ?1 AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3')
    .bind(webhookId, options.after ?? null, options.limit + 1)
    .all<DeliveryRow>();
  const rows = results.slice(0, options.limit);
  return { rows, next: results.length > options.limit ? rows.at(-1)!.id : null };
}

/** A queued message of `events` about an article, with its webhook's URL and key. */
export interface NoticeMessage extends Omit<WebhookMessage, 'payload'> {
  url: string;
  key_id: string | null;
}

/** The messages of these events sent about an article, oldest first, and every attempt at them. */
export async function messagesAbout(db: Db, articleId: string, events: readonly string[]): Promise<{ messages: NoticeMessage[]; attempts: DeliveryRow[] }> {
  const [messages, attempts] = await db.batch([
    db
      .prepare(
        `SELECT m.id, m.webhook_id, m.change_seq, m.article_id, m.event, m.queued_at, w.url, w.key_id
         FROM webhook_messages m JOIN webhooks w ON w.id = m.webhook_id
         WHERE m.article_id = ?1 AND m.event IN (SELECT value FROM json_each(?2))
         ORDER BY m.change_seq, m.webhook_id`,
      )
      .bind(articleId, JSON.stringify(events)),
    db
      .prepare(
        `SELECT d.* FROM webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id
         WHERE m.article_id = ?1 AND m.event IN (SELECT value FROM json_each(?2)) ORDER BY d.id`,
      )
      .bind(articleId, JSON.stringify(events)),
  ]);
  return { messages: messages!.results as NoticeMessage[], attempts: attempts!.results as DeliveryRow[] };
}
