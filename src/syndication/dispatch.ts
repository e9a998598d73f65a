/**
 * The dispatcher: turns change-feed rows into queued webhook messages. Every article write adds
 * its change row in its own D1 batch, so an event exists the moment the write commits; the
 * dispatcher runs after each admin write (ctx.waitUntil) and from the every-minute cron, reads
 * the changes after its stored mark, records and enqueues one message per (change, webhook), and
 * only then moves the mark. A Worker that dies in between leaves the mark behind and the next run
 * enqueues those changes again: at least once, never lost. A repeat carries the same `webhook-id`
 * (from the change and the webhook), the consumer skips one already acknowledged, and partners
 * dedupe by it, as the Standard Webhooks specification asks.
 */
import { now } from '../content/time';
import type { SyndicationLevel } from '../db/article-writes';
import { type ActiveWebhook, type DispatchableChange, type PreviousChange, activeWebhooks, advanceDispatchMark, changesAfter, dispatchMark, skipUnheardChanges } from '../db/webhooks';
import { type WebhookMessage, insertMessageStatement } from '../db/webhook-deliveries';
import { type TimeoutEnv, boundQueue } from '../storage/bounded';
import type { Entitlements } from './contract';
import { type RightsVars, rightsDefaults } from './rights';

/** Changes read per page, and pages per run: the cron picks up whatever a run leaves. */
const PAGE = 100;
const MAX_PAGES = 10;

/** The `webhook-id` of a change's message to a webhook: the same however often it is enqueued. */
export function messageId(seq: number, webhookId: string): string {
  return `msg_${seq}_${webhookId}`;
}

/** The body partners receive: `{ type, timestamp, data }`, as Standard Webhooks suggests. */
function payloadOf(change: DispatchableChange): string {
  return JSON.stringify({
    type: change.event,
    timestamp: change.at,
    data: {
      id: change.article_id,
      slug: change.slug,
      version: change.version,
      url: change.url,
      headline: change.headline,
      change: change.event === 'article.corrected' ? 'corrected' : change.change,
      previous_slug: change.previous_slug,
    },
  });
}

/**
 * A change as a partner whose contract it takes the article out of hears it: `article.deleted`,
 * naming the article as that partner held it, as its change feed shows it (src/syndication/contract-sql.ts).
 */
function asLeaving(change: DispatchableChange, held: PreviousChange): DispatchableChange {
  return { ...change, event: 'article.deleted', change: 'deleted', slug: held.slug, url: held.url, headline: held.headline, previous_slug: null };
}

/** What a webhook is told of: its events, from its creation on, within its partner's contract. */
interface Listener {
  after_seq: number;
  events: Set<string>;
  /** The partner key's contract; null for the publisher's own webhooks (and keys of other roles). */
  contract: Entitlements | null;
}

/** Whether a change row left the article inside `contract`, for webhooks: never under embargo. */
function inside(contract: Entitlements, row: Pick<PreviousChange, 'change' | 'section' | 'syndication' | 'embargoed'>, defaultLevel: SyndicationLevel, anyKind = false): boolean {
  if (!anyKind && row.change === 'deleted') return false;
  if (row.embargoed !== 0) return false;
  if (contract.sections !== null && !(row.section !== null && contract.sections.includes(row.section))) return false;
  return contract.syndication.includes(row.syndication ?? defaultLevel);
}

/**
 * What a webhook hears of a change, if anything. Never of one the public cannot see (a write
 * under embargo: `article.embargo_lifted` tells of the article when it becomes public). A
 * partner's webhook stops with its key (activeWebhooks) or its contract's expiry, and hears what
 * its change feed shows: the rows that leave the article inside its contract's sections and
 * rights levels, and, as `article.deleted`, one that takes out an article it held (withdrawn
 * from its levels, moved out of its sections, deleted). So a kill notice reaches exactly the
 * partners that could hold the story, and a mirror fed by webhooks stays as exact as the feed.
 */
function heardAs(webhook: Listener, change: DispatchableChange, defaultLevel: SyndicationLevel, at: string): DispatchableChange | null {
  if (webhook.after_seq >= change.seq) return null;
  const contract = webhook.contract;
  let heard: DispatchableChange | null;
  if (contract === null) heard = change.embargoed === 0 ? change : null;
  else if (contract.expires_at !== null && contract.expires_at <= at) heard = null;
  else if (inside(contract, change, defaultLevel)) heard = change;
  else if (change.before ? inside(contract, change.before, defaultLevel) : change.change === 'deleted' && inside(contract, change, defaultLevel, true)) {
    heard = asLeaving(change, change.before ?? change);
  } else heard = null;
  return heard && webhook.events.has(heard.event) ? heard : null;
}

/** The messages one page of changes implies for the webhooks that deliver now. */
function messagesFor(changes: DispatchableChange[], webhooks: ActiveWebhook[], defaultLevel: SyndicationLevel, at: string): WebhookMessage[] {
  const subscribed = webhooks.map((webhook) => ({
    ...webhook,
    events: new Set(JSON.parse(webhook.events) as string[]),
    // Only a partner key carries a contract, as on reads (src/middleware/auth.ts).
    contract: webhook.key_role === 'partner' && webhook.key_entitlements ? (JSON.parse(webhook.key_entitlements) as Entitlements) : null,
  }));
  return changes.flatMap((change) =>
    subscribed.flatMap((webhook) => {
      const heard = heardAs(webhook, change, defaultLevel, at);
      if (!heard) return [];
      return [{
        id: messageId(change.seq, webhook.id),
        webhook_id: webhook.id,
        change_seq: change.seq,
        article_id: change.article_id,
        event: heard.event,
        payload: payloadOf(heard),
        queued_at: at,
      }];
    }),
  );
}

/**
 * Enqueues the messages of every change after the mark; returns how many it enqueued. A send that
 * fails or hangs (past QUEUE_TIMEOUT_MS) throws BindingUnavailable before the mark passes its
 * changes, so the next run sends them again.
 */
export async function dispatchEvents(env: Pick<Env, 'DB' | 'WEBHOOK_QUEUE'> & Partial<RightsVars> & TimeoutEnv): Promise<number> {
  const defaultLevel = rightsDefaults(env).syndication;
  const queue = boundQueue(env);
  if (await skipUnheardChanges(env.DB)) return 0;
  let enqueued = 0;
  let mark = await dispatchMark(env.DB);
  for (let page = 0; page < MAX_PAGES; page++) {
    const changes = await changesAfter(env.DB, mark, PAGE);
    if (changes.length === 0) break;
    // Webhooks are read after the changes: one made in between hears only of later changes anyway.
    const messages = messagesFor(changes, await activeWebhooks(env.DB), defaultLevel, now());
    // A queue batch takes at most 100 messages.
    for (let i = 0; i < messages.length; i += 100) {
      const chunk = messages.slice(i, i + 100);
      await env.DB.batch(chunk.map((message) => insertMessageStatement(env.DB, message)));
      await queue.sendBatch(chunk.map((body) => ({ body, contentType: 'json' as const })));
      // Messages go in change order: every change before the next unsent one's is out now, so a
      // later batch that fails sends again only from there, not this batch a second time.
      const next = messages[i + 100];
      if (next && next.change_seq - 1 > mark) await advanceDispatchMark(env.DB, next.change_seq - 1);
    }
    enqueued += messages.length;
    mark = changes.at(-1)!.seq;
    await advanceDispatchMark(env.DB, mark);
    if (changes.length < PAGE) break;
  }
  return enqueued;
}
