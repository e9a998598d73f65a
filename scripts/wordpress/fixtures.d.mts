/** The directory holding themeunittestdata.wordpress.xml, or null when there is none. */
export function wordpressFixturesDir(from?: string): string | null;
