// Where WordPress's theme test exports are: `shared/wordpress/` beside the repository (CI and the
// main checkout have it at ../shared, a worktree further up), or WORDPRESS_FIXTURES.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The directory holding themeunittestdata.wordpress.xml, or null when there is none. */
export function wordpressFixturesDir(from = process.cwd()) {
  if (process.env.WORDPRESS_FIXTURES) return resolve(process.env.WORDPRESS_FIXTURES);
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'wordpress');
    if (existsSync(join(candidate, 'themeunittestdata.wordpress.xml'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
