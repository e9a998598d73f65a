import { createRouter } from '../../app/create-app';
import { cached } from '../../middleware/cache';
import * as handlers from './changes.handlers';
import * as routes from './changes.routes';

export const changesRouter = createRouter().openapi(routes.listChanges, cached(handlers.listChanges));
