import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS_RATE_LIMIT } from '../../src/content/rate-limit';

/**
 * wrangler.toml against the code: every binding the Worker uses must exist, with the right type,
 * at the top level (local dev and tests) and in every deployed environment, because bindings and
 * vars are not inherited by `[env.*]`. A binding added to the code and to the top level only would
 * pass every local test and then fail in staging; this test fails first.
 *
 * "The bindings the Worker uses" = the members of the Env type that `wrangler types` generates
 * (worker-configuration.d.ts) plus every `env.X` / `c.env.X` / `{ X } = c.env` in src/. A name the
 * code itself declares optional (`X?: string` in one of its interfaces, e.g. a tuning knob that is
 * unset in production) is the one exception: it need not exist anywhere.
 */

const root = join(import.meta.dirname, '..', '..');
const ENVIRONMENTS = ['staging', 'production'] as const;
const CRON = '* * * * *';

/** What kind of binding a name must be, and where in wrangler.toml that kind lives. */
type Kind = 'd1' | 'kv' | 'r2' | 'ratelimit' | 'queue' | 'var' | 'string' | 'unknown';
const KIND_LABEL: Record<Kind, string> = {
  d1: 'a D1 database ([[d1_databases]])',
  kv: 'a KV namespace ([[kv_namespaces]])',
  r2: 'an R2 bucket ([[r2_buckets]])',
  ratelimit: 'a Rate Limiting binding ([[ratelimits]])',
  queue: 'a Queue producer ([[queues.producers]])',
  var: 'a var ([vars])',
  string: 'a secret (secrets.required) or a var ([vars])',
  unknown: 'declared',
};

type Table = Record<string, unknown>;
type Requirement = { kind: Kind; why: string };

// ── What the code needs ──────────────────────────────────────────────────────────────────────

/** The members of the generated Env interface, each with the kind of binding its type implies. */
function bindingsFromEnvType(dts: string): Map<string, Requirement> {
  const block =
    /interface __BaseEnv_Env \{([^}]*)\}/.exec(dts)?.[1] ??
    /declare namespace Cloudflare \{[\s\S]*?interface Env \{([^}]*)\}/.exec(dts)?.[1];
  if (block === undefined) throw new Error('worker-configuration.d.ts has no Env interface: run `npm run types`');
  const found = new Map<string, Requirement>();
  for (const [, name, type] of block.matchAll(/^\s*([A-Za-z_$][\w$]*)\??:\s*(.+?);?\s*$/gm)) {
    const t = (type ?? '').trim();
    const kind: Kind =
      t === 'D1Database'
        ? 'd1'
        : t === 'KVNamespace'
          ? 'kv'
          : t === 'R2Bucket'
            ? 'r2'
            : t === 'RateLimit'
              ? 'ratelimit'
              : /^Queue(<.*>)?$/.test(t)
              ? 'queue'
              : t === 'string'
              ? 'string' // a secret, or a var when `wrangler types` is not strict about vars
              : /^(?:"[^"]*"|'[^']*'|-?\d[\d.]*|true|false)(?:\s*\|\s*(?:"[^"]*"|'[^']*'|-?\d[\d.]*|true|false))*$/.test(t)
                ? 'var' // literal types: the values in [vars]
                : 'unknown';
    found.set(name as string, { kind, why: `Env type: ${name}: ${t}` });
  }
  return found;
}

/**
 * `env.X`, `c.env.X` and `const { X } = c.env` in the Worker's source (upper-case names only), each
 * with the first file using it; and the names the source declares optional (`X?: …`).
 */
function bindingsUsedInCode(files: { path: string; text: string }[]): { used: Map<string, string>; optional: Set<string> } {
  const used = new Map<string, string>();
  const optional = new Set<string>();
  for (const { path, text } of files) {
    for (const match of text.matchAll(/(?:^|[{;,])\s*(?:readonly\s+)?([A-Z][A-Z0-9_]*)\?\s*:/gm)) optional.add(match[1] as string);
    for (const match of text.matchAll(/(?<!process\.)\benv\.([A-Z][A-Z0-9_]*)\b/g)) {
      if (!used.has(match[1] as string)) used.set(match[1] as string, path);
    }
    for (const match of text.matchAll(/\{([^{}]*)\}\s*=\s*(?:\w+\.)?env\b/g)) {
      for (const part of (match[1] as string).split(',')) {
        const name = /^\s*([A-Z][A-Z0-9_]*)\b/.exec(part)?.[1];
        if (name !== undefined && !used.has(name)) used.set(name, path);
      }
    }
  }
  return { used, optional };
}

/**
 * Both sources merged: a name the code uses that the Env type lacks is 'unknown' (and fails),
 * unless the code declares it optional.
 */
function requiredBindings(envType: Map<string, Requirement>, code: ReturnType<typeof bindingsUsedInCode>): Map<string, Requirement> {
  const required = new Map(envType);
  for (const [name, path] of code.used) {
    if (!required.has(name) && !code.optional.has(name)) required.set(name, { kind: 'unknown', why: `used in ${path}` });
  }
  return required;
}

// ── What wrangler.toml provides ──────────────────────────────────────────────────────────────

const asTable = (value: unknown): Table => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {});
const asArray = (value: unknown): Table[] => (Array.isArray(value) ? value.map(asTable) : []);
const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The kinds each name has in one environment's section of the config. */
function bindingsOf(section: Table): Map<string, Set<Kind | 'secret'>> {
  const kinds = new Map<string, Set<Kind | 'secret'>>();
  const add = (name: unknown, kind: Kind | 'secret') => {
    if (typeof name !== 'string') return;
    kinds.set(name, (kinds.get(name) ?? new Set()).add(kind));
  };
  for (const db of asArray(section.d1_databases)) add(db.binding, 'd1');
  for (const ns of asArray(section.kv_namespaces)) add(ns.binding, 'kv');
  for (const bucket of asArray(section.r2_buckets)) add(bucket.binding, 'r2');
  for (const limiter of asArray(section.ratelimits)) add(limiter.name, 'ratelimit');
  for (const producer of asArray(asTable(section.queues).producers)) add(producer.binding, 'queue');
  for (const name of Object.keys(asTable(section.vars))) add(name, 'var');
  for (const name of asStrings(asTable(section.secrets).required)) add(name, 'secret');
  return kinds;
}

function satisfies(kind: Kind, has: Set<Kind | 'secret'>): boolean {
  if (kind === 'string') return has.has('secret') || has.has('var');
  return has.has(kind);
}

/**
 * Every problem with `config` (a parsed wrangler.toml) against `required`: a missing or mistyped
 * binding in any environment, a missing cron trigger, a D1 `DB` without `migrations_dir =
 * "migrations"`, a deployed environment missing, or two environments sharing one resource.
 * Empty when all is well.
 */
function checkWranglerConfig(config: Table, required: Map<string, Requirement>): string[] {
  const problems: string[] = [];
  const sections: [string, Table][] = [['top level', config]];
  const envs = asTable(config.env);
  for (const name of ENVIRONMENTS) {
    if (!(name in envs)) problems.push(`[env.${name}] is missing`);
    else sections.push([`env.${name}`, asTable(envs[name])]);
  }

  for (const [where, section] of sections) {
    const has = bindingsOf(section);
    for (const [name, { kind, why }] of required) {
      const present = has.get(name) ?? new Set();
      if (kind === 'unknown') {
        problems.push(`${where}: ${name} (${why}) is not in the generated Env type; declare it in wrangler.toml and run \`npm run types\``);
      } else if (present.size === 0) {
        problems.push(`${where}: ${name} is missing; it must be ${KIND_LABEL[kind]} (${why})`);
      } else if (!satisfies(kind, present)) {
        problems.push(`${where}: ${name} must be ${KIND_LABEL[kind]} but is ${[...present].join(' + ')} (${why})`);
      }
    }

    const crons = asStrings(asTable(section.triggers).crons);
    if (!crons.includes(CRON)) problems.push(`${where}: [triggers] crons must include "${CRON}" (has ${JSON.stringify(crons)})`);

    const db = asArray(section.d1_databases).find((d) => d.binding === 'DB');
    if (db !== undefined && db.migrations_dir !== 'migrations') {
      problems.push(`${where}: D1 binding DB must have migrations_dir = "migrations" (has ${JSON.stringify(db.migrations_dir)})`);
    }
  }

  // Staging must never write to production's data: no D1 database, KV namespace or bucket shared.
  const owner = new Map<string, string>();
  for (const [where, section] of sections) {
    const resources = [
      ...asArray(section.d1_databases).map((d) => `D1 database ${String(d.database_id)}`),
      ...asArray(section.kv_namespaces).map((n) => `KV namespace ${String(n.id)}`),
      ...asArray(section.r2_buckets).map((b) => `R2 bucket ${String(b.bucket_name)}`),
    ];
    for (const resource of resources) {
      const other = owner.get(resource);
      if (other !== undefined && other !== where) problems.push(`${other} and ${where} share ${resource}`);
      owner.set(resource, where);
    }
  }
  return problems;
}

// ── The real files ───────────────────────────────────────────────────────────────────────────

function sourceFiles(): { path: string; text: string }[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => ({ path: `src/${file}`, text: readFileSync(join(root, 'src', file), 'utf8') }));
}

const tomlText = readFileSync(join(root, 'wrangler.toml'), 'utf8');
const config = parse(tomlText) as Table;
const envType = bindingsFromEnvType(readFileSync(join(root, 'worker-configuration.d.ts'), 'utf8'));
const code = bindingsUsedInCode(sourceFiles());
const required = requiredBindings(envType, code);

describe('wrangler.toml', () => {
  it('knows the bindings the Worker uses, from the Env type and from src/', () => {
    // The sources agree with what this project has today; a new binding only adds to these.
    expect(Object.fromEntries([...envType].map(([name, r]) => [name, r.kind]))).toMatchObject({
      DB: 'd1',
      CACHE: 'kv',
      MEDIA: 'r2',
      SITE_URL: 'var',
      SITE_NAME: 'var',
      ADMIN_TOKEN: 'string',
    });
    expect([...code.used.keys()]).toEqual(expect.arrayContaining(['DB', 'CACHE', 'MEDIA']));
    for (const [name, { kind }] of envType) expect(kind, `${name} has a binding type this test does not know`).not.toBe('unknown');
  });

  it('declares every binding, with its type, cron trigger and migrations dir, in every environment', () => {
    expect(checkWranglerConfig(config, required)).toEqual([]);
  });

  it('gives the per-IP limiter, in every environment, the limit the RateLimit headers announce', () => {
    const sections: [string, Table][] = [['top level', config], ...ENVIRONMENTS.map((name): [string, Table] => [name, asTable(asTable(config.env)[name])])];
    for (const [where, section] of sections) {
      const limiter = asArray(section.ratelimits).find((r) => r.name === 'ANON_RATE_LIMITER');
      expect(asTable(limiter?.simple), where).toEqual({ limit: ANONYMOUS_RATE_LIMIT.requests, period: ANONYMOUS_RATE_LIMIT.period_seconds });
    }
  });

  it('the check fails when an environment lacks or mistypes what the code needs', () => {
    const mutate = (change: (c: Table) => void): string[] => {
      const copy = structuredClone(config);
      change(copy);
      return checkWranglerConfig(copy, required);
    };
    const env = (c: Table, name: string) => asTable(asTable(c.env)[name]);

    // A KV binding dropped from staging only.
    expect(
      mutate((c) => {
        env(c, 'staging').kv_namespaces = [];
      }),
    ).toEqual([expect.stringMatching(/^env\.staging: CACHE is missing; it must be a KV namespace/)]);

    // The admin secret dropped from production.
    expect(
      mutate((c) => {
        asTable(env(c, 'production').secrets).required = [];
      }),
    ).toEqual([expect.stringMatching(/^env\.production: ADMIN_TOKEN is missing/)]);

    // A var dropped from the top level.
    expect(
      mutate((c) => {
        delete asTable(c.vars).SITE_NAME;
      }),
    ).toEqual([expect.stringMatching(/^top level: SITE_NAME is missing; it must be a var/)]);

    // MEDIA bound as a KV namespace instead of an R2 bucket.
    expect(
      mutate((c) => {
        const staging = env(c, 'staging');
        staging.r2_buckets = [];
        staging.kv_namespaces = [...asArray(staging.kv_namespaces), { binding: 'MEDIA', id: 'x' }];
      }),
    ).toEqual([expect.stringMatching(/^env\.staging: MEDIA must be an R2 bucket .* but is kv/)]);

    // The cron trigger and the migrations dir.
    expect(
      mutate((c) => {
        delete env(c, 'production').triggers;
        asArray(env(c, 'staging').d1_databases)[0]!.migrations_dir = 'db/migrations';
      }),
    ).toEqual([
      'env.staging: D1 binding DB must have migrations_dir = "migrations" (has "db/migrations")',
      'env.production: [triggers] crons must include "* * * * *" (has [])',
    ]);

    // Production pointed at staging's database.
    expect(
      mutate((c) => {
        asArray(env(c, 'production').d1_databases)[0]!.database_id = asArray(env(c, 'staging').d1_databases)[0]!.database_id;
      }),
    ).toEqual([expect.stringMatching(/^env\.staging and env\.production share D1 database REPLACE-WITH-STAGING/)]);

    // A whole environment gone.
    expect(mutate((c) => delete asTable(c.env).production)).toEqual(['[env.production] is missing']);
  });

  it('the check fails when the TOML text itself loses a binding', () => {
    // Drop the staging D1 block from the file's text, as a careless edit would.
    const edited = tomlText.replace(/\[\[env\.staging\.d1_databases\]\][^[]*/, '');
    expect(edited).not.toBe(tomlText);
    expect(checkWranglerConfig(parse(edited) as Table, required)).toEqual([
      expect.stringMatching(/^env\.staging: DB is missing; it must be a D1 database/),
    ]);
  });

  it('the check fails when the code uses a binding wrangler.toml does not declare', () => {
    const files = [
      {
        path: 'src/new.ts',
        text: [
          'interface Knobs { TRACE_SAMPLE?: string }',
          'export const f = (c: Ctx) => c.env.QUEUE.send(1);',
          'const { SEARCH, DB } = c.env;',
          'if ((env as Env & Knobs).TRACE_SAMPLE) process.env.NOT_A_BINDING;',
        ].join('\n'),
      },
    ];
    const scanned = bindingsUsedInCode(files);
    expect([...scanned.used.keys()].sort()).toEqual(['DB', 'QUEUE', 'SEARCH']);
    expect([...scanned.optional]).toEqual(['TRACE_SAMPLE']);
    const problems = checkWranglerConfig(config, requiredBindings(envType, scanned));
    expect(problems).toHaveLength(6); // QUEUE and SEARCH, in each of the three sections
    expect(problems[0]).toMatch(/^top level: QUEUE \(used in src\/new\.ts\) is not in the generated Env type/);
  });
});
