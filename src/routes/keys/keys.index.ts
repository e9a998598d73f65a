import { createRouter } from '../../app/create-app';
import * as handlers from './keys.handlers';
import * as routes from './keys.routes';

export const keysRouter = createRouter()
  .openapi(routes.createKey, handlers.createKey)
  .openapi(routes.listKeys, handlers.listKeys)
  .openapi(routes.revokeKey, handlers.revokeKey)
  .openapi(routes.updateKey, handlers.updateKey);
