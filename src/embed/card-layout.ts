/**
 * How tall the card is at a given width, from the same numbers as its stylesheet (card.ts): what
 * oEmbed answers as `height`, so that a consumer that never runs embed.js still reserves about the
 * right space. Text is wrapped greedily at the average glyph width of DejaVu Sans, the widest of the
 * fonts `system-ui` resolves to (San Francisco, Segoe UI and Roboto are narrower), so that elsewhere
 * the frame errs tall rather than cutting the card off; the image's height is exact, from its aspect
 * ratio. test/browser/embed.test.ts holds it to 10 % of the rendered card.
 */
import type { Article } from '../content/article';
import { cardDate, cardMeta, rightsLines } from './card';

/** The card's widest layout (`main{max-width}`); wider frames leave the rest empty. */
export const CARD_MAX_WIDTH = 720;
/** The aspect assumed for an image whose size is not known (the card then sets no width/height). */
const FALLBACK_ASPECT = 9 / 16;

/** Average advance of a glyph, in em: regular and bold text. */
const EM_REGULAR = 0.57;
const EM_BOLD = 0.66;

/** A text block of the card: its text, font size and line height (px, ratio), average glyph (em). */
interface Block {
  text: string;
  font: number;
  lineHeight: number;
  em: number;
}

/** A space's advance, in em: narrower than the average glyph in every one of those fonts. */
const EM_SPACE = 0.32;

/** How many lines `text` takes in `box` px: greedy word wrap, words longer than a line broken (overflow-wrap:anywhere). */
export function lineCount(text: string, font: number, box: number, em: number): number {
  const glyph = font * em;
  const space = font * EM_SPACE;
  let count = 0;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let width = word.length * glyph;
    if (count > 0 && used + space + width <= box) {
      used += space + width;
      continue;
    }
    count += 1;
    while (width > box) {
      width -= Math.floor(box / glyph) * glyph;
      count += 1;
    }
    used = width;
  }
  return count;
}

const height = (block: Block, box: number) => lineCount(block.text, block.font, box, block.em) * block.font * block.lineHeight;

/** The card's height in px in a frame `frameWidth` px wide. */
export function cardHeight(article: Article, frameWidth: number): number {
  const width = Math.min(frameWidth, CARD_MAX_WIDTH);
  const inner = width - 2; // main's 1px border on each side
  const text = inner - 32; // .body's and figcaption's 16px side padding
  let total = 2; // main's top and bottom border
  const image = article.image;
  if (image) {
    total += Math.round(inner * (image.width && image.height ? image.height / image.width : FALLBACK_ASPECT));
    const caption = [image.caption, image.credit].filter(Boolean).join(' ');
    if (caption) total += 8 + height({ text: caption, font: 13, lineHeight: 1.4, em: EM_REGULAR }, text);
  }
  total += 14 + 16; // .body's padding
  if (article.section) total += 4 + height({ text: article.section.name.toUpperCase(), font: 13, lineHeight: 1.5, em: EM_BOLD + 0.1 }, text);
  total += 8 + height({ text: article.headline, font: 21, lineHeight: 1.25, em: EM_BOLD }, text);
  total += 10 + height({ text: article.excerpt, font: 16, lineHeight: 1.5, em: EM_REGULAR }, text);
  const { authors, date } = cardMeta(article);
  const meta = [authors ? `By ${authors}` : '', date].filter(Boolean).join(' · ');
  total += height({ text: meta, font: 13, lineHeight: 1.5, em: EM_REGULAR }, text);
  for (const correction of article.corrections) {
    total += 8 + height({ text: `Corrected on ${cardDate(correction.at)}: ${correction.text}`, font: 13, lineHeight: 1.5, em: EM_REGULAR }, text);
  }
  total += 1 + 16 + 13 * 1.5; // footer: border, padding, the "From" line
  for (const line of rightsLines(article.rights)) total += height({ text: line, font: 13, lineHeight: 1.5, em: EM_REGULAR }, text);
  return Math.ceil(total);
}
