import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './embed.handlers';
import * as routes from './embed.routes';

export const embedRouter = createRouter()
  .openapi(routes.oembed, cached(handlers.oembed))
  .openapi(routes.card, cached(handlers.card))
  .openapi(routes.loader, handlers.loader);
