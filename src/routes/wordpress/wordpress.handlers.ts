import type { AppRouteHandler } from '../../app/types';
import { writeContext } from '../../content/editorial';
import { importWordPressPost } from '../../wordpress/import-post';
import type { ImportPostRoute } from './wordpress.routes';

export const importPost: AppRouteHandler<ImportPostRoute> = async (c) => {
  const { dry_run: dryRun } = c.req.valid('query');
  const result = await importWordPressPost(writeContext(c.env, c.get('principal')!), c.req.valid('json'), { dryRun });
  return c.json({ data: result }, result.action === 'created' && !dryRun ? 201 : 200);
};
