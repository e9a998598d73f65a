// Where WordPress's theme test exports are: WORDPRESS_FIXTURES, else the repository's own copy
// (test/fixtures/wordpress/, so a fresh clone needs nothing beside it), else a `shared/wordpress/`
// in a directory above.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory holding themeunittestdata.wordpress.xml, or null when there is none. */
export function wordpressFixturesDir(from = process.cwd()) {
  if (process.env.WORDPRESS_FIXTURES) return resolve(process.env.WORDPRESS_FIXTURES);
  const vendored = fileURLToPath(new URL('../../test/fixtures/wordpress', import.meta.url));
  if (existsSync(join(vendored, 'themeunittestdata.wordpress.xml'))) return vendored;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'wordpress');
    if (existsSync(join(candidate, 'themeunittestdata.wordpress.xml'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
