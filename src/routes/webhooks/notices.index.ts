import { createRouter } from '../../app/create-app';
import * as handlers from './notices.handlers';
import * as routes from './notices.routes';

export const noticesRouter = createRouter().openapi(routes.listNotices, handlers.listNotices);
