import { createRouter } from '../../app/create-app';
import * as handlers from './wordpress.handlers';
import * as routes from './wordpress.routes';

export const wordpressRouter = createRouter()
  .openapi(routes.importPost, handlers.importPost)
  .openapi(routes.syncPosts, handlers.syncPosts);
