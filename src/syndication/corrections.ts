/**
 * Corrections as data: a write may carry `correction: { text }`, which is appended (with the
 * write's time) to the article's public list. Nothing removes or rewrites one: the input
 * schemas have no `corrections` field, and the commit only ever inserts the new tail.
 */
import { invalidInput } from '../app/problem';
import type { ArticleRecord } from '../db/article-writes';

/** What a write carries to record a correction. */
export interface CorrectionInput {
  text: string;
}

/**
 * The corrections after a write that carries `input`. A correction is a public record of what
 * readers were told wrongly, so an article that was never published (no `published_at`) has
 * nothing to correct: 422, edit the draft instead.
 */
export function withCorrection(before: ArticleRecord, input: CorrectionInput | undefined, at: string): ArticleRecord['corrections'] {
  if (!input) return before.corrections;
  if (!before.published_at) {
    throw invalidInput([{ path: 'correction', message: 'The article was never published, so there is nothing to correct; edit it without a correction.' }], 422);
  }
  return [...before.corrections, { at, text: input.text }];
}
