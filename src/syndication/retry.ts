/** How often and when a failed webhook delivery is tried again. */

/**
 * Attempts per event and webhook, the first included. wrangler.toml's `max_retries` for the
 * webhook queue must be one less (test/node/webhooks-config.test.ts holds them together).
 */
export const WEBHOOK_MAX_ATTEMPTS = 7;

/** The longest delay Cloudflare Queues accepts for a retry: 12 hours. */
const MAX_DELAY_SECONDS = 43_200;

/** How long one attempt may take, response headers included. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The delay before the attempt after `attempt`: `base`, then 4× longer each time, at most 12 h.
 * With the deployed base of 30 s: 30 s, 2 min, 8 min, 32 min, ~2 h, ~8.5 h (about 11 h in all).
 */
export function retryDelaySeconds(attempt: number, base: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.round(base * 4 ** (attempt - 1)));
}

/** WEBHOOKS_RETRY_BASE_SECONDS as a number (30 when unset or not a number). */
export function retryBase(env: { WEBHOOKS_RETRY_BASE_SECONDS?: string }): number {
  const base = Number(env.WEBHOOKS_RETRY_BASE_SECONDS);
  return Number.isFinite(base) && base >= 0 ? base : 30;
}
