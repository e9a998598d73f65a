// A post's images: the featured one, those its galleries show and every <img> in its content.
// Each is fetched from WordPress once per run and stored through Byline's media upload; one that
// cannot be fetched (no network, a 404, not an image) is a warning on its post, which keeps the
// image's WordPress URL: an image never fails its post.

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** The image URLs a post shows, with the alt and caption WordPress gave each. */
export function postImages(post) {
  const images = new Map();
  const add = (url, details = {}) => {
    if (!/^https?:\/\//i.test(url ?? '')) return;
    const existing = images.get(url);
    images.set(url, { alt: existing?.alt || details.alt || '', caption: existing?.caption || details.caption || null, credit: details.credit ?? null });
  };
  if (post.featured_image) add(post.featured_image.url, post.featured_image);
  for (const attachment of post.attachments ?? []) add(attachment.url, attachment);
  for (const match of (post.content ?? '').matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const tag = match[0];
    const alt = /\salt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
    add((match[1] ?? match[2]).replace(/&amp;/g, '&'), { alt });
  }
  return images;
}

/** Caches each URL's outcome for the run: `{ key }` or `{ error }`. */
export function imageStore(target, { dryRun, timeoutMs = 10_000 }) {
  const outcomes = new Map();
  async function fetchAndStore(url, details) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      if (!res.ok) return { error: `${url}: WordPress answered ${res.status}` };
      const type = (res.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
      if (!type.startsWith('image/')) return { error: `${url}: not an image (${type || 'no Content-Type'})` };
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength > MAX_IMAGE_BYTES) return { error: `${url}: larger than ${MAX_IMAGE_BYTES} bytes` };
      return { key: await target.uploadImage(bytes, type, plain(details), { dryRun }) };
    } catch (error) {
      return { error: `${url}: ${error.cause?.code ?? error.message}` };
    }
  }
  return {
    /** The post with `images` (those stored) and the warnings for those that were not. */
    async resolve(post) {
      const images = [];
      const warnings = [];
      for (const [url, details] of postImages(post)) {
        if (!outcomes.has(url)) outcomes.set(url, fetchAndStore(url, details));
        const outcome = await outcomes.get(url);
        if (outcome.key) images.push({ url, key: outcome.key });
        else warnings.push(`image unreachable, kept at its WordPress URL: ${outcome.error}`);
      }
      return { post: { ...post, images }, warnings };
    },
  };
}

function plain(details) {
  const text = (value) => (value ? String(value).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '');
  return { alt: text(details.alt).slice(0, 1000), caption: text(details.caption).slice(0, 2000) || null, credit: text(details.credit).slice(0, 500) || null };
}
