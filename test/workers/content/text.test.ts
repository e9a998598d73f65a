import { describe, expect, it } from 'vitest';
import { countWords, deriveBodyFields, htmlToText, makeExcerpt, readingTimeMinutes } from '../../../src/content/text';
import { slugify } from '../../../src/content/slug';
import { parseTimestamp } from '../../../src/content/time';
import { decodeCursor, encodeCursor } from '../../../src/content/cursor';

describe('text derivations', () => {
  it('turns blocks into paragraphs and decodes entities', () => {
    expect(htmlToText('<p>Kenya &amp; Haiti</p><p>Ruto&#8217;s <a href="https://x">visit</a></p><ul><li>one</li><li>two</li></ul>')).toBe(
      'Kenya & Haiti\n\nRuto’s visit\n\none\n\ntwo',
    );
  });

  it('counts words and rounds reading time up at 230 a minute, at least 1', () => {
    expect(countWords('one two — three')).toBe(3);
    expect(readingTimeMinutes(0)).toBe(1);
    expect(readingTimeMinutes(230)).toBe(1);
    expect(readingTimeMinutes(231)).toBe(2);
  });

  it('cuts excerpts at a word boundary within 300 characters', () => {
    const text = 'word '.repeat(100).trim();
    const excerpt = makeExcerpt(text);
    expect(excerpt.length).toBeLessThanOrEqual(300);
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(makeExcerpt('Short text.')).toBe('Short text.');
  });

  it('derives every body field together', () => {
    expect(deriveBodyFields('<p>Hello world.</p>')).toEqual({ body_text: 'Hello world.', excerpt: 'Hello world.', word_count: 2, reading_time_minutes: 1 });
    expect(deriveBodyFields('<p>Body.</p>', 'Given excerpt').excerpt).toBe('Given excerpt');
  });
});

describe('slugs, times and cursors', () => {
  it('slugifies headlines', () => {
    expect(slugify('Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks')).toBe('kenya-haiti-set-up-diplomatic-ties-amid-deployment-talks');
    expect(slugify('Président’s Café — “Ça va?”')).toBe('presidents-cafe-ca-va');
  });

  it('parses RFC 3339 and full dates, refusing anything else', () => {
    expect(parseTimestamp('2023-09-20T14:05:00+02:00')).toBe('2023-09-20T12:05:00Z');
    expect(parseTimestamp('2023-09-20')).toBe('2023-09-20T00:00:00Z');
    expect(parseTimestamp('2023-09-20', 'until')).toBe('2023-09-20T23:59:59Z');
    for (const bad of ['yesterday', '2023-02-30', '2023-09-20T25:00:00Z', '1695218700', '']) expect(parseTimestamp(bad), bad).toBeNull();
  });

  it('round-trips cursors and refuses edited ones', () => {
    const cursor = encodeCursor('articles', ['2023-09-20T14:05:00Z', 'art_1']);
    expect(decodeCursor('articles', cursor)).toEqual(['2023-09-20T14:05:00Z', 'art_1']);
    expect(decodeCursor('tags', cursor)).toBeNull();
    expect(decodeCursor('articles', cursor.replace('.', '.x'))).toBeNull();
    expect(decodeCursor('articles', `${cursor}.extra`)).toBeNull();
    expect(decodeCursor('articles', '%%%')).toBeNull();
  });
});

describe('the demo content', () => {
  it('uses the slugs the API would make from each headline', async () => {
    const { demoContent } = await import('../../../scripts/demo/content');
    for (const article of demoContent.articles) expect(article.slug).toBe(slugify(article.headline));
  });
});
