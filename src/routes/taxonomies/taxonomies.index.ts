import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './taxonomies.handlers';
import * as routes from './taxonomies.routes';

export const taxonomiesRouter = createRouter()
  .openapi(routes.listSections, cached(handlers.listSections))
  .openapi(routes.listTags, cached(handlers.listTags))
  .openapi(routes.listAuthors, cached(handlers.listAuthors));
