import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServedWorker } from '../../../scripts/lib/serve-worker.mjs';
import { serveSeeded } from '../served';

/**
 * Issue 18: what a partner gets from npm. The client is packed (`npm pack`, which builds dist/),
 * installed from the tarball into a fresh project with no network but the tarball, typechecked
 * strictly there with tsc and run against the real Worker.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

const EXAMPLE = `import { BylineError, createClient, type Article } from '@byline/client';

declare const process: { env: Record<string, string | undefined> };

const byline = createClient({ baseUrl: process.env.BYLINE_URL ?? 'http://127.0.0.1:8787' });
const slugs: string[] = [];
for await (const article of byline.articles.list({ section: 'world', limit: 3 })) slugs.push(article.slug);
const article: Article = await byline.articles.get('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
// @ts-expect-error the generated types are real: a headline is a string, not a number
const wrong: number = article.headline;
let status = 0;
try {
  await byline.articles.get('no-such-article');
} catch (error) {
  if (error instanceof BylineError) status = error.status;
}
console.log(JSON.stringify({ slugs, headline: article.headline, section: article.section?.slug ?? null, status, wrong: typeof wrong }));
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    lib: ['es2023', 'dom'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: [],
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    outDir: 'out',
  },
  files: ['example.ts'],
};

describe('the packed @byline/client', () => {
  let byline: ServedWorker;
  let dir: string;
  beforeAll(async () => {
    [byline, dir] = await Promise.all([serveSeeded(), mkdtemp(join(tmpdir(), 'byline-client-pack-'))]);
  }, 240_000);
  afterAll(async () => {
    await byline?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('installs from its tarball with no dependency, typechecks and runs an example', async () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: join(ROOT, 'packages/client'), encoding: 'utf8' }));
    expect(packed[0].files.map((file: { path: string }) => file.path)).toContain('dist/index.d.ts');

    const project = join(dir, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'byline-example', private: true, type: 'module' }));
    execFileSync('npm', ['install', join(dir, packed[0].filename), '--offline', '--no-audit', '--no-fund'], { cwd: project, encoding: 'utf8' });
    // Nothing but the client itself came with it.
    expect(await readdir(join(project, 'node_modules'))).toEqual(['.package-lock.json', '@byline']);

    await writeFile(join(project, 'example.ts'), EXAMPLE);
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    execFileSync(TSC, ['-p', project], { encoding: 'utf8' });
    const output = execFileSync('node', [join(project, 'out', 'example.js')], { env: { ...process.env, BYLINE_URL: byline.origin }, encoding: 'utf8' });
    const result = JSON.parse(output);
    expect(result).toMatchObject({ headline: 'Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks', section: 'world', status: 404 });
    expect(result.slugs.length).toBeGreaterThan(3);
  }, 120_000);
});
