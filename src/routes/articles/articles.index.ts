import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './articles.handlers';
import * as routes from './articles.routes';

export const articlesRouter = createRouter()
  .openapi(routes.listArticles, cached(handlers.listArticles))
  .openapi(routes.getArticle, cached(handlers.getArticle));
