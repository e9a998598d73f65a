import { createRouter } from '../../app/create-app';
import * as handlers from './resolve.handlers';
import * as routes from './resolve.routes';

export const resolveRouter = createRouter().openapi(routes.resolveUrl, handlers.resolveUrl);
