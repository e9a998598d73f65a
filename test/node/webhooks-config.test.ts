import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { devConfigFor } from '../../scripts/lib/dev-config.mjs';
import { WEBHOOK_MAX_ATTEMPTS } from '../../src/syndication/retry';

/** wrangler.toml's webhook queues and vars, in every environment, against the code's constants. */

const root = join(import.meta.dirname, '..', '..');
type Table = Record<string, any>;
const config = parse(readFileSync(join(root, 'wrangler.toml'), 'utf8')) as Table;
const sections: [string, Table][] = [['top level', config], ['staging', config.env.staging], ['production', config.env.production]];

describe("wrangler.toml's webhook delivery", () => {
  it.each(sections)('%s: produces and consumes its own queue, with a dead-letter queue and max_retries one less than the attempts', (_, section) => {
    const producer = section.queues.producers.find((p: Table) => p.binding === 'WEBHOOK_QUEUE');
    const consumer = section.queues.consumers.find((c: Table) => c.queue === producer?.queue);
    expect(consumer).toMatchObject({ max_retries: WEBHOOK_MAX_ATTEMPTS - 1, dead_letter_queue: expect.stringMatching(/-dlq$/) });
    expect(consumer.dead_letter_queue).not.toBe(producer.queue);
  });

  it('gives each deployment its own queues', () => {
    const names = sections.map(([, section]) => section.queues.producers[0].queue);
    expect(new Set(names).size).toBe(sections.length);
  });

  it.each(sections)('%s: refuses loopback destinations and retries after 30 s', (_, section) => {
    expect(section.vars).toMatchObject({ WEBHOOKS_ALLOW_LOOPBACK: 'false', WEBHOOKS_RETRY_BASE_SECONDS: '30' });
  });

  it("allows loopback only in npm start's configuration", () => {
    expect(devConfigFor(root).vars.WEBHOOKS_ALLOW_LOOPBACK).toBe('true');
  });
});
