/** D1 queries for webhooks and the dispatcher's high-water mark in the change feed. */
import type { ChangeEvent, ChangeKind, SyndicationLevel } from './article-writes';
import type { Db } from '../storage/d1-session';

export interface WebhookRow {
  id: string;
  url: string;
  /** A JSON array of event names. */
  events: string;
  key_id: string | null;
  secret: string;
  after_seq: number;
  created_at: string;
  deleted_at: string | null;
}

/** Stores a webhook that hears of changes after the feed's current end. */
export function insertWebhook(db: Db, webhook: Omit<WebhookRow, 'after_seq' | 'deleted_at'>): Promise<WebhookRow | null> {
  return db
    .prepare(
      `INSERT INTO webhooks (id, url, events, key_id, secret, after_seq, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(id), 0) FROM changes), ?6) RETURNING *`,
    )
    .bind(webhook.id, webhook.url, webhook.events, webhook.key_id, webhook.secret, webhook.created_at)
    .first<WebhookRow>();
}

/** The webhook with this id, deleted or not. */
export function findWebhook(db: Db, id: string): Promise<WebhookRow | null> {
  return db.prepare('SELECT * FROM webhooks WHERE id = ?1').bind(id).first<WebhookRow>();
}

/** Where a page of webhooks starts: after this `(created_at, id)`, newest first. */
export type WebhookPosition = [createdAt: string, id: string];

/** One page of the webhooks that are not deleted, newest first. */
export async function listWebhooks(db: Db, options: { limit: number; after?: WebhookPosition }): Promise<{ rows: WebhookRow[]; next: WebhookPosition | null }> {
  const { results } = await db
    .prepare(
      `SELECT * FROM webhooks WHERE deleted_at IS NULL AND (?1 IS NULL OR (created_at, id) < (?1, ?2))
       ORDER BY created_at DESC, id DESC LIMIT ?3`,
    )
    .bind(options.after?.[0] ?? null, options.after?.[1] ?? null, options.limit + 1)
    .all<WebhookRow>();
  const rows = results.slice(0, options.limit);
  const last = rows.at(-1);
  return { rows, next: results.length > options.limit && last ? [last.created_at, last.id] : null };
}

/** Marks a webhook deleted (its deliveries stay), returning it; null when unknown or deleted already. */
export function deleteWebhook(db: Db, id: string, at: string): Promise<WebhookRow | null> {
  return db.prepare('UPDATE webhooks SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL RETURNING *').bind(id, at).first<WebhookRow>();
}

/** A webhook that delivers now, with its key's role and contract (the entitlements' JSON) when it belongs to one. */
export type ActiveWebhook = Omit<WebhookRow, 'secret'> & { key_role: string | null; key_entitlements: string | null };

/** The webhooks that deliver now: not deleted, and without a key or with one that is not revoked. */
export async function activeWebhooks(db: Db): Promise<ActiveWebhook[]> {
  const { results } = await db
    .prepare(
      `SELECT w.id, w.url, w.events, w.key_id, w.after_seq, w.created_at, w.deleted_at, k.role AS key_role, k.entitlements AS key_entitlements
       FROM webhooks w
       LEFT JOIN api_keys k ON k.id = w.key_id
       WHERE w.deleted_at IS NULL AND (w.key_id IS NULL OR (k.id IS NOT NULL AND k.revoked_at IS NULL))`,
    )
    .all<ActiveWebhook>();
  return results;
}

/** A change-feed row as the dispatcher needs it: its event, what a contract judges, and the article's URL. */
export interface DispatchableChange {
  seq: number;
  article_id: string;
  slug: string;
  change: ChangeKind;
  event: ChangeEvent;
  version: number;
  at: string;
  previous_slug: string | null;
  section: string | null;
  syndication: SyndicationLevel | null;
  /** 1 while the article was under embargo at this row: the public does not see it. */
  embargoed: number;
  url: string | null;
  headline: string | null;
  /** The article's change row before this one, as a contract judged it then; null for its first. */
  before: PreviousChange | null;
}

/** What a change row before another told: whether a contract held the article, and by what name. */
export interface PreviousChange {
  change: ChangeKind;
  section: string | null;
  syndication: SyndicationLevel | null;
  embargoed: number;
  slug: string;
  url: string | null;
  headline: string | null;
}

/** The dispatcher's mark: every change up to it has been enqueued. */
export async function dispatchMark(db: Db): Promise<number> {
  return (await db.prepare('SELECT high_water FROM webhook_dispatch WHERE id = 1').first<number>('high_water')) ?? 0;
}

type ChangeRow = Omit<DispatchableChange, 'before'> & { [K in keyof PreviousChange as `before_${K}`]: PreviousChange[K] | null };

/** Changes after `after`, oldest first, at most `limit`, each with the article's row before it. */
export async function changesAfter(db: Db, after: number, limit: number): Promise<DispatchableChange[]> {
  // A row from before 0015 keeps no headline: the article's current one stands in.
  const told = (alias: string) =>
    `CASE WHEN ${alias}.headline IS NULL THEN a.url ELSE ${alias}.url END AS ${alias === 'c' ? '' : 'before_'}url,
     coalesce(${alias}.headline, a.headline) AS ${alias === 'c' ? '' : 'before_'}headline`;
  const { results } = await db
    .prepare(
      `SELECT c.id AS seq, c.article_id, c.slug, c.change, c.event, c.version, c.at, c.previous_slug, c.section,
         c.syndication, c.embargoed, ${told('c')},
         p.change AS before_change, p.section AS before_section, p.syndication AS before_syndication,
         p.embargoed AS before_embargoed, p.slug AS before_slug, ${told('p')}
       FROM changes c LEFT JOIN articles a ON a.id = c.article_id
       LEFT JOIN changes p ON p.id = (SELECT max(b.id) FROM changes b WHERE b.article_id = c.article_id AND b.id < c.id)
       WHERE c.id > ?1 ORDER BY c.id LIMIT ?2`,
    )
    .bind(after, limit)
    .all<ChangeRow>();
  return results.map(({ before_change, before_section, before_syndication, before_embargoed, before_slug, before_url, before_headline, ...change }) => ({
    ...change,
    before:
      before_change === null
        ? null
        : { change: before_change, section: before_section, syndication: before_syndication, embargoed: before_embargoed ?? 0, slug: before_slug ?? change.slug, url: before_url, headline: before_headline },
  }));
}

/**
 * Moves the mark forward to `seq`: never back (dispatchers may overlap), and never past the
 * feed's end (a dispatcher that read a feed since emptied, as the tests do, changes nothing).
 */
export async function advanceDispatchMark(db: Db, seq: number): Promise<void> {
  await db
    .prepare('UPDATE webhook_dispatch SET high_water = MAX(high_water, ?1) WHERE id = 1 AND ?1 <= (SELECT COALESCE(MAX(id), 0) FROM changes)')
    .bind(seq)
    .run();
}

/**
 * With no webhook at all, moves the mark to the feed's end in one statement and says so: no one
 * can hear of those changes (a webhook made later starts after them), and the dispatcher after
 * every write costs one query.
 */
export async function skipUnheardChanges(db: Db): Promise<boolean> {
  const { meta } = await db
    .prepare(
      `UPDATE webhook_dispatch SET high_water = MAX(high_water, (SELECT COALESCE(MAX(id), 0) FROM changes))
       WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM webhooks WHERE deleted_at IS NULL)`,
    )
    .run();
  return meta.changes > 0;
}
