// Where an import writes: a deployed Byline (`--target https://… --token …`) or, by default, the
// local state `npm start` serves, through the real Worker started on it. Either way every write
// goes through Byline's admin API: POST /v1/admin/media for images, POST /v1/admin/wordpress/posts
// for posts, so revisions, the change feed, caches and the sanitizer stay Byline's own.
import { createHash } from 'node:crypto';
import { resolveAdminToken } from '../lib/dev-vars.mjs';
import { startLocalWorker } from '../lib/local-worker.mjs';

/** Opens the target; resolves to `{ origin, importPost, uploadImage, close }`. */
export async function openTarget({ target, token, persistTo, vars }) {
  let origin = target?.replace(/\/+$/, '');
  let close = async () => {};
  if (!origin) {
    const local = await startLocalWorker({ persistTo, adminToken: token ?? resolveAdminToken().token, vars });
    origin = local.origin;
    close = local.close;
  }
  const key = token ?? resolveAdminToken().token;
  const headers = { Authorization: `Bearer ${key}` };

  async function send(path, init) {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${origin}${path}`, { ...init, headers: { ...headers, ...init.headers } });
      // A rate limit or a busy D1 is worth waiting for; anything else is the answer.
      if ((res.status === 429 || res.status === 503) && attempt < 5) {
        await new Promise((done) => setTimeout(done, 1000 * Number(res.headers.get('Retry-After') ?? attempt)));
        continue;
      }
      const text = await res.text();
      const body = text ? JSON.parse(text) : null;
      if (!res.ok) throw new Error(problemText(res.status, body));
      return body;
    }
  }

  return {
    origin,
    /** Sends one post; the import result, or a thrown Error whose message is Byline's reason. */
    async importPost(post, { dryRun }) {
      const { data } = await send(`/v1/admin/wordpress/posts${dryRun ? '?dry_run=true' : ''}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(post),
      });
      return data;
    },
    /** Runs the live sync once for `body.url` (the Worker reads WordPress); the run's report. */
    async sync(body, { dryRun }) {
      const { data } = await send(`/v1/admin/wordpress/sync${dryRun ? '?dry_run=true' : ''}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return data;
    },
    /** Stores an image (or, in a dry run, only names it by the key it would get): its media key. */
    async uploadImage(bytes, contentType, { alt, caption, credit }, { dryRun }) {
      if (dryRun) return createHash('sha256').update(bytes).digest('hex');
      const query = new URLSearchParams({ alt: alt || 'Image imported from WordPress' });
      if (caption) query.set('caption', caption);
      if (credit) query.set('credit', credit);
      const { data } = await send(`/v1/admin/media?${query}`, { method: 'POST', headers: { 'Content-Type': contentType }, body: bytes });
      return data.key;
    },
    close,
  };
}

function problemText(status, body) {
  if (!body || typeof body !== 'object') return `Byline answered ${status}`;
  const fields = (body.errors ?? []).map((error) => `${error.path}: ${error.message}`).join('; ');
  return `${status} ${body.detail ?? body.title ?? ''}${fields ? ` (${fields})` : ''}`.trim();
}
