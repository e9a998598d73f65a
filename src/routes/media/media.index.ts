import { createRouter } from '../../app/create-app';
import * as handlers from './media.handlers';
import * as routes from './media.routes';

export const mediaRouter = createRouter()
  .openapi(routes.uploadMedia, handlers.uploadMedia)
  .openapi(routes.serveMedia, handlers.serveMedia);
