import { createApp } from './app/create-app';
import { fetchWithSession } from './app/d1-sessions';
import { configureOpenAPI } from './app/openapi';
import { publishScheduled } from './content/editorial';
import { liftEmbargoes } from './syndication/embargo';
import { syncFromCron } from './wordpress/sync-cron';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app/types';
import { logRequest, recordKeyId, shouldLog } from './app/request-log';
import { withSecurityHeaders } from './app/security-headers';
import { openSession, purgeOf } from './storage/d1-session';
import { purgeEdge } from './storage/edge-purge';
import { optionalKey } from './middleware/auth';
import { boundedBindings } from './middleware/bindings';
import { answerFromMemory, memoryFastPath } from './middleware/cache';
import { publicCors } from './middleware/cors';
import { limitAnonymous, withHeaders } from './middleware/rate-limit';
import { adminArticlesRouter } from './routes/admin-articles/admin-articles.index';
import { articlesRouter } from './routes/articles/articles.index';
import { changesRouter } from './routes/changes/changes.index';
import { embedRouter } from './routes/embed/embed.index';
import { feedsRouter } from './routes/feeds/feeds.index';
import { healthRouter } from './routes/health/health.index';
import { keysRouter } from './routes/keys/keys.index';
import { mediaRouter } from './routes/media/media.index';
import { previewRouter } from './routes/preview/preview.index';
import { createMcpRouter } from './routes/mcp/mcp.index';
import { problemsRouter } from './routes/problems/problems.index';
import { relatedRouter } from './routes/related/related.index';
import { resolveRouter } from './routes/resolve/resolve.index';
import { taxonomiesRouter } from './routes/taxonomies/taxonomies.index';
import { wordpressRouter } from './routes/wordpress/wordpress.index';
import { noticesRouter } from './routes/webhooks/notices.index';
import { webhooksRouter } from './routes/webhooks/webhooks.index';
import type { WebhookMessage } from './db/webhook-deliveries';
import { deliverBatch } from './syndication/deliver';
import { dispatchEvents } from './syndication/dispatch';

const app = createApp();
app.use(boundedBindings());
app.use(recordKeyId());

// Everything but the admin API is public: CORS for partners' browsers, and a key, when sent,
// must be valid and (for a partner key) used from one of its allowed origins.
const publicOnly = (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  async function publicOnlyMiddleware(c, next) {
    return c.req.path.startsWith('/v1/admin/') ? next() : middleware(c, next);
  };
app.use(publicOnly(publicCors()));
app.use(publicOnly(optionalKey()));
app.use(publicOnly(memoryFastPath()));

for (const router of [healthRouter, articlesRouter, relatedRouter, feedsRouter, taxonomiesRouter, changesRouter, resolveRouter, embedRouter, mediaRouter, adminArticlesRouter, previewRouter, keysRouter, webhooksRouter, noticesRouter, wordpressRouter, problemsRouter]) {
  app.route('/', router);
}
// The MCP tools read the REST routes above through the app itself, as the caller.
app.route('/', createMcpRouter(async (request, env, ctx) => app.fetch(request, env, ctx)));
configureOpenAPI(app);

export { app };

/** An article write that succeeded may have added change-feed rows: their webhooks go out now. */
function mayHaveChanged(request: Request, res: Response): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && res.status < 400 && /^\/v1\/admin\/(articles|wordpress)(\/|$)/.test(new URL(request.url).pathname);
}

function dispatchInBackground(env: Env, ctx: ExecutionContext): void {
  ctx.waitUntil(
    dispatchEvents(env).catch((error) => console.error(JSON.stringify({ level: 'error', event: 'webhook-dispatch', error: String(error) }))),
  );
}

export default {
  /**
   * Per-IP limits first (when on), so that answers from memory count too; then repeat public
   * reads straight from this isolate's memory, everything else through the app. Every answer
   * gets the security headers and every request its one log line.
   */
  async fetch(request, env, ctx) {
    const startedAt = Date.now();
    // Answers from memory carry the security headers already (built once per entry).
    const finish = (res: Response, secure = true) => {
      const secured = secure ? withSecurityHeaders(res, request) : res;
      if (shouldLog(env.LOG_REQUESTS, secured.status)) logRequest(app, request, secured, startedAt);
      return secured;
    };
    const limited = await limitAnonymous(request, env);
    if (limited && 'refused' in limited) return finish(limited.refused);
    const fromMemory = answerFromMemory(request, env);
    const res = fromMemory ?? (await fetchWithSession(app, request, env, ctx));
    if (mayHaveChanged(request, res)) dispatchInBackground(env, ctx);
    return finish(limited ? withHeaders(res, limited.headers) : res, fromMemory === null);
  },
  /**
   * The every-minute Cron Trigger: publishes scheduled articles that are due, lifts due embargoes,
   * syncs from WordPress (when WORDPRESS_URL is set), purges what those changed, then enqueues the
   * webhooks of every change not enqueued yet (those three, and the backstop of the dispatch
   * after each write).
   */
  async scheduled(controller: ScheduledController, env: Env, ctx?: ExecutionContext) {
    const at = new Date(controller.scheduledTime).toISOString().replace(/\.\d{3}Z$/, 'Z');
    // One session on the primary for the cron's writes: it records the cache tags they make stale.
    const db = openSession(env.DB, null, true);
    const published = await publishScheduled(db, at);
    if (published.length > 0) console.log(JSON.stringify({ level: 'info', event: 'published-scheduled', ids: published }));
    const lifted = await liftEmbargoes(db, at);
    if (lifted.length > 0) console.log(JSON.stringify({ level: 'info', event: 'embargo-lifted', ids: lifted }));
    await syncFromCron({ ...env, DB: db }, at);
    const purge = purgeOf(db);
    if (purge) await purgeEdge(ctx?.cache, purge);
    await dispatchEvents(env);
  },
  /** The webhook queue's consumer: signed deliveries, retried with backoff (src/syndication/deliver.ts). */
  async queue(batch, env) {
    await deliverBatch(batch as MessageBatch<WebhookMessage>, env);
  },
} satisfies ExportedHandler<Env>;
