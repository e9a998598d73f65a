import { createRouter } from '../../app/create-app';
import * as handlers from './preview.handlers';
import * as routes from './preview.routes';

// Never through `cached`: a preview is read from D1 on every request and kept by no tier.
export const previewRouter = createRouter()
  .openapi(routes.createPreview, handlers.createPreview)
  .openapi(routes.previewArticle, handlers.previewArticle)
  .openapi(routes.previewCard, handlers.previewCard);
