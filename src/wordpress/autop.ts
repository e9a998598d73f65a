/**
 * WordPress's wpautop, ported: classic-editor text keeps its paragraphs as blank lines and its
 * line breaks as single newlines, and WordPress adds the `<p>` and `<br>` only when it renders.
 * Block-editor content has its `<p>` already; wpautop leaves those alone, as WordPress does.
 */

const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';
const OPENS_BLOCK = new RegExp(`(<${BLOCKS}[\\s/>])`, 'gi');
const CLOSES_BLOCK = new RegExp(`(</${BLOCKS}>)`, 'gi');
const P_AROUND_BLOCK_TAG = new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi');
const P_BEFORE_BLOCK_TAG = new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'gi');
const P_AFTER_BLOCK_TAG = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi');
const BR_AFTER_BLOCK_TAG = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, 'gi');

/** Adds `<p>` for blank-line paragraphs and `<br />` for single newlines, outside block markup and `<pre>`. */
export function wpautop(input: string): string {
  if (input.trim() === '') return '';
  // <pre> keeps its newlines: set aside (as an empty <pre>, still a block) and put back untouched.
  const pres: string[] = [];
  let text = `${input.replace(/\r\n?/g, '\n')}\n`.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => `<pre wp-pre-tag-${pres.push(pre) - 1}></pre>`);
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(OPENS_BLOCK, '\n\n$1').replace(CLOSES_BLOCK, '$1\n\n');
  text = text.replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
  // Newlines inside a tag (attributes over several lines) are not line breaks.
  text = text.replace(/<[^>]*>/g, (tag) => tag.replace(/\s*\n\s*/g, ' '));
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.trim()}</p>\n`)
    .join('');
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(P_AROUND_BLOCK_TAG, '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>').replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(P_BEFORE_BLOCK_TAG, '$1').replace(P_AFTER_BLOCK_TAG, '$1');
  text = text.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
  text = text.replace(BR_AFTER_BLOCK_TAG, '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_match, index: string) => pres[Number(index)]!);
}
