import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import { representationOf } from '../../syndication/negotiation';
import * as handlers from './articles.handlers';
import * as routes from './articles.routes';

export const articlesRouter = createRouter()
  .openapi(routes.listArticles, cached(handlers.listArticles, { representation: representationOf }))
  .openapi(routes.getArticle, cached(handlers.getArticle, { representation: representationOf }));
