import { createRouter } from '../../app/create-app';
import * as handlers from './problems.handlers';
import * as routes from './problems.routes';

export const problemsRouter = createRouter()
  .openapi(routes.problemIndex, handlers.problemIndex)
  .openapi(routes.problemType, handlers.problemType);
