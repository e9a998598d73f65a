import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devConfigFor, writeDevConfig } from '../../scripts/lib/dev-config.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

describe("npm start's wrangler dev configuration", () => {
  it('names every path absolutely, so it works from .wrangler/dev/', () => {
    const config = devConfigFor(ROOT);
    const paths = [config.main, ...config.d1_databases.map((db) => db.migrations_dir), config.assets?.directory, config.build?.cwd, ...Object.values(config.alias ?? {})];
    // wrangler.toml declares static assets (the docs viewer) and a build step: both must be carried over.
    expect(config.assets?.directory).toBeDefined();
    expect(config.build?.cwd).toBeDefined();
    for (const path of paths) {
      expect(isAbsolute(path!), path).toBe(true);
      expect(path!.startsWith(ROOT), path).toBe(true);
    }
    expect(existsSync(config.main)).toBe(true);
    expect(existsSync(config.d1_databases[0]!.migrations_dir)).toBe(true);
    // wrangler.toml aliases the MCP SDK's unused validators to stubs (src/mcp/stubs/): each must resolve.
    expect(Object.keys(config.alias ?? {})).toContain('ajv');
    for (const stub of Object.values(config.alias ?? {})) expect(existsSync(stub), stub).toBe(true);
  });

  it('adds the local Images binding and leaves the deployment environments out', () => {
    const config = devConfigFor(ROOT);
    expect(config.images).toEqual({ binding: 'IMAGES' });
    expect(config.env).toBeUndefined();
  });

  it('lets webhooks reach loopback receivers locally, which wrangler.toml refuses everywhere', () => {
    expect(devConfigFor(ROOT).vars.WEBHOOKS_ALLOW_LOOPBACK).toBe('true');
  });

  it('writes the configuration where it is asked to', () => {
    const file = writeDevConfig(ROOT, join(mkdtempSync(join(tmpdir(), 'byline-dev-')), 'wrangler.json'));
    expect(existsSync(file)).toBe(true);
  });
});
