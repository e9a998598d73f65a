import { createApp } from './app/create-app';
import { fetchWithSession } from './app/d1-sessions';
import { configureOpenAPI } from './app/openapi';
import { publishScheduled } from './content/editorial';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app/types';
import { logRequest, recordKeyId, shouldLog } from './app/request-log';
import { withSecurityHeaders } from './app/security-headers';
import { openSession, purgeOf } from './storage/d1-session';
import { purgeEdge } from './storage/edge-purge';
import { optionalKey } from './middleware/auth';
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
import { problemsRouter } from './routes/problems/problems.index';
import { relatedRouter } from './routes/related/related.index';
import { taxonomiesRouter } from './routes/taxonomies/taxonomies.index';

const app = createApp();
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

for (const router of [healthRouter, articlesRouter, relatedRouter, feedsRouter, taxonomiesRouter, changesRouter, embedRouter, mediaRouter, adminArticlesRouter, keysRouter, problemsRouter]) {
  app.route('/', router);
}
configureOpenAPI(app);

export { app };

export default {
  /**
   * Per-IP limits first (when on), so that answers from memory count too; then repeat public
   * reads straight from this isolate's memory, everything else through the app. Every answer
   * gets the security headers and every request its one log line.
   */
  async fetch(request, env, ctx) {
    const startedAt = Date.now();
    const finish = (res: Response) => {
      const secured = withSecurityHeaders(res, request);
      if (shouldLog(env.LOG_REQUESTS, secured.status)) logRequest(app, request, secured, startedAt);
      return secured;
    };
    const limited = await limitAnonymous(request, env);
    if (limited && 'refused' in limited) return finish(limited.refused);
    const res = answerFromMemory(request, env) ?? (await fetchWithSession(app, request, env, ctx));
    return finish(limited ? withHeaders(res, limited.headers) : res);
  },
  /** The every-minute Cron Trigger: publishes scheduled articles that are due, and purges what that changed. */
  async scheduled(controller: ScheduledController, env: Env, ctx?: ExecutionContext) {
    const db = openSession(env.DB, null, true);
    const published = await publishScheduled(db, new Date(controller.scheduledTime).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    const purge = purgeOf(db);
    if (purge) await purgeEdge(ctx?.cache, purge);
    if (published.length > 0) console.log(JSON.stringify({ level: 'info', event: 'published-scheduled', ids: published }));
  },
} satisfies ExportedHandler<Env>;
