import { createRouter } from '../../app/create-app';
import * as handlers from './changes.handlers';
import * as routes from './changes.routes';

export const changesRouter = createRouter().openapi(routes.listChanges, handlers.listChanges);
