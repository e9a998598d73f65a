import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, anyWordMatch, parseSearchQuery, renderSnippet, significantWords } from '../../../src/content/search-query';

const match = (q: string) => {
  const parsed = parseSearchQuery(q);
  return parsed.ok ? parsed.query.match : `ERROR ${parsed.message}`;
};

describe('parseSearchQuery', () => {
  it('quotes every word and joins them with spaces (AND)', () => {
    expect(match('kenya haiti')).toBe('"kenya" "haiti"');
    expect(match('  kenya\t\nhaiti  ')).toBe('"kenya" "haiti"');
  });

  it('keeps quoted phrases whole, and an unclosed quote runs to the end', () => {
    expect(match('"diplomatic ties" kenya')).toBe('"diplomatic ties" "kenya"');
    expect(match('kenya "diplomatic   ties')).toBe('"kenya" "diplomatic ties"');
    expect(match('a"b c"d')).toBe('"a" "b c" "d"');
  });

  it('keeps a trailing * as a prefix marker, on words and phrases', () => {
    expect(match('kenya*')).toBe('"kenya" *');
    expect(match('kenya**')).toBe('"kenya" *');
    expect(match('"kenyan run"*')).toBe('"kenyan run" *');
    expect(match('"kenyan run*"')).toBe('"kenyan run" *');
    expect(match('ken*ya')).toBe('"ken*ya"');
  });

  it('turns FTS5 operators and syntax into quoted text', () => {
    expect(match('kenya OR haiti')).toBe('"kenya" "OR" "haiti"');
    expect(match('NOT kenya')).toBe('"NOT" "kenya"');
    expect(match('NEAR(kenya haiti, 2)')).toBe('"NEAR(kenya" "haiti," "2)"');
    expect(match('headline:kenya')).toBe('"headline:kenya"');
    expect(match('{headline body}:kenya')).toBe('"{headline" "body}:kenya"');
    expect(match('^kenya -haiti +x')).toBe('"^kenya" "-haiti" "+x"');
  });

  it('doubles quotes inside a term and strips control characters and lone surrogates', () => {
    expect(match("o'neil")).toBe('"o\'neil"');
    expect(match('kenya\u0000haiti')).toBe('"kenya" "haiti"');
    expect(JSON.stringify(match('a\ud800b'))).toBe(JSON.stringify('"a" "b"'));
    expect(match('🙂 kenya')).toBe('"kenya"');
  });

  it('fails when nothing searchable remains', () => {
    for (const q of ['', '   ', '*', '"', '""', '" "', '-', '()', '^', ':', '🙂', '\u0000', '\ud800']) {
      expect(parseSearchQuery(q).ok, JSON.stringify(q)).toBe(false);
    }
  });

  it('keeps terms in any script, and refuses too many of them', () => {
    expect(match('Nairobi 東京 Киев')).toBe('"Nairobi" "東京" "Киев"');
    expect(parseSearchQuery(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `w${i}`).join(' ')).ok).toBe(true);
    expect(parseSearchQuery(Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' ')).ok).toBe(false);
  });
});

describe('significantWords and anyWordMatch', () => {
  it('keeps the significant words of a headline, lower-cased and once each', () => {
    expect(significantWords('Kenya, Haiti Set Up Diplomatic Ties Amid Deployment Talks')).toEqual([
      'kenya', 'haiti', 'set', 'diplomatic', 'ties', 'deployment', 'talks',
    ]);
    expect(significantWords('The 5 things: Kenya and KENYA again')).toEqual(['5', 'things', 'kenya', 'again']);
    expect(significantWords('Of the and')).toEqual([]);
  });

  it('ORs the words as FTS5 strings', () => {
    expect(anyWordMatch(['kenya', 'haiti'])).toBe('"kenya" OR "haiti"');
    expect(anyWordMatch([])).toBeNull();
  });
});

describe('renderSnippet', () => {
  it('escapes everything and turns the markers into balanced <mark> tags', () => {
    expect(renderSnippet('a <b> & "c" \uE000Kenya\uE001 d')).toBe('a &lt;b&gt; &amp; &quot;c&quot; <mark>Kenya</mark> d');
    expect(renderSnippet("it's")).toBe('it&#39;s');
  });

  it('drops stray markers and closes an open one', () => {
    expect(renderSnippet('\uE001a\uE000b')).toBe('a<mark>b</mark>');
    expect(renderSnippet('\uE000a\uE000b\uE001\uE001')).toBe('<mark>ab</mark>');
    expect(renderSnippet(null)).toBe('');
  });
});
