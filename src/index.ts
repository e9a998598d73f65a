import { createApp } from './app/create-app';
import { configureOpenAPI } from './app/openapi';
import { publishScheduled } from './content/editorial';
import { optionalKey } from './middleware/auth';
import { adminArticlesRouter } from './routes/admin-articles/admin-articles.index';
import { articlesRouter } from './routes/articles/articles.index';
import { changesRouter } from './routes/changes/changes.index';
import { healthRouter } from './routes/health/health.index';
import { keysRouter } from './routes/keys/keys.index';
import { taxonomiesRouter } from './routes/taxonomies/taxonomies.index';

const app = createApp();

// Public reads need no key, but a key that is sent must be valid.
app.use('/v1/*', async (c, next) => (c.req.path.startsWith('/v1/admin/') ? next() : optionalKey()(c, next)));

for (const router of [healthRouter, articlesRouter, taxonomiesRouter, changesRouter, adminArticlesRouter, keysRouter]) {
  app.route('/', router);
}
configureOpenAPI(app);

export { app };

export default {
  fetch: app.fetch,
  /** The every-minute Cron Trigger: publishes scheduled articles that are due. */
  async scheduled(controller, env) {
    const published = await publishScheduled(env.DB, new Date(controller.scheduledTime).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    if (published.length > 0) console.log(JSON.stringify({ level: 'info', event: 'published-scheduled', ids: published }));
  },
} satisfies ExportedHandler<Env>;
