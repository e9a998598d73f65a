import { Problem } from '../../app/problem';
import type { AppRouteHandler } from '../../app/types';
import { writeContext } from '../../content/editorial';
import { importWordPressPost } from '../../wordpress/import-post';
import { WordPressError } from '../../wordpress/rest';
import { syncWordPress } from '../../wordpress/sync';
import type { ImportPostRoute, SyncPostsRoute } from './wordpress.routes';

export const importPost: AppRouteHandler<ImportPostRoute> = async (c) => {
  const { dry_run: dryRun } = c.req.valid('query');
  const result = await importWordPressPost(writeContext(c.env, c.get('principal')!), c.req.valid('json'), { dryRun });
  return c.json({ data: result }, result.action === 'created' && !dryRun ? 201 : 200);
};

export const syncPosts: AppRouteHandler<SyncPostsRoute> = async (c) => {
  const { dry_run: dryRun } = c.req.valid('query');
  const { url, application_password: credentials } = c.req.valid('json');
  try {
    const report = await syncWordPress(c.env.DB, { url, credentials, siteUrl: c.env.SITE_URL, dryRun });
    return c.json({ data: report }, 200);
  } catch (error) {
    // The site the request names could not be read: that is the request's `url` (a 5xx is only
    // for Byline's own storage failing), so say which answer WordPress gave, at that field.
    if (error instanceof WordPressError) {
      throw new Problem({ status: 422, type: 'upstream-unavailable', title: 'WordPress unavailable', detail: error.message, errors: [{ path: 'url', message: error.message }] });
    }
    throw error;
  }
};
