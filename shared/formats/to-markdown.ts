import type { OcrResult } from '../model/ocr';
import { paragraphRanges, reflowParagraph, type ToTextOptions } from './to-text';

// Characters Markdown would read as markup anywhere in a line.
const INLINE = /[\\`*_[\]<>|]/gu;
// Line starts Markdown would read as a heading, quote, list or rule.
const LINE_START = /^(\s*)(#|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,})/u;

function escapeMarkdown(line: string): string {
  return line
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/**
 * The Markdown export of one page. `layout` is the corrected OcrResult (shared/formats/realign) of `text`: a
 * paragraph most of whose characters lie in blocks of kind 'heading' becomes a heading (`#` for the page's first,
 * `##` after). Faithful mode keeps the printed lines (soft breaks); normalized mode re-flows paragraphs.
 */
export function toMarkdown(text: string, layout: OcrResult, options: ToTextOptions): string {
  const kinds: { start: number; end: number; heading: boolean }[] = [];
  for (const block of layout.blocks)
    for (const line of block.lines)
      for (const word of line.words)
        kinds.push({ start: word.range.start, end: word.range.end, heading: block.kind === 'heading' });
  let headings = 0;
  const out: string[] = [];
  for (const range of paragraphRanges(text)) {
    let headingChars = 0;
    let allChars = 0;
    for (const k of kinds) {
      if (k.end <= range.start || k.start >= range.end) continue;
      allChars += k.end - k.start;
      if (k.heading) headingChars += k.end - k.start;
    }
    const paragraph = text.slice(range.start, range.end);
    const isHeading = allChars > 0 && headingChars * 2 > allChars;
    if (isHeading) {
      out.push(`${headings === 0 ? '#' : '##'} ${escapeMarkdown(reflowParagraph(paragraph))}`);
      headings++;
      continue;
    }
    const body = options.mode === 'normalized' ? reflowParagraph(paragraph) : paragraph;
    const styled = options.mode === 'normalized' && options.applyStyle ? options.applyStyle(body) : body;
    out.push(
      styled
        .split('\n')
        .map((line) => escapeMarkdown(line.trim()))
        .join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
