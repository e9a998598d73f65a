import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './related.handlers';
import * as routes from './related.routes';

export const relatedRouter = createRouter().openapi(routes.relatedArticles, cached(handlers.relatedArticles));
