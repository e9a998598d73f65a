import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalWorker } from '../../scripts/lib/local-worker.mjs';
import { wordpressFixturesDir } from '../../scripts/wordpress/fixtures.mjs';

/**
 * `npm run import:wordpress` end to end: the CLI as a user runs it, into a fresh persisted local
 * state in a temporary directory (the real Worker on it, as `npm start` would serve it).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'wordpress');
const THEME = join(wordpressFixturesDir(ROOT) ?? 'shared/wordpress', 'themeunittestdata.wordpress.xml');
const TOKEN = 'byl_root_wordpress_import_test';
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function importCli(args: string[], persistTo: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/wordpress/import.mjs'), ...args, '--persist-to', persistTo], {
      cwd: ROOT,
      env: { ...process.env, ADMIN_TOKEN: TOKEN, WRANGLER_SEND_METRICS: 'false' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The count on a summary-table row: `| unchanged    |       58 |`. */
function count(run: Run, row: string): number {
  const match = new RegExp(`\\| ${row} +\\| +(\\d+) \\|`).exec(run.stdout);
  if (!match) throw new Error(`no "${row}" row in:\n${run.stdout}\n${run.stderr}`);
  return Number(match[1]);
}

let state: string;
beforeAll(() => {
  state = mkdtempSync(join(tmpdir(), 'byline-wp-'));
});
afterAll(() => rmSync(state, { recursive: true, force: true }));

describe('npm run import:wordpress', () => {
  it('refuses an external entity (XXE) and an entity bomb before writing anything, exit 2', async () => {
    for (const file of ['xxe.xml', 'billion-laughs.xml']) {
      const run = await importCli(['--file', join(FIXTURES, file)], state);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/DOCTYPE/);
    }
  });

  it('names the line of a malformed file, exit 2', async () => {
    const run = await importCli(['--file', join(FIXTURES, 'malformed.xml')], state);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/malformed\.xml: line 8, column \d+: /);
  });

  it('dry-runs without writing, imports every post, and changes nothing the second time', async () => {
    const dry = await importCli(['--file', THEME, '--dry-run'], state);
    expect(dry.code, dry.stderr).toBe(0);
    expect(count(dry, 'would be created')).toBe(58);

    const first = await importCli(['--file', THEME], state);
    expect(first.code, first.stderr).toBe(0);
    // All 58 are new: the dry run wrote nothing.
    expect(count(first, 'created')).toBe(58);
    expect(first.stdout).toMatch(/posts\/second \| +\d+\.\d \|/);

    const second = await importCli(['--file', THEME], state);
    expect(second.code, second.stderr).toBe(0);
    expect(count(second, 'unchanged')).toBe(58);
    expect(count(second, 'changes')).toBe(0);
  }, 900_000);

  describe('with images on a WordPress host that answers', () => {
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/wp-content/uploads/2024/01/photo.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
        else res.writeHead(404).end('no');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('stores reachable images as Byline media, warns about the others, reports a failing post and goes on, exit 1', async () => {
      const item = (id: number, title: string, content: string, extra = '') => `<item><title>${title}</title><link>${origin}/2024/01/${title.toLowerCase()}/</link>
<dc:creator>editor</dc:creator><content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-01-0${id} 10:00:00</wp:post_date_gmt><wp:post_name>${title.toLowerCase()}</wp:post_name>
<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>${extra}</item>`;
      const wxr = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel><title>Loopback</title><link>${origin}</link><wp:wxr_version>1.1</wp:wxr_version><wp:base_blog_url>${origin}</wp:base_blog_url>
${item(1, 'Pictured', `[caption id="attachment_9" width="1"]<img src="${origin}/wp-content/uploads/2024/01/photo.png" alt="A dot" /> A dot[/caption]\n\nAnd <img src="${origin}/wp-content/uploads/missing.png" alt="gone">`, '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta>')}
${item(2, 'Refused', '<select><style>x</style></select>')}
${item(3, 'Fine', 'Plain words')}
<item><title>photo</title><wp:post_id>9</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>1</wp:post_parent>
<wp:attachment_url>${origin}/wp-content/uploads/2024/01/photo.png</wp:attachment_url><excerpt:encoded><![CDATA[The caption]]></excerpt:encoded></item>
</channel></rss>`;
      const file = join(state, 'loopback.xml');
      writeFileSync(file, wxr);
      const run = await importCli(['--file', file], join(state, 'images'));
      expect(run.code, run.stderr).toBe(1);
      expect(count(run, 'created')).toBe(2);
      expect(count(run, 'failed')).toBe(1);
      expect(run.stdout).toMatch(/#2 Refused: 422 .*body_html/);
      expect(run.stdout).toMatch(/#1 Pictured: image unreachable, kept at its WordPress URL: .*missing\.png: WordPress answered 404/);
      expect(run.stdout).not.toMatch(/photo\.png/);

      const byline = await startLocalWorker({ persistTo: join(state, 'images'), adminToken: TOKEN });
      try {
        const { data } = (await (await fetch(`${byline.origin}/v1/articles/pictured`)).json()) as { data: any };
        expect(data.body_html).toMatch(/<figure><img src="\/media\/[0-9a-f]{64}" alt="A dot">/);
        expect(data.body_html).toContain(`${origin}/wp-content/uploads/missing.png`);
        expect(data.image).toMatchObject({ width: 1, height: 1, content_type: 'image/png' });
        expect(data.published_at).toBe('2024-01-01T10:00:00Z');
      } finally {
        await byline.close();
      }
    }, 600_000);
  });
});
