/**
 * Writes that lose a race: another write to the same article (or for the same slug) committed
 * between their read and their commit. One that named no version is read and applied again.
 */
import { Problem } from '../app/problem';

/** The 412 a write's version guard throws when another write committed first. */
export class LostRace extends Problem {}

/**
 * How many times a write is tried while it keeps losing races. Each lost race means another
 * write committed, so among N simultaneous writers none needs more than N tries.
 */
export const WRITE_ATTEMPTS = 25;

/** 503 for a write that lost every race it ran: so many writers at once that it gave up. */
export function contended(): Problem {
  return new Problem({
    status: 503,
    type: 'write-contention',
    title: 'Too many simultaneous writes',
    detail: `The write lost the race to other writes ${WRITE_ATTEMPTS} times; send it again.`,
    headers: { 'Retry-After': '1' },
  });
}

/**
 * Waits a random while, longer after each lost race (full jitter, at most 64 ms), so that
 * writers that all lost to one winner do not all read and commit again in lockstep.
 */
export function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 2 ** Math.min(attempt, 6)));
}

/**
 * Wraps a read-apply-commit write `(ctx, id, precondition, …)` so that, when the caller named no
 * version (`*` or no If-Match) and it loses a race, it runs again from a fresh read: the change
 * is re-applied to the current state, never a stale snapshot written. With an explicit version
 * the caller asked to fail on a race, so that stays a 412.
 */
export function retryingLostRaces<A extends [unknown, string, number | '*' | undefined, ...unknown[]]>(
  write: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write(...args);
      } catch (error) {
        if (typeof args[2] === 'number' || !(error instanceof LostRace)) throw error;
        if (attempt >= WRITE_ATTEMPTS) throw contended();
        await backOff(attempt);
      }
    }
  };
}
