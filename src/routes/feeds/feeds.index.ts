import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './feeds.handlers';
import * as routes from './feeds.routes';

export const feedsRouter = createRouter()
  .openapi(routes.jsonFeed, cached(handlers.jsonFeed))
  .openapi(routes.rssFeed, cached(handlers.rssFeed))
  .openapi(routes.newsSitemap, cached(handlers.newsSitemap))
  .openapi(routes.sitemap, cached(handlers.sitemap));
