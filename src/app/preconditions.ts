import { Problem, invalidInput } from './problem';

/**
 * Reads `If-Match: "<version>"` (also a bare number, or `*` for any version). Missing: 428 when
 * `required`, else undefined. A weak tag never matches, as RFC 9110 says for If-Match.
 */
export function parseIfMatch(header: string | undefined, required: boolean): number | '*' | undefined {
  if (header === undefined || header.trim() === '') {
    if (!required) return undefined;
    throw new Problem({
      status: 428,
      type: 'precondition-required',
      title: 'Precondition required',
      detail: 'Send If-Match: "<version>" with the version you last read, so that no update is lost.',
    });
  }
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^"(\d{1,9})"$|^(\d{1,9})$/.exec(value);
  if (match) return Number(match[1] ?? match[2]);
  if (value.startsWith('W/')) {
    throw new Problem({ status: 412, type: 'precondition-failed', title: 'Precondition failed', detail: 'If-Match needs a strong tag such as "3".' });
  }
  throw invalidInput([{ path: 'If-Match', message: 'Must be the article version in quotes, such as "3".' }]);
}

/** The ETag of an admin article: its version, so it can be sent back as If-Match. */
export function versionETag(version: number): string {
  return `"${version}"`;
}
