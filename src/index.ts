import { createApp } from './app/create-app';
import { configureOpenAPI } from './app/openapi';
import { articlesRouter } from './routes/articles/articles.index';
import { healthRouter } from './routes/health/health.index';
import { taxonomiesRouter } from './routes/taxonomies/taxonomies.index';

const app = createApp();

for (const router of [healthRouter, articlesRouter, taxonomiesRouter]) {
  app.route('/', router);
}
configureOpenAPI(app);

export { app };

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
