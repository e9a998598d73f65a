import { createRouter } from '../../app/create-app';
import * as handlers from './admin-articles.handlers';
import * as routes from './admin-articles.routes';

export const adminArticlesRouter = createRouter()
  .openapi(routes.createArticle, handlers.createArticle)
  .openapi(routes.listArticles, handlers.listArticles)
  .openapi(routes.getArticle, handlers.getArticle)
  .openapi(routes.updateArticle, handlers.updateArticle)
  .openapi(routes.publishArticle, handlers.publishArticle)
  .openapi(routes.withdrawArticle, handlers.withdrawArticle)
  .openapi(routes.deleteArticle, handlers.deleteArticle)
  .openapi(routes.listRevisions, handlers.listRevisions);
