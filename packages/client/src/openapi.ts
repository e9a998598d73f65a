// Generated from Byline's /openapi.json by openapi-typescript (npm run client:types). Do not edit:
// test/node/client/types-drift.test.ts fails when this file and the document disagree.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether Byline and its D1, KV and R2 bindings answer
         * @description Each binding is tried once, with its latency; 503 (same body, `ok` false) when any of them fails.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search published articles
         * @description Newest first, or with `q` most relevant first (a headline match outranks a body match), each item then carrying a `snippet`. Keyset-paginated: pass `next_cursor` back as `cursor` until it is null. Pages neither skip nor repeat, even when articles share a `published_at` or a relevance score; a search's, only while no article is published or changed between its pages (relevance scores depend on the whole index, and a new match moves the ranked window). A search cursor holds no score and fits only the `q` it came from; if the last article of its page no longer matches, the next page answers 400 on `cursor`: search again. A search ranks at most the 2,000 matches most recently written to Byline (those the filters keep). `since` and `until` bound `published_at` inclusively; every filter combines with `q`. `Accept: application/ninjs+json` answers IPTC ninjs 3.1 instead of JSON (`*\/*`, `application/json` or no `Accept` answer JSON; an `Accept` naming neither answers 406); every answer carries `Vary: Accept`, and each representation has its own cache entry and ETag.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one published article
         * @description The whole article, or with `fields` exactly the fields named. `{slug}` is the article's slug or its `id` (the id answers the article itself). A slug the article had before a rename answers 301 to its current slug; a slug another article has taken since names that article. 404 when no published article has the slug, 410 (with `slug` and `withdrawn_reason`) when it was withdrawn. `Accept: application/ninjs+json` answers IPTC ninjs 3.1 instead of JSON (`*\/*`, `application/json` or no `Accept` answer JSON; an `Accept` naming neither answers 406); every answer carries `Vary: Accept`, and each representation has its own cache entry and ETag.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{slug}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles related to a published article
         * @description Up to `limit` published articles, most shared tags first, then by how well they match the significant words of this headline (full-text), then newest. Never the article itself. `next_cursor` is always null: there is one page. 404 for an unknown slug, 410 when the article was withdrawn, 301 for a slug it had before a rename; the article's `id` works as well as its slug.
         */
        get: operations["listRelatedArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feed.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * JSON Feed 1.1 of the newest 50 published articles
         * @description Full bodies in `content_html`. `section` and `tag` narrow it, as on `/v1/articles`.
         */
        get: operations["getJsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feed.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RSS 2.0 feed of the newest 50 published articles
         * @description With `atom:link rel="self"`, the full body in `content:encoded`, authors as `dc:creator`, section and tags as `category`, the image as `media:content` and `enclosure`. `section` and `tag` narrow it.
         */
        get: operations["getRssFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap-news.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google News sitemap: articles published in the last 48 hours
         * @description Each article's canonical `url` with its publication (SITE_NAME), language, publication date and title; at most 1,000.
         */
        get: operations["getNewsSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sitemap of every published article's canonical URL
         * @description A urlset with each `url` and its `lastmod`. Beyond 50,000 articles, a sitemap index instead, whose files are `/sitemap.xml?page=1`, `?page=2`…
         */
        get: operations["getSitemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sections with their counts of published articles
         * @description In slug order; pass `next_cursor` back as `cursor` for more.
         */
        get: operations["listSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags with their counts of published articles
         * @description In slug order; pass `next_cursor` back as `cursor` for more.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List authors with their counts of published articles
         * @description In slug order; pass `next_cursor` back as `cursor` for more.
         */
        get: operations["listAuthors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed for partners' mirrors
         * @description Oldest first. `next_cursor` is always the position after the last change returned (or the one you sent, when there is nothing new): store it and poll with it. `has_more` says whether more changes are waiting right now. Following cursors never skips or repeats a change. On `upsert` or `corrected`, fetch `/v1/articles/{slug}` (or `/v1/articles/{id}`); on `withdrawn` or `deleted`, remove the article. `previous_slug` is set when the article was renamed since the feed last named it. With a partner key the feed is cut to its contract: the changes that leave an article inside it, and one `deleted` entry when a write takes an article out of it (another section or rights level); articles the contract never covered are never named. Articles under embargo appear only for contracts with `embargo_access`; the public hears of one when its embargo is lifted.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the article for an old URL
         * @description For redirecting an old site: `url` is a permalink of an imported WordPress post (`https://old.example/2013/01/10/a-post/`), a `?p=123` URL (or just `?p=123`), a slug the post or article had (current or old), or an article's canonical URL, current or before a rename. Answers 301 to `/v1/articles/{slug}`; 404 when no public article has that address (drafts, scheduled and deleted articles included), 410 when the article was withdrawn.
         */
        get: operations["resolveUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oembed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * oEmbed 1.0 provider (type rich)
         * @description `url` is an article's canonical `url` or its API URL (`/v1/articles/{slug}`). With `key` (a partner key's public prefix) the `html` embeds the card for that key, so that its origins may frame it; without one only Byline itself may (any site when EMBEDS_PUBLIC is "true"). JSON only: `format=xml` answers 501. Anything not public (unknown, draft, scheduled, deleted) answers 404 with one body whatever the reason, withdrawn 410. When several articles share a `url`, the published one answers. A URL a renamed article had before (its old API URL, or a canonical URL the rename changed) answers 301 to this endpoint with `url` naming it as it is now.
         */
        get: operations["getOEmbed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The embeddable card
         * @description A self-contained HTML page (under 15 KB, inline CSS, no third-party requests) that posts its height to its parent. `Content-Security-Policy` allows images from Byline only, the inline style and script by hash, and `frame-ancestors` = the allowed origins of the partner key whose public prefix is given as `key` (`'none'` for an unknown or revoked key), `'self'` without a key: an unkeyed card names no partner. Any origin when EMBEDS_PUBLIC is "true". A slug the article had before a rename answers 301 to its current one.
         */
        get: operations["getEmbedCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/embed.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner loader
         * @description An element `<div data-byline-article="SLUG"></div>` on a page that loads this script (async) becomes the card. Optional `data-theme` (light|dark) and `data-key` (a partner key's public prefix). The one route that ignores query parameters rather than refusing unknown ones: no parameter changes the script, and pages add cache-busters (`?v=3`, jQuery's `?_=…`).
         */
        get: operations["getEmbedLoader"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an image
         * @description A raw body with its Content-Type (`alt`, `caption`, `credit` as query parameters) or multipart/form-data with `file` (and those as form fields). The type is decided by the bytes: JPEG, PNG, GIF, WebP or AVIF, matching the declared type (a multipart file labelled `application/octet-stream`, or not at all, is judged by its bytes alone), else 415. Only a whole file is taken: one cut short, or a header without its image data (a PNG needs IDAT and IEND, a JPEG a scan and its end, a GIF an image and its trailer, a WebP a RIFF as long as it says, an AVIF its mdat), is 415. Width and height come from the file's header: at most 12,000 pixels a side and 100 megapixels in all (Cloudflare Images' limits, so every original can be transformed), else 422 naming `file`. At most 10 MiB (413, from Content-Length before reading, or as soon as a streamed body passes it). The R2 key is the SHA-256 of the bytes, so the same bytes twice are stored once: 201 the first time, 200 with the same media (its first alt, caption and credit) afterwards.
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Image bytes (also HEAD)
         * @description Streamed from R2 with a strong ETag (If-None-Match → 304), a single Range (206; `bytes=a-b`, `bytes=a-`, `bytes=-n`; 416 with `Content-Range: bytes *\/size` when unsatisfiable; If-Range honoured), `Accept-Ranges: bytes`, `Cache-Control: public, max-age=31536000, immutable`, the stored Content-Type, `X-Content-Type-Options: nosniff` and `Content-Security-Policy: default-src 'none'`. HEAD answers the same headers without a body. `w` (320, 640, 960, 1280, 1920; never enlarged) and `format` (`auto` negotiated from Accept with `Vary: Accept`, `webp`, `avif`) ask for a variant, made by the Cloudflare Images binding when it is configured and kept in R2 after the first transform (`X-Byline-Variant: transformed`); without the binding, or when it cannot make one, the original is served (`X-Byline-Variant: original`).
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List articles in every state
         * @description Most recently changed first; deleted articles are left out.
         */
        get: operations["listAdminArticles"];
        put?: never;
        /**
         * Create an article
         * @description A draft unless `status` is `published` (published now) or `publish_at` is given (scheduled). The slug is made from the headline when absent, with a numeric suffix when taken (`-2`, `-3`…, also when creates race); an explicit slug that is taken answers 409. A `publish_at` must be later than the time of the write: a past one answers 422 on `publish_at` (send `status: "published"` to publish now).
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one article in any state
         * @description With its workflow fields (`status`, `publish_at`, `withdrawn_reason`, `created_at`); the ETag is its version, for `If-Match`. Deleted articles answer 404.
         */
        get: operations["getAdminArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article (soft)
         * @description The article disappears from every read; its revisions stay. `If-Match` is optional; without it a race is retried, never a 412 (an article already deleted answers 404).
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /**
         * Update an article (partial)
         * @description Needs `If-Match: "<version>"`: 428 without it, 412 when another write came first. `If-Match: *` applies the change to whatever version is current, re-read and re-applied if another write lands first (503 only if that keeps happening). On success `version` is one higher and so is the ETag, unless the body changes nothing (every field it gives as the article already has it): then the answer is the article as it is, with no new version, revision, change-feed entry or webhook. A `publish_at` must be later than the time of the write (422 on `publish_at` otherwise; to publish now, publish instead), and scheduling an article that is already published answers 409: withdraw it first, so a live article never leaves the public reads by being scheduled. A `correction` is appended to the article's public `corrections` (with this write's time), also when it is already published (then it is a new version); 422 on `correction` when the article was never published.
         */
        patch: operations["updateArticle"];
        trace?: never;
    };
    "/v1/admin/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish now, or schedule with publish_at
         * @description Without a body (or with `{}`) the article is published now; with `publish_at` it is scheduled and the Cron Trigger publishes it once due. Publishing an article that is already published (or scheduling it for the time it is already scheduled for) changes nothing: 200 with the article as it is, no new version. `If-Match` is optional here: when sent, a stale version answers 412; without it (or with `*`) a race with another write is re-read and retried, never a 412. A `publish_at` must be later than the time of the write (422 on `publish_at` otherwise; to publish now, publish instead), and scheduling an article that is already published answers 409: withdraw it first, so a live article never leaves the public reads by being scheduled. A `correction` is appended to the article's public `corrections` (with this write's time), also when it is already published (then it is a new version); 422 on `correction` when the article was never published.
         */
        post: operations["publishArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a published article
         * @description Public reads of it then answer 410 with the reason. 409 unless the article is published (also for the losers of simultaneous withdrawals). `If-Match` is optional; without it a race is retried, never a 412.
         */
        post: operations["withdrawArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every saved version of an article, newest first
         * @description Each revision holds the full stored state at that version, which key wrote it and when. Deleted articles keep theirs.
         */
        get: operations["listArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a signed, expiring preview link
         * @description A link anyone holding it can open, without a key, to see the article as it is now — draft, scheduled, published or withdrawn, always its latest saved state — as JSON and as the embed card. It expires after `expires_in_seconds` (default 3600, from 60 to 604800). It is signed (HMAC-SHA256), not stored: it cannot be revoked one by one; rotating `PREVIEW_SECRET` (or, without one, `ADMIN_TOKEN`) ends every link.
         */
        post: operations["createPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preview/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft preview, as JSON
         * @description The article as the admin API shows it (with `status`). No key needed: the signed link is the credential. Always the current state, read from D1, never cached anywhere. 401 when the link has expired or was altered; 404 when the article has since been deleted (the link was genuine, but there is nothing left to show).
         */
        get: operations["previewArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preview/{token}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft preview, as the embed card
         * @description The card `/embed/{slug}` will show once it is published, framed only by Byline itself. No key needed: the signed link is the credential. Always the current state, read from D1, never cached anywhere. 401 when the link has expired or was altered; 404 when the article has since been deleted (the link was genuine, but there is nothing left to show).
         */
        get: operations["previewCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys (never their secrets)
         * @description Newest first, revoked ones included (with `revoked_at`); pass `next_cursor` back as `cursor` for more.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Roles: `admin` > `editor` > `partner`. The answer shows `secret` this one time; store it. `entitlements` gives a partner key its contract; an unknown section slug answers 422 naming it.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key fails from the very next request. Revoking twice is harmless.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        /**
         * Change a key's contract
         * @description Replaces `entitlements` whole; the key reads under the new contract from its next request. An unknown section slug answers 422 naming it; an unknown or revoked key 404.
         */
        patch: operations["updateKey"];
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks (never their secrets)
         * @description Newest first, deleted ones left out; pass `next_cursor` back as `cursor` for more.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to article events
         * @description Each event is POSTed as `{ type, timestamp, data: { id, slug, version, url, headline, change, previous_slug } }`, signed per the Standard Webhooks specification (`webhook-id`, `webhook-timestamp`, `webhook-signature`), through Cloudflare Queues: retried with backoff for about 11 hours, then dead-lettered. The webhook hears of changes made after it is created. The answer shows `secret` this one time.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Nothing more is delivered to it, queued events included. Its deliveries stay in the kill notices of the articles it was told about.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook's delivery log
         * @description Every attempt, newest first: the event, the attempt number, the status or error, and when the next attempt is due.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/articles/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who was told to take the article down, and their receipts
         * @description Per webhook (partner) subscribed to `article.withdrawn` or `article.deleted`, the notice of each withdrawal or deletion of this article: acknowledged (the partner answered 2xx) and when, or still failing (attempts, last error, next retry), or given up after every attempt. All of them in one page, oldest event first.
         */
        get: operations["listKillNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/wordpress/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import or re-import one WordPress post
         * @description What `npm run import:wordpress` and the live sync send for each post. The post (by `site` and `id`) becomes one article, through the same write path as the admin API: revisions, the change feed and caches follow. Its content is converted (blocks removed, `[caption]` and galleries as figures, embeds as links, wpautop paragraphs) and then sanitized; its permalink, id and slugs are kept for GET /v1/resolve. Statuses: publish → published at the post's date, future → scheduled, draft/pending/private → draft, and a trashed or unpublished post Byline had published is withdrawn. Sending the same post again answers `unchanged` and writes nothing.
         */
        post: operations["importWordPressPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/wordpress/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the live sync once
         * @description What the Cron Trigger does every minute when WORDPRESS_URL is set, for the site given here: reads the posts modified since this site's recorded position (REST `modified_after`, a few pages at most), imports each as POST /v1/admin/wordpress/posts does (creating, updating, withdrawing trashed or unpublished posts), and records the new position. `npm run sync:wordpress` calls it until `done`.
         */
        post: operations["syncWordPress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every problem type Byline answers
         * @description An index of every `type` a problem+json answer can carry, each linking to its page (HTML, or JSON with `Accept: application/json`).
         */
        get: operations["listProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a problem type means and how to fix it
         * @description The page a problem's `type` URI points to: its title, statuses, what it means, how to fix it and an example body.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The MCP server (Streamable HTTP)
         * @description Model Context Protocol over Streamable HTTP, stateless: every JSON-RPC message is answered on its own POST as `application/json` (no session, no SSE stream), so `GET /mcp` (a server-to-client stream) and `DELETE /mcp` (ending a session) answer 405. Read-only tools: `search_articles`, `list_articles`, `get_article`, `list_sections`; resources `byline://articles/{slug}`. They read the public REST API as the caller: a partner key in `Authorization` applies exactly as it would there; without one, what the public sees. Send `Accept: application/json, text/event-stream`.
         */
        post: operations["postMcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            ok: boolean;
            d1: components["schemas"]["HealthCheck"];
            kv: components["schemas"]["HealthCheck"];
            r2: components["schemas"]["HealthCheck"];
        };
        HealthCheck: {
            ok: boolean;
            latency_ms: number;
            error?: string;
        };
        /** @description An RFC 9457 problem details object. */
        Problem: {
            /** @example /problems/validation-error */
            type: string;
            /** @example Invalid request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example 1 field is invalid: limit. */
            detail: string;
            /** @description This request's id, as in `X-Request-Id`: quote it when you report a problem. */
            request_id: string;
            /** @description Validation failures only (400, 422): one entry per wrong field. */
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example limit */
            path: string;
            /** @example Too big: expected number to be <=100 */
            message: string;
        };
        ArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        /** @description An article without `body_html` and `body_text`: a list item when `fields` is not given. */
        ArticleSummary: {
            /** @example art_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            /** @example kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks */
            slug: string;
            /** @description The canonical page on the publisher's site. */
            url: string | null;
            headline: string;
            standfirst: string | null;
            /** @description Plain text, at most 300 characters. */
            excerpt: string;
            authors: components["schemas"]["Term"][];
            section: components["schemas"]["Term"] | null;
            tags: components["schemas"]["Term"][];
            image: components["schemas"]["Image"] | null;
            /** @example en */
            language: string;
            word_count: number;
            reading_time_minutes: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            published_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            updated_at: string;
            /** @description +1 on every change; the admin API's If-Match value. */
            version: number;
            rights: components["schemas"]["Rights"];
            /** @description Oldest first. */
            corrections: components["schemas"]["Correction"][];
            /**
             * Format: date-time
             * @description Public reads: only on an article under embargo, which only keys whose contract has `embargo_access` (and the admin API) can read: the time it becomes public. Such answers are `Cache-Control: private`. Admin answers always carry it (null when not set).
             * @example 2023-09-20T14:05:00Z
             */
            embargoed_until?: string | null;
            /**
             * @description Admin responses only.
             * @enum {string}
             */
            status?: "draft" | "scheduled" | "published" | "withdrawn";
            /**
             * @description Search results only (`q`): a short passage of the article, HTML-escaped, with the matched terms in `<mark>`; safe to insert as HTML.
             * @example Nairobi and Port-au-Prince set up <mark>diplomatic</mark> ties…
             */
            snippet?: string;
        };
        Term: {
            /** @example kenya */
            slug: string;
            /** @example Kenya */
            name: string;
        };
        Image: {
            /** @example med_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            /** Format: uri */
            url: string;
            width: number | null;
            height: number | null;
            alt: string;
            caption: string | null;
            credit: string | null;
            /** @example image/png */
            content_type: string;
            /** @description Ready for <img srcset>: the allowlisted widths narrower than the original, then the original. */
            srcset: string;
            /** @example (max-width: 768px) 100vw, 768px */
            sizes: string;
        };
        /** @description The article's own rights where set, else the publisher's defaults. */
        Rights: {
            /** @example Web and print use by contracted partners only. */
            usage_terms: string | null;
            /** @example Byline Demo News */
            copyright_holder: string | null;
            /** @example © 2026 Byline Demo News */
            copyright_notice: string | null;
            /**
             * @description How freely partners may republish it. A partner contract names the levels it receives.
             * @enum {string}
             */
            syndication: "allowed" | "restricted" | "none";
        };
        /** @description A correction, appended by a write that carried `correction`; never removed. */
        Correction: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            at: string;
            text: string;
        };
        PartialArticleList: {
            data: components["schemas"]["PartialArticle"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        /** @description An article read with `fields`: exactly the fields named, each as in `Article`. */
        PartialArticle: {
            /** @example art_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id?: string;
            /** @example kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks */
            slug?: string;
            /** @description The canonical page on the publisher's site. */
            url?: string | null;
            headline?: string;
            standfirst?: string | null;
            /** @description Plain text, at most 300 characters. */
            excerpt?: string;
            /** @description Sanitized HTML. */
            body_html?: string;
            body_text?: string;
            authors?: components["schemas"]["Term"][];
            section?: components["schemas"]["Term"] | null;
            tags?: components["schemas"]["Term"][];
            image?: components["schemas"]["Image"] | null;
            /** @example en */
            language?: string;
            word_count?: number;
            reading_time_minutes?: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            published_at?: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            updated_at?: string;
            /** @description +1 on every change; the admin API's If-Match value. */
            version?: number;
            rights?: components["schemas"]["Rights"];
            /** @description Oldest first. */
            corrections?: components["schemas"]["Correction"][];
            /**
             * Format: date-time
             * @description Public reads: only on an article under embargo, which only keys whose contract has `embargo_access` (and the admin API) can read: the time it becomes public. Such answers are `Cache-Control: private`. Admin answers always carry it (null when not set).
             * @example 2023-09-20T14:05:00Z
             */
            embargoed_until?: string | null;
            /**
             * @description Admin responses only.
             * @enum {string}
             */
            status?: "draft" | "scheduled" | "published" | "withdrawn";
            /**
             * @description Search results only (`q`): a short passage of the article, HTML-escaped, with the matched terms in `<mark>`; safe to insert as HTML.
             * @example Nairobi and Port-au-Prince set up <mark>diplomatic</mark> ties…
             */
            snippet?: string;
        };
        /** @description A page of articles as ninjs items in the usual list envelope (ninjs has no list type of its own). */
        NinjsList: {
            data: components["schemas"]["NinjsItem"][];
            /** @description Pass back as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        /** @description An article as an IPTC ninjs 3.1 news item (http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json): the properties Byline fills. `pubStatus` is `usable` when published, `withheld` under embargo and `canceled` when withdrawn. */
        NinjsItem: {
            /**
             * Format: uri
             * @description The stable identifier of the object: for an article its API URL by id, which never changes.
             */
            uri: string;
            /** @enum {string} */
            type: "text" | "picture";
            /** @enum {string} */
            representationType?: "full" | "partial";
            version?: string;
            /**
             * Format: date-time
             * @example 2023-09-20T14:05:00Z
             */
            versionCreated?: string;
            by?: string;
            headlines?: {
                role?: string;
                contentType?: string;
                value: string;
            }[];
            descriptions?: {
                role?: string;
                contentType?: string;
                value: string;
            }[];
            renditions?: components["schemas"]["NinjsRendition"][];
            copyrightHolder?: string;
            copyrightNotice?: string;
            usageTerms?: string;
            standard?: {
                name: string;
                version: string;
                /** Format: uri */
                schema: string;
            };
            /**
             * Format: date-time
             * @example 2023-09-20T14:05:00Z
             */
            firstCreated?: string;
            /**
             * Format: date-time
             * @example 2023-09-20T14:05:00Z
             */
            contentCreated?: string;
            /**
             * Format: date-time
             * @example 2023-09-20T14:05:00Z
             */
            embargoedUntil?: string;
            /** @enum {string} */
            pubStatus: "usable" | "withheld" | "canceled";
            edNote?: string;
            language?: string;
            slugline?: string;
            altIds?: {
                role?: string;
                value: string;
            }[];
            bodies?: {
                role?: string;
                contentType?: string;
                value: string;
                charCount?: number;
                wordCount?: number;
            }[];
            people?: {
                name: string;
                rel?: string;
                /** Format: uri */
                uri?: string;
                literal?: string;
            }[];
            subjects?: {
                name: string;
                rel?: string;
                /** Format: uri */
                uri?: string;
                literal?: string;
            }[];
            associations?: components["schemas"]["NinjsPicture"][];
        };
        NinjsRendition: {
            /** @example w640 */
            name: string;
            /** Format: uri */
            href: string;
            /** @example image/jpeg */
            contentType?: string;
            title?: string;
            width?: number;
            height?: number;
            sizeInBytes?: number;
        };
        /** @description The hero image as a ninjs picture, with its variants as renditions. */
        NinjsPicture: {
            /**
             * Format: uri
             * @description The stable identifier of the object: for an article its API URL by id, which never changes.
             */
            uri: string;
            /** @enum {string} */
            type: "text" | "picture";
            /** @enum {string} */
            representationType?: "full" | "partial";
            version?: string;
            /**
             * Format: date-time
             * @example 2023-09-20T14:05:00Z
             */
            versionCreated?: string;
            by?: string;
            headlines?: {
                role?: string;
                contentType?: string;
                value: string;
            }[];
            descriptions?: {
                role?: string;
                contentType?: string;
                value: string;
            }[];
            renditions?: components["schemas"]["NinjsRendition"][];
            copyrightHolder?: string;
            copyrightNotice?: string;
            usageTerms?: string;
            /** @example featureimage */
            name: string;
            rel?: string;
        };
        ArticleEnvelope: {
            data: components["schemas"]["Article"];
        };
        Article: {
            /** @example art_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            /** @example kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks */
            slug: string;
            /** @description The canonical page on the publisher's site. */
            url: string | null;
            headline: string;
            standfirst: string | null;
            /** @description Plain text, at most 300 characters. */
            excerpt: string;
            /** @description Sanitized HTML. */
            body_html: string;
            body_text: string;
            authors: components["schemas"]["Term"][];
            section: components["schemas"]["Term"] | null;
            tags: components["schemas"]["Term"][];
            image: components["schemas"]["Image"] | null;
            /** @example en */
            language: string;
            word_count: number;
            reading_time_minutes: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            published_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            updated_at: string;
            /** @description +1 on every change; the admin API's If-Match value. */
            version: number;
            rights: components["schemas"]["Rights"];
            /** @description Oldest first. */
            corrections: components["schemas"]["Correction"][];
            /**
             * Format: date-time
             * @description Public reads: only on an article under embargo, which only keys whose contract has `embargo_access` (and the admin API) can read: the time it becomes public. Such answers are `Cache-Control: private`. Admin answers always carry it (null when not set).
             * @example 2023-09-20T14:05:00Z
             */
            embargoed_until?: string | null;
            /**
             * @description Admin responses only.
             * @enum {string}
             */
            status?: "draft" | "scheduled" | "published" | "withdrawn";
        };
        PartialArticleEnvelope: {
            data: components["schemas"]["PartialArticle"];
        };
        /** @description An RFC 9457 problem details object. */
        GoneProblem: components["schemas"]["Problem"] & {
            /** @description The slug of the withdrawn article. */
            slug: string;
            /** @description The publisher's reason for withdrawing it. */
            withdrawn_reason: string | null;
        };
        RelatedArticleList: {
            data: components["schemas"]["ArticleSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        /** @description A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
        JsonFeed: {
            /** @enum {string} */
            version: "https://jsonfeed.org/version/1.1";
            title: string;
            home_page_url: string;
            feed_url: string;
            description: string;
            language?: string;
            items: components["schemas"]["JsonFeedItem"][];
        };
        JsonFeedItem: {
            /** @description The article's id. */
            id: string;
            /** @description The article's canonical page. */
            url: string;
            title: string;
            content_html: string;
            summary: string;
            image?: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            date_published: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            date_modified: string;
            authors: {
                name: string;
            }[];
            tags: string[];
            language: string;
        };
        SectionList: {
            data: components["schemas"]["Section"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Section: {
            /** @example world */
            slug: string;
            /** @example World */
            name: string;
            description: string | null;
            /**
             * @description Published articles in it.
             * @example 12
             */
            article_count: number;
        };
        TagList: {
            data: components["schemas"]["Tag"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Tag: {
            /** @example kenya */
            slug: string;
            /** @example Kenya */
            name: string;
            /**
             * @description Published articles in it.
             * @example 12
             */
            article_count: number;
        };
        AuthorList: {
            data: components["schemas"]["Author"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Author: {
            slug: string;
            name: string;
            bio: string | null;
            /**
             * @description Published articles in it.
             * @example 12
             */
            article_count: number;
        };
        ChangeList: {
            data: components["schemas"]["Change"][];
            next_cursor: string;
            has_more: boolean;
        };
        Change: {
            /**
             * @description The article id.
             * @example art_01hb6d3v8k4yq2f6x1n0c9m7tz
             */
            id: string;
            slug: string;
            /**
             * @description `corrected` is an `upsert` whose write appended a correction: refetch the article as on `upsert` (its `corrections` list has grown).
             * @enum {string}
             */
            change: "upsert" | "corrected" | "withdrawn" | "deleted";
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            at: string;
            /**
             * @description On the entry of a rename, the slug this feed last gave for the article (it now answers 301 to `slug`); null on every other entry.
             * @example null
             */
            previous_slug: string | null;
        };
        OEmbed: {
            /** @enum {string} */
            version: "1.0";
            /** @enum {string} */
            type: "rich";
            title: string;
            author_name?: string;
            author_url?: string;
            provider_name: string;
            provider_url: string;
            cache_age: number;
            /** @description An iframe of the card plus the loader script that sizes it. */
            html: string;
            width: number;
            height: number;
            thumbnail_url?: string;
            thumbnail_width?: number;
            thumbnail_height?: number;
        };
        MediaEnvelope: {
            data: components["schemas"]["Media"];
        };
        Media: {
            /** @example med_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            /** @description The SHA-256 of the bytes: the R2 key. */
            key: string;
            /** Format: uri */
            url: string;
            /** @enum {string} */
            content_type: "image/jpeg" | "image/png" | "image/gif" | "image/webp" | "image/avif";
            byte_size: number;
            width: number | null;
            height: number | null;
            alt: string;
            caption: string | null;
            credit: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
        };
        AdminArticleEnvelope: {
            data: components["schemas"]["AdminArticle"];
        };
        AdminArticle: components["schemas"]["Article"] & {
            /**
             * Format: date-time
             * @description Set while the article is (or, once published, will be) under embargo.
             * @example 2023-09-20T14:05:00Z
             */
            embargoed_until: string | null;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "withdrawn";
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            publish_at: string | null;
            withdrawn_reason: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
        };
        CreateArticle: {
            headline: string;
            /** @description Sanitized on write. 422 when nothing is left after sanitizing (a body that is only a script), when it nests too deeply to parse (thousands of unclosed tags), when it holds more than 40,000 `<`, or when it and its text take over 1,500,000 bytes as stored (UTF-8, JSON-escaped). */
            body_html: string;
            slug?: string;
            /** Format: uri */
            url?: string | null;
            standfirst?: string | null;
            /** @description Derived from the body when absent. */
            excerpt?: string | null;
            language?: string;
            /** @description A section slug. */
            section?: string | null;
            /** @description Tag names or slugs; unknown ones are created. */
            tags?: string[];
            /** @description Author slugs, or `{ slug, name }` to create one. */
            authors?: (string | {
                slug: string;
                name: string;
            })[];
            image_id?: string | null;
            /** @enum {string} */
            status?: "draft" | "published";
            rights?: components["schemas"]["RightsInput"];
            /** @description Puts the article under embargo until then (a date: from its start, in UTC): once published, only keys whose contract has `embargo_access` read it; the Cron Trigger makes it public within a minute of that time. Must be later than the time of the write (422 otherwise); 409 when the article is already public; null lifts an embargo now. */
            embargoed_until?: ((string | null) | null) | string | null;
            /** @description Schedules the article (a date: from its start, in UTC); the Cron Trigger publishes it once due. Must be later than the time of the write (422 otherwise); 409 when the article is already published. Null unschedules a scheduled article (a draft again). */
            publish_at?: ((string | null) | null) | string | null;
        };
        /** @description Each field given replaces the article's own; null (or never set) means the publisher's default (the RIGHTS_* vars). */
        RightsInput: {
            usage_terms?: string | null;
            copyright_holder?: string | null;
            copyright_notice?: string | null;
            /** @enum {string|null} */
            syndication?: "allowed" | "restricted" | "none" | null;
        };
        AdminArticleList: {
            data: components["schemas"]["AdminArticleSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        AdminArticleSummary: {
            /** @example art_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            /** @example kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks */
            slug: string;
            /** @description The canonical page on the publisher's site. */
            url: string | null;
            headline: string;
            standfirst: string | null;
            /** @description Plain text, at most 300 characters. */
            excerpt: string;
            authors: components["schemas"]["Term"][];
            section: components["schemas"]["Term"] | null;
            tags: components["schemas"]["Term"][];
            image: components["schemas"]["Image"] | null;
            /** @example en */
            language: string;
            word_count: number;
            reading_time_minutes: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            published_at: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            updated_at: string;
            /** @description +1 on every change; the admin API's If-Match value. */
            version: number;
            rights: components["schemas"]["Rights"];
            /** @description Oldest first. */
            corrections: components["schemas"]["Correction"][];
            /**
             * Format: date-time
             * @description Set while the article is (or, once published, will be) under embargo.
             * @example 2023-09-20T14:05:00Z
             */
            embargoed_until: string | null;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "withdrawn";
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            publish_at: string | null;
            withdrawn_reason: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
        };
        UpdateArticle: {
            headline?: string;
            /** @description Sanitized on write. 422 when nothing is left after sanitizing (a body that is only a script), when it nests too deeply to parse (thousands of unclosed tags), when it holds more than 40,000 `<`, or when it and its text take over 1,500,000 bytes as stored (UTF-8, JSON-escaped). */
            body_html?: string;
            slug?: string;
            /** Format: uri */
            url?: string | null;
            standfirst?: string | null;
            /** @description Derived from the body when absent. */
            excerpt?: string | null;
            language?: string;
            /** @description A section slug. */
            section?: string | null;
            /** @description Tag names or slugs; unknown ones are created. */
            tags?: string[];
            /** @description Author slugs, or `{ slug, name }` to create one. */
            authors?: (string | {
                slug: string;
                name: string;
            })[];
            image_id?: string | null;
            /** @enum {string} */
            status?: "draft" | "published";
            rights?: components["schemas"]["RightsInput"];
            /** @description Puts the article under embargo until then (a date: from its start, in UTC): once published, only keys whose contract has `embargo_access` read it; the Cron Trigger makes it public within a minute of that time. Must be later than the time of the write (422 otherwise); 409 when the article is already public; null lifts an embargo now. */
            embargoed_until?: ((string | null) | null) | string | null;
            /** @description Schedules the article (a date: from its start, in UTC); the Cron Trigger publishes it once due. Must be later than the time of the write (422 otherwise); 409 when the article is already published. Null unschedules a scheduled article (a draft again). */
            publish_at?: ((string | null) | null) | string | null;
            correction?: components["schemas"]["CorrectionInput"];
        };
        /** @description Appended, with the write's time, to the article's public `corrections` (never removed); the change feed says `corrected`. 422 on an article that was never published. */
        CorrectionInput: {
            text: string;
        };
        PublishArticle: {
            /** @description Schedules the article (a date: from its start, in UTC); the Cron Trigger publishes it once due. Must be later than the time of the write (422 otherwise); 409 when the article is already published. */
            publish_at?: string;
            correction?: components["schemas"]["CorrectionInput"];
        };
        WithdrawArticle: {
            reason: string;
        };
        RevisionList: {
            data: components["schemas"]["Revision"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        Revision: {
            id: number;
            article_id: string;
            version: number;
            /** @enum {string} */
            action: "create" | "update" | "publish" | "withdraw" | "delete";
            /** @description The key that wrote it: `root`, a key id, or `scheduler`. */
            key_id: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
            /** @description The full stored state of the article at this version. */
            article: {
                [key: string]: unknown;
            };
        };
        PreviewLink: {
            data: {
                /**
                 * Format: uri
                 * @description The preview page: the draft as JSON; append `/card` for the embed card.
                 */
                url: string;
                /**
                 * Format: uri
                 * @description The draft as the embed card.
                 */
                card_url: string;
                /**
                 * Format: date-time
                 * @description RFC 3339, UTC.
                 * @example 2023-09-20T14:05:00Z
                 */
                expires_at: string;
            };
        };
        PreviewRequest: {
            /**
             * @default 3600
             * @example 3600
             */
            expires_in_seconds: number;
        };
        CreatedKey: components["schemas"]["Key"] & {
            /** @description Shown this once; only its SHA-256 is stored. */
            secret: string;
        };
        RateLimit: {
            /**
             * @description Requests allowed in each window.
             * @example 600
             */
            requests: number;
            /**
             * @description The window, in seconds.
             * @example 60
             */
            period_seconds: number;
        };
        /** @description A stored contract; `sections` null: every section. */
        EntitlementsView: {
            sections: string[] | null;
            /** @enum {string} */
            body: "full" | "excerpt";
            embargo_access: boolean;
            syndication: ("allowed" | "restricted" | "none")[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            expires_at: string | null;
        };
        Key: {
            /** @example key_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            name: string;
            /** @enum {string} */
            role: "partner" | "editor" | "admin";
            allowed_origins: string[];
            /**
             * @description The public part of the secret, for recognizing it.
             * @example byl_k3j9x2m4qa
             */
            prefix: string;
            /** @description The key's own limit; null: its role's default. */
            rate_limit: components["schemas"]["RateLimit"] | null;
            /** @description The contract; null: none (the public view). */
            entitlements: components["schemas"]["EntitlementsView"] | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            revoked_at: string | null;
        };
        CreateKey: {
            name: string;
            /** @enum {string} */
            role: "partner" | "editor" | "admin";
            /**
             * @description For partner keys: the origins that may use the key and embed articles.
             * @default []
             */
            allowed_origins: string[];
            rate_limit?: components["schemas"]["RateLimit"] & unknown;
            entitlements?: components["schemas"]["Entitlements"];
        };
        /** @description For partner keys: the contract. Without one the key reads the public view. */
        Entitlements: {
            /** @description Section slugs the key receives; absent: every section. */
            sections?: string[];
            /**
             * @description `excerpt`: `body_html` and `body_text` are never sent to this key (not even with `fields`).
             * @default full
             * @enum {string}
             */
            body: "full" | "excerpt";
            /**
             * @description Reads articles under embargo (marked with `embargoed_until`, `Cache-Control: private`).
             * @default false
             */
            embargo_access: boolean;
            /**
             * @description The rights levels (`rights.syndication`) the key receives; default all.
             * @default [
             *       "allowed",
             *       "restricted",
             *       "none"
             *     ]
             */
            syndication: ("allowed" | "restricted" | "none")[];
            /** @description After it (a date: from its start, in UTC), every request with the key answers 401. */
            expires_at?: string;
        };
        KeyList: {
            data: components["schemas"]["Key"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        /** @description Replaces the contract whole (null: none, the key then reads the public view). Takes effect on the key's next request. */
        UpdateKey: {
            entitlements: (components["schemas"]["Entitlements"] & unknown) | null;
        };
        CreatedWebhook: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret in its Standard Webhooks form, shown this once: verify each delivery with it (README, "Webhooks").
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        Webhook: {
            /** @example whk_01hb6d3v8k4yq2f6x1n0c9m7tz */
            id: string;
            url: string;
            events: ("article.published" | "article.updated" | "article.corrected" | "article.withdrawn" | "article.deleted" | "article.embargo_lifted")[];
            key_id: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            created_at: string;
        };
        CreateWebhook: {
            /**
             * @description Where to POST each event: http or https, a public host. Private, link-local, unique-local and metadata addresses are refused; loopback (127.0.0.1, ::1, localhost) only under `npm start`. Redirects are not followed.
             * @example https://partner.example/hooks/byline
             */
            url: string;
            /** @description The events to receive (at least one). */
            events: ("article.published" | "article.updated" | "article.corrected" | "article.withdrawn" | "article.deleted" | "article.embargo_lifted")[];
            /**
             * @description The partner key this webhook belongs to: it then hears only of articles that key's contract covers, and stops when the key is revoked.
             * @example key_01hb6d3v8k4yq2f6x1n0c9m7tz
             */
            key_id?: string;
        };
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            next_cursor: string | null;
        };
        WebhookDelivery: {
            /** @description This attempt. */
            id: number;
            /**
             * @description The `webhook-id` header: the same on every attempt of one event.
             * @example msg_42_whk_01hb6d3v8k4yq2f6x1n0c9m7tz
             */
            event_id: string;
            /**
             * @description An event a webhook can subscribe to.
             * @example article.withdrawn
             * @enum {string}
             */
            event_type: "article.published" | "article.updated" | "article.corrected" | "article.withdrawn" | "article.deleted" | "article.embargo_lifted";
            article_id: string;
            /** @description 1 for the first attempt. */
            attempt: number;
            /** @description The partner's HTTP status; null when no answer came. */
            status_code: number | null;
            /** @description Why the attempt failed (a status, a redirect, a timeout, a refused connection); null on success. */
            error: string | null;
            /**
             * @description `delivered`: a 2xx, the receipt. `retrying`: tried again at `next_retry_at`. `dead_lettered`: the last attempt failed; given up.
             * @enum {string}
             */
            outcome: "delivered" | "retrying" | "dead_lettered";
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            at: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            next_retry_at: string | null;
        };
        KillNoticeList: {
            data: components["schemas"]["KillNotice"][];
            next_cursor: null;
        };
        KillNotice: {
            webhook_id: string;
            /** @description The partner key of the webhook, if it has one. */
            key_id: string | null;
            url: string;
            /** @description The `webhook-id` of the notice. */
            event_id: string;
            /** @enum {string} */
            event_type: "article.withdrawn" | "article.deleted";
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            queued_at: string;
            /**
             * @description `acknowledged`: the partner answered 2xx (its receipt). `failing`: attempts failed, more will follow. `dead_lettered`: every attempt failed. `pending`: not attempted yet.
             * @enum {string}
             */
            state: "acknowledged" | "failing" | "dead_lettered" | "pending";
            acknowledged: boolean;
            /**
             * Format: date-time
             * @description When the partner first answered at all (any status).
             * @example 2023-09-20T14:05:00Z
             */
            delivered_at: string | null;
            /**
             * Format: date-time
             * @description When the partner answered 2xx.
             * @example 2023-09-20T14:05:00Z
             */
            acknowledged_at: string | null;
            /** @description The status of the last attempt. */
            status_code: number | null;
            attempts: number;
            last_error: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC.
             * @example 2023-09-20T14:05:00Z
             */
            next_retry_at: string | null;
        };
        WordPressImportResultEnvelope: {
            data: components["schemas"]["WordPressImportResult"];
        };
        WordPressImportResult: {
            /** @enum {string} */
            action: "created" | "updated" | "withdrawn" | "unchanged" | "skipped";
            article_id: string | null;
            slug: string | null;
            /** @enum {string|null} */
            status: "draft" | "scheduled" | "published" | "withdrawn" | null;
            version: number | null;
            warnings: string[];
        };
        WordPressPost: {
            /**
             * Format: uri
             * @description The WordPress site (its home URL): with `id`, what identifies the post across runs.
             */
            site: string;
            id: number;
            /** @enum {string} */
            status: "publish" | "draft" | "pending" | "future" | "private" | "trash";
            title: string;
            content: string;
            /** @default null */
            excerpt: string | null;
            /** @default null */
            slug: string | null;
            /**
             * Format: uri
             * @description The permalink; GET /v1/resolve finds the article by it.
             * @default null
             */
            link: string | null;
            /**
             * Format: date-time
             * @default null
             */
            date_gmt: string | null;
            /**
             * Format: date-time
             * @default null
             */
            modified_gmt: string | null;
            /** @default null */
            author: {
                slug: string;
                name: string;
            } | null;
            /** @default [] */
            categories: {
                slug: string;
                name: string;
            }[];
            /**
             * @description The section's slug (Yoast's primary category); else the first category.
             * @default null
             */
            primary_category: string | null;
            /** @default [] */
            tags: {
                slug: string;
                name: string;
            }[];
            /** @default [] */
            old_slugs: string[];
            /** @default null */
            featured_image: {
                /** Format: uri */
                url: string;
                /** @default  */
                alt: string;
                /** @default null */
                caption: string | null;
                /** @default null */
                credit: string | null;
            } | null;
            /**
             * @description Attachments the post's galleries may show; `attached` ones are its own (a `[gallery]` without ids).
             * @default []
             */
            attachments: {
                id: number;
                /** Format: uri */
                url: string;
                /** @default null */
                alt: string | null;
                /** @default null */
                caption: string | null;
                /** @default false */
                attached: boolean;
            }[];
            /**
             * @description Images already uploaded through POST /v1/admin/media: each source URL with its media key. The others keep their WordPress URL.
             * @default []
             */
            images: {
                /** Format: uri */
                url: string;
                key: string;
            }[];
        };
        WordPressSyncReportEnvelope: {
            data: components["schemas"]["WordPressSyncReport"];
        };
        WordPressSyncReport: {
            site: string;
            pages: number;
            counts: {
                [key: string]: number;
            };
            failures: {
                id: number;
                reason: string;
            }[];
            /** @description The `modified` time (the site's clock) of the last post read: the next run reads what changed after it. */
            position: string | null;
            /** @description false: more changed posts wait; call again (the Cron Trigger does, every minute). */
            done: boolean;
        };
        WordPressSyncRequest: {
            /** Format: uri */
            url: string;
            application_password?: string;
        };
        ProblemType: {
            /** @example /problems/validation-error */
            type: string;
            /** @example Invalid request */
            title: string;
            /**
             * @example [
             *       400,
             *       422
             *     ]
             */
            statuses: number[];
            meaning: string;
            fix: string;
            /** @description A problem body as Byline sends it. */
            example: {
                [key: string]: unknown;
            };
        };
        /** @description A JSON-RPC 2.0 result or error. */
        JsonRpcResponse: {
            /** @enum {string} */
            jsonrpc: "2.0";
            id: string | number | null;
            result?: {
                [key: string]: unknown;
            };
            error?: {
                code: number;
                message: string;
                data?: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A JSON-RPC 2.0 request, notification or response (MCP 2025-06-18). */
        JsonRpcMessage: {
            /** @enum {string} */
            jsonrpc: "2.0";
            /** @description Absent on notifications. */
            id?: string | number;
            /** @example tools/call */
            method?: string;
            params?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description This path does not answer that method; `Allow` lists the ones it does. */
        MethodNotAllowed: {
            headers: {
                /** @description The methods this path answers. */
                Allow: string;
                /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description D1, KV or R2 failed or did not answer in time, and nothing cached could answer instead: nothing was changed; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After": number;
                /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Invalid request: `X-D1-Bookmark` is not a bookmark (`errors[0].path` names it). */
        BadBookmark: {
            headers: {
                /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited: wait `Retry-After` seconds. `RateLimit-Policy` gives the limit, `RateLimit` its state. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After": number;
                /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                "RateLimit-Policy": string;
                /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                RateLimit: string;
                /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                "X-Request-Id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every binding answered. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description At least one binding failed; `ok` is false. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description A section slug. */
                section?: string;
                /** @description Tag slugs; every one must match. Repeat the parameter or give a comma list (`a,b`), or both; at most 10 values in all. */
                tag?: string[];
                /** @description An author slug. */
                author?: string;
                /** @description Full-text search over headline, standfirst and body (with a key whose contract gives excerpts only, over headline and standfirst: its matches and snippets never come from a body): words must all match (AND); `"a phrase"` in quotes; `kenya*` for a prefix. Anything else is matched as plain text. Results then come most relevant first, each with a `snippet`. A key whose contract has `embargo_access` also finds the articles under embargo it reads in the list; they are ranked by their own, smaller index, so their place among public matches is approximate. When more than 2,000 articles match (after the other filters), only the 2,000 most recently written to Byline are ranked; narrow with `since`, `until`, `section`, `tag` or `author` to reach older ones. */
                q?: string;
                /** @description An RFC 3339 date-time, or a date (from its start). */
                since?: string;
                /** @description An RFC 3339 date-time, or a date (covering the whole day). */
                until?: string;
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
                /** @description Comma list of top-level fields to return. */
                fields?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles: summaries, or with `fields` exactly the fields named. With `Accept: application/ninjs+json`, a page of ninjs items (`NinjsList`) in the same envelope, as `application/json; profile="…/openapi.json#/components/schemas/NinjsList"` (ninjs has no list type); items carry bodies only when `fields` names `body_html`/`body_text`, and search results a `snippet` description. */
            200: {
                headers: {
                    /** @description `Accept`: the representation is negotiated. */
                    Vary?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleList"] | components["schemas"]["PartialArticleList"] | components["schemas"]["NinjsList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The `Accept` header names no representation this resource has. */
            406: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /** @description Comma list of top-level fields to return. */
                fields?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article, or with `fields` exactly the fields named. In ninjs (`Accept: application/ninjs+json`) the whole item; `fields` there only decides which bodies it carries (`body_html` the HTML one, `body_text` the plain one). */
            200: {
                headers: {
                    /** @description `Accept`: the representation is negotiated. */
                    Vary?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleEnvelope"] | components["schemas"]["PartialArticleEnvelope"];
                    "application/ninjs+json": components["schemas"]["NinjsItem"];
                };
            };
            /** @description The article was renamed: `Location` is `/v1/articles/{current-slug}`, with the same query. Never a chain: it names the current slug. */
            301: {
                headers: {
                    /** @description Where the article is now (absolute URL). */
                    Location?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The `Accept` header names no representation this resource has. */
            406: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Withdrawn by the publisher: a problem naming `slug` and `withdrawn_reason`, or in ninjs the item with `pubStatus: canceled` and the reason as `edNote` (a kill notice). */
            410: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["GoneProblem"];
                    "application/ninjs+json": components["schemas"]["NinjsItem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRelatedArticles: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related articles, best first. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedArticleList"];
                };
            };
            /** @description The article was renamed: `Location` is `/v1/articles/{current-slug}/related`, with the same query. Never a chain: it names the current slug. */
            301: {
                headers: {
                    /** @description Where the article is now (absolute URL). */
                    Location?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Withdrawn by the publisher. */
            410: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["GoneProblem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJsonFeed: {
        parameters: {
            query?: {
                /** @description A section slug: only that section. */
                section?: string;
                /** @description Tag slugs; every one must match. Repeat the parameter or give a comma list (`a,b`), or both; at most 10 values in all. */
                tag?: string[];
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRssFeed: {
        parameters: {
            query?: {
                /** @description A section slug: only that section. */
                section?: string;
                /** @description Tag slugs; every one must match. Repeat the parameter or give a comma list (`a,b`), or both; at most 10 values in all. */
                tag?: string[];
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNewsSitemap: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The news sitemap. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSitemap: {
        parameters: {
            query?: {
                /** @description One file of a sitemap index. */
                page?: number;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The urlset, or the sitemap index. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSections: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sections. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuthors: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of authors. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveUrl: {
        parameters: {
            query: {
                url: string;
            };
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article was renamed: `Location` is `/v1/articles/{slug}` of the article the address names, with the same query. Never a chain: it names the current slug. */
            301: {
                headers: {
                    /** @description Where the article is now (absolute URL). */
                    Location?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Withdrawn by the publisher. */
            410: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["GoneProblem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOEmbed: {
        parameters: {
            query: {
                url: string;
                format?: "json" | "xml";
                maxwidth?: number;
                maxheight?: number;
                /** @description Do Not Track, which WordPress adds to every oEmbed request; accepted and ignored, as nothing is tracked. */
                dnt?: string;
                /** @description A partner key's public prefix (byl_…): the `html`'s card then lets that key's origins frame it. */
                key?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The oEmbed answer. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OEmbed"];
                };
            };
            /** @description The article was renamed: `Location` is `/oembed` with `url` naming the article as it is now, with the same query. Never a chain: it names the current slug. */
            301: {
                headers: {
                    /** @description Where the article is now (absolute URL). */
                    Location?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Withdrawn by the publisher. */
            410: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["GoneProblem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description format=xml is not implemented. */
            501: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmbedCard: {
        parameters: {
            query?: {
                theme?: "light" | "dark" | "auto";
                /** @description A partner key's public prefix (byl_…), never its secret. */
                key?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The article was renamed: `Location` is `/embed/{current-slug}`, with the same query. Never a chain: it names the current slug. */
            301: {
                headers: {
                    /** @description Where the article is now (absolute URL). */
                    Location?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A "not available" card (problem+json unless the client accepts HTML). */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description A "withdrawn" card (problem+json unless the client accepts HTML). */
            410: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/problem+json": components["schemas"]["GoneProblem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEmbedLoader: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadBookmark"];
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: {
                /** @description Required (here or as a form field). */
                alt?: string;
                caption?: string;
                credit?: string;
            };
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/gif": string;
                "image/webp": string;
                "image/avif": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    alt: string;
                    caption?: string;
                    credit?: string;
                };
            };
        };
        responses: {
            /** @description These bytes were stored before: the existing media. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaEnvelope"];
                };
            };
            /** @description Stored. */
            201: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMedia: {
        parameters: {
            query?: {
                w?: 320 | 640 | 960 | 1280 | 1920;
                format?: "auto" | "webp" | "avif";
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    /** @description Strong: R2's etag of the bytes served. */
                    ETag?: string;
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    /** @description `transformed` or `original`, when `w` or `format` was asked. */
                    "X-Byline-Variant"?: string;
                    /** @description `Accept`, when `format=auto`. */
                    Vary?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                };
            };
            /** @description Part of the image (Range), with Content-Range. */
            206: {
                headers: {
                    /** @description Strong: R2's etag of the bytes served. */
                    ETag?: string;
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    /** @description `transformed` or `original`, when `w` or `format` was asked. */
                    "X-Byline-Variant"?: string;
                    /** @description `Accept`, when `format=auto`. */
                    Vary?: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/*": string;
                };
            };
            /** @description Not modified: If-None-Match names the current ETag. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The Range lies outside the object; `Content-Range: bytes *\/<size>` gives its size. */
            416: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAdminArticles: {
        parameters: {
            query?: {
                status?: "draft" | "scheduled" | "published" | "withdrawn";
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of articles. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticle"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag: string;
                    /** @description The new article: `/v1/admin/articles/{id}`. */
                    Location: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you last read, in quotes: "3". */
                "if-match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The `If-Match` version is stale. */
            412: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you last read, in quotes: "3". */
                "if-match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticle"];
            };
        };
        responses: {
            /** @description Updated. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale. */
            412: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required. */
            428: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you last read, in quotes: "3". */
                "if-match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublishArticle"];
            };
        };
        responses: {
            /** @description Published or scheduled. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale. */
            412: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you last read, in quotes: "3". */
                "if-match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawArticle"];
            };
        };
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    /** @description The version, for If-Match. */
                    ETag: string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale. */
            412: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRevisions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of revisions. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPreview: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PreviewRequest"];
            };
        };
        responses: {
            /** @description The link and when it expires. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewLink"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                /** @description The token of a link made by `POST /v1/admin/articles/{id}/preview`. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article now. */
            200: {
                headers: {
                    /** @description `private, no-store`: a draft is never kept by a browser or shared cache, nor by Byline. */
                    "Cache-Control": string;
                    /** @description `noindex`: a preview link is never indexed. */
                    "X-Robots-Tag": string;
                    /** @description `no-referrer`: the link is a secret and never travels in a Referer. */
                    "Referrer-Policy": string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminArticleEnvelope"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link is expired, or not one Byline made (any byte changed). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                /** @description The token of a link made by `POST /v1/admin/articles/{id}/preview`. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card. */
            200: {
                headers: {
                    /** @description `private, no-store`: a draft is never kept by a browser or shared cache, nor by Byline. */
                    "Cache-Control": string;
                    /** @description `noindex`: a preview link is never indexed. */
                    "X-Robots-Tag": string;
                    /** @description `no-referrer`: the link is a secret and never travels in a Referer. */
                    "Referrer-Policy": string;
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link is expired, or not one Byline made (any byte changed). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, newest first. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKey"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedKey"];
                    };
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Key"];
                    };
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKey"];
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Key"];
                    };
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks, newest first. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatedWebhook"];
                    };
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; the `next_cursor` of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts, newest first. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listKillNotices: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notices, oldest event first. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KillNoticeList"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importWordPressPost: {
        parameters: {
            query?: {
                /** @description true: answer what the import would do, and write nothing. */
                dry_run?: "true" | "false";
            };
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WordPressPost"];
            };
        };
        responses: {
            /** @description Updated, withdrawn, unchanged or skipped (or, with dry_run, what would happen). */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordPressImportResultEnvelope"];
                };
            };
            /** @description Created a new article. */
            201: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordPressImportResultEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description Conflict with the current state. */
            409: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncWordPress: {
        parameters: {
            query?: {
                /** @description true: answer what the import would do, and write nothing. */
                dry_run?: "true" | "false";
            };
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WordPressSyncRequest"];
            };
        };
        responses: {
            /** @description What the run did. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description The D1 session bookmark after this request: send it back as `X-D1-Bookmark` to read at least this state (read-your-writes across replicas). */
                    "X-D1-Bookmark"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WordPressSyncReportEnvelope"];
                };
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable. */
            503: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProblemTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list: HTML (no script), or JSON when `Accept` asks for application/json and not text/html. Varies on `Accept`. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": {
                        data: components["schemas"]["ProblemType"][];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` you hold: 304 without a body when it is still current. */
                "If-None-Match"?: string;
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path: {
                type: "validation-error" | "invalid-json" | "unauthorized" | "invalid-preview-link" | "forbidden" | "not-found" | "method-not-allowed" | "not-acceptable" | "conflict" | "gone" | "precondition-failed" | "payload-too-large" | "unsupported-media-type" | "range-not-satisfiable" | "precondition-required" | "rate-limited" | "internal-error" | "not-implemented" | "service-unavailable" | "write-contention" | "upstream-unavailable";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page: HTML (no script), or JSON when `Accept` asks for application/json and not text/html. Varies on `Accept`. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control": string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description Cloudflare's cache tags of this answer: the articles it shows (`article:<id>`) and the lists it is (`list:…`, `feeds`, `sitemaps`, …); a write purges the tags it touches. */
                    "Cache-Tag"?: string;
                    /** @description How long the edge cache in front of the Worker may keep it (`private` for an answer to a key or a bookmark). */
                    "CDN-Cache-Control"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "application/json": {
                        data: components["schemas"]["ProblemType"];
                    };
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is current. */
            304: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description A strong validator of this representation: send it back as `If-None-Match` (or, on the admin API, its version as `If-Match`). */
                    ETag?: string;
                    /** @description How long browsers and shared caches may keep it. */
                    "Cache-Control"?: string;
                    /** @description RFC 9211, for cached public reads: which tier answered (`Byline; hit; detail=memory`, `edge` or `kv`; `Byline; fwd=miss; stored`; `Byline; fwd=bypass`), and `detail=stale-if-error` when D1 failed and the last stored copy was served. */
                    "Cache-Status"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or unknown query parameters (any the operation does not declare are refused, not ignored), or invalid path parameters; `errors[].path` names each one. For a JSON write, also a body field the operation does not know, or a body that is not JSON at all: not UTF-8, or not parsing (`/problems/invalid-json`, `errors[].path` `body`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postMcp: {
        parameters: {
            query?: never;
            header?: {
                /** @description A bookmark an admin write answered: this request reads at least that state. 400 when it is not a bookmark. */
                "X-D1-Bookmark"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JsonRpcMessage"];
            };
        };
        responses: {
            /** @description The JSON-RPC answer to the request. */
            200: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonRpcResponse"];
                };
            };
            /** @description Accepted: a notification or a response, which gets no answer. */
            202: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown query parameter, or a body that is not UTF-8 JSON (problem+json, `/problems/invalid-json`), or a message the MCP server refuses (a JSON-RPC error, e.g. an unsupported `MCP-Protocol-Version`). */
            400: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "application/json": components["schemas"]["JsonRpcResponse"];
                };
            };
            /** @description No key, or an unknown, revoked or expired one (a key whose contract has passed its `expires_at`). */
            401: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the role, or its origin is not allowed. */
            403: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description `Accept` must list both `application/json` and `text/event-stream` (a JSON-RPC error). */
            406: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonRpcResponse"];
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type. */
            415: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is invalid; `errors[].path` names each field. */
            422: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            /** @description Unexpected failure; quote `request_id`. */
            500: {
                headers: {
                    /** @description This request's id (the caller's own when it sent a usable `X-Request-Id`): quote it when reporting a problem. */
                    "X-Request-Id": string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: the limit this answer was counted against, `"key";q=<requests>;w=<seconds>` for a key, `"ip";q=…;w=…` for keyless requests when per-IP limits are on. Absent for the root key and unlimited keyless requests. */
                    "RateLimit-Policy"?: string;
                    /** @description draft-ietf-httpapi-ratelimit-headers: what is left, `"key";r=<requests left>;t=<seconds to the next window>`. On every answer to a key; for keyless requests only on their 429. */
                    RateLimit?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
