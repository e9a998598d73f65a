import { createRouter } from '../../app/create-app';
import * as handlers from './articles.handlers';
import * as routes from './articles.routes';

export const articlesRouter = createRouter()
  .openapi(routes.listArticles, handlers.listArticles)
  .openapi(routes.getArticle, handlers.getArticle);
