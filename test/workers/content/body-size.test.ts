import { afterEach, describe, expect, it, vi } from 'vitest';
import { HtmlSanitizeError, MAX_TAGS, sanitizeHtml } from '../../../src/content/sanitize';
import { MAX_BODY_BYTES, bodySizeProblem } from '../../../src/content/text';

describe('the tag limit of the sanitizer', () => {
  it(`sanitizes a body of exactly ${MAX_TAGS} tags, void ones included`, async () => {
    const html = `${'<br>'.repeat(MAX_TAGS - 2)}<p>end</p>`;
    expect(await sanitizeHtml(html)).toBe(html);
  }, 60_000); // heavy work, not a timing: 40,000 calls into JavaScript

  it('refuses one tag more before tokenizing, naming the limit', async () => {
    await expect(sanitizeHtml(`${'<br>'.repeat(MAX_TAGS)}</x>`)).rejects.toThrow(HtmlSanitizeError);
    await expect(sanitizeHtml('<!---->'.repeat(MAX_TAGS + 1))).rejects.toThrow(/more than 40,000 tags/);
  });

  it('counts a < in text too, as each one splits the text for the tokenizer', async () => {
    await expect(sanitizeHtml('1 < 2, '.repeat(MAX_TAGS + 1))).rejects.toThrow(/more than 40,000 tags/);
  });
});

/** Counts the sanitizer's calls to onEndTag by wrapping each element HTMLRewriter hands it. */
function countEndTagAsks(): { asks: number } {
  const counter = { asks: 0 };
  const Original = HTMLRewriter;
  class Counting extends Original {
    override on(selector: string, handlers: HTMLRewriterElementContentHandlers): HTMLRewriter {
      const element = handlers.element;
      return super.on(selector, {
        ...handlers,
        element: (target) =>
          element?.(
            new Proxy(target, {
              get: (el, key) => {
                const value = Reflect.get(el, key, el);
                if (key === 'onEndTag') counter.asks++;
                return typeof value === 'function' ? value.bind(el) : value;
              },
            }),
          ),
      });
    }
  }
  vi.stubGlobal('HTMLRewriter', Counting);
  return counter;
}

describe('the work of sanitizing', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for no end tag of br or img, where asking throws', async () => {
    const counter = countEndTagAsks();
    const html = '<p>a<br>b<img src="/media/x" alt="">c</p>'.repeat(100);
    expect(await sanitizeHtml(html)).toBe(html);
    expect(counter.asks).toBe(100);
  });
});

describe('the stored size of a body', () => {
  it('lets body_html and body_text fill the budget exactly, as UTF-8 inside JSON', () => {
    // 'x' × k is k + 2 bytes as a JSON string, and its text is the same.
    const k = MAX_BODY_BYTES / 2 - 2;
    expect(bodySizeProblem('x'.repeat(k))).toBeNull();
    expect(bodySizeProblem('x'.repeat(k + 1))).toMatch(/together at most 1,500,000 fit/);
  });

  it('counts what JSON escapes and what UTF-8 widens, not characters', () => {
    // A quote takes 2 bytes in JSON, a control character 6, and € 3 in UTF-8.
    expect(bodySizeProblem('"'.repeat(MAX_BODY_BYTES / 4))).toMatch(/together/);
    expect(bodySizeProblem('\u0001'.repeat(MAX_BODY_BYTES / 12))).toMatch(/together/);
    expect(bodySizeProblem('€'.repeat(MAX_BODY_BYTES / 6))).toMatch(/together/);
    expect(bodySizeProblem('€'.repeat(MAX_BODY_BYTES / 6 - 2))).toBeNull();
  });

  it('refuses a body_html over the budget on its own without deriving its text', () => {
    expect(bodySizeProblem('&gt;'.repeat(MAX_BODY_BYTES / 4))).toMatch(/^body_html takes 1,500,002 bytes once sanitized; at most 1,500,000/);
  });
});
