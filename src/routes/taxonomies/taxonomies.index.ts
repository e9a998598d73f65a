import { createRouter } from '../../app/create-app';
import * as handlers from './taxonomies.handlers';
import * as routes from './taxonomies.routes';

export const taxonomiesRouter = createRouter()
  .openapi(routes.listSections, handlers.listSections)
  .openapi(routes.listTags, handlers.listTags)
  .openapi(routes.listAuthors, handlers.listAuthors);
