import { describe, it } from 'vitest';

// Queues are not on main yet (the webhooks branch adds them). When they land, wrap the producer
// binding with a faultyQueue(env.QUEUE, { mode }) beside faultyKV/faultyR2 in helpers/faults.ts
// and prove the same promises here: the write that enqueues still answers (or 503s) in bounded
// time, never half-written, and what failed to enqueue is retried or reported, never lost.
describe('a Queue failing or hanging', () => {
  it.todo('lets the write that enqueues answer within the timeout, the article written whole or not at all');
  it.todo('keeps every notice that could not be enqueued for a later retry (none lost)');
});
