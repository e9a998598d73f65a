/**
 * KV and R2 as each request sees them, and the webhook queue as the dispatcher sees it: every
 * call answers, fails as BindingUnavailable, or gives up as BindingUnavailable after a bounded
 * wait, so that a binding that hangs cannot hang the request (or the cron). D1 gets the same from
 * tagD1Failures (d1-failures.ts), which also tells its outages from errors of our own queries.
 */
import { D1Unavailable, tagD1Failures } from './d1-failures';
import type { AppBindings } from '../app/types';

type Bounded = 'KV' | 'R2' | 'Queue';

/** KV, R2 or the queue failed or did not answer in time; the request was fine. */
export class BindingUnavailable extends Error {
  constructor(
    readonly binding: Bounded,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BindingUnavailable';
  }
}

/** Whether `error` is a storage outage (D1, KV or R2) rather than a mistake of ours. */
export const isOutage = (error: unknown): error is D1Unavailable | BindingUnavailable => error instanceof D1Unavailable || error instanceof BindingUnavailable;

/** How long a request waits for D1 in all before it gives up (reads then serve a stale copy). */
export const DEFAULT_D1_TIMEOUT_MS = 5000;
/** A KV read is only a cache: past this, the read goes to D1 instead. */
export const DEFAULT_KV_TIMEOUT_MS = 1000;
/** One R2 call (head, get, put) before the answer is 503. */
export const DEFAULT_R2_TIMEOUT_MS = 5000;
/** One send to the webhook queue: past this the dispatcher stops, its mark left before what failed. */
export const DEFAULT_QUEUE_TIMEOUT_MS = 5000;

/** Optional knobs in the environment (tests shorten them). */
export interface TimeoutEnv {
  D1_TIMEOUT_MS?: string;
  KV_TIMEOUT_MS?: string;
  R2_TIMEOUT_MS?: string;
  QUEUE_TIMEOUT_MS?: string;
}

const PROGRAMMING_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

function bounded<T extends object>(binding: T, name: Bounded, ms: number): T {
  const fail = (error: unknown) =>
    error instanceof BindingUnavailable || PROGRAMMING_ERRORS.some((type) => error instanceof type)
      ? error
      : new BindingUnavailable(name, `${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  return new Proxy(binding, {
    get(target, prop) {
      const member: unknown = Reflect.get(target, prop, target);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const result: unknown = (member as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        let timer: ReturnType<typeof setTimeout> | null = null;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new BindingUnavailable(name, `${name} did not answer within ${ms} ms`)), ms);
        });
        return Promise.race([result.catch((error) => Promise.reject(fail(error))), late]).finally(() => timer !== null && clearTimeout(timer));
      };
    },
  });
}

const msFrom = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) ? Number(value) : fallback);

/**
 * `env` with its D1, KV and R2 bounded for one request starting now: D1 by one deadline for
 * the whole request, KV and R2 per call.
 *
 * @example
 * ```ts
 * c.env = boundBindings(c.env);
 * ```
 */
export function boundBindings<E extends AppBindings>(env: E, now: number = Date.now()): E {
  const knobs = env as E & TimeoutEnv;
  return {
    ...env,
    DB: tagD1Failures(env.DB, now + msFrom(knobs.D1_TIMEOUT_MS, DEFAULT_D1_TIMEOUT_MS)),
    CACHE: bounded(env.CACHE, 'KV', msFrom(knobs.KV_TIMEOUT_MS, DEFAULT_KV_TIMEOUT_MS)),
    MEDIA: bounded(env.MEDIA, 'R2', msFrom(knobs.R2_TIMEOUT_MS, DEFAULT_R2_TIMEOUT_MS)),
  };
}

/**
 * The webhook queue with each send bounded: the dispatcher runs after the response (waitUntil)
 * and in the cron, where a hanging send would otherwise hold either until the runtime kills it.
 *
 * @example
 * ```ts
 * await boundQueue(env).sendBatch(messages);
 * ```
 */
export function boundQueue(env: Pick<Env, 'WEBHOOK_QUEUE'> & TimeoutEnv): Queue {
  return bounded(env.WEBHOOK_QUEUE, 'Queue', msFrom(env.QUEUE_TIMEOUT_MS, DEFAULT_QUEUE_TIMEOUT_MS));
}
