import { joinerFor } from '../lint/text-utils';
import type { TextRange } from '../model/geometry';

/** faithful: the text as proofread, breaks and spacing as printed; normalized: a re-flowed reading copy. */
export type ExportMode = 'faithful' | 'normalized';

/** Options for the text writers. */
export interface ToTextOptions {
  readonly mode: ExportMode;
  /**
   * Applies the chosen style pack (the lint engine's safe fixes) to a normalized text; the writers stay pure and
   * know nothing of packs. Not called in faithful mode.
   */
  readonly applyStyle?: (text: string) => string;
}

/** Separates pages in a combined text file: a form feed, as pdftotext writes it. */
export const PAGE_SEPARATOR = '\f';

/** Paragraphs of a page text: stretches separated by blank lines, without their outer whitespace. */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/gu)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

const HYPHENATED = /[\p{L}]-$/u;
const CONTINUES_WORD = /^\p{Ll}/u;

/**
 * One paragraph as one line: lines joined with nothing between CJK, one space between Latin words, and a Latin
 * word hyphenated across a break joined back (`re-` + `joice` → `rejoice`).
 */
export function reflowParagraph(paragraph: string): string {
  const lines = paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    if (HYPHENATED.test(out) && CONTINUES_WORD.test(line)) out = out.slice(0, -1) + line;
    else out += joinerFor(out.charCodeAt(out.length - 1), line.charCodeAt(0), false) + line;
  }
  return out;
}

/** The plain-text export of one page: UTF-8 text ending in one newline. */
export function toText(text: string, options: ToTextOptions): string {
  const normalizedBreaks = text.replace(/\r\n?/gu, '\n');
  if (options.mode === 'faithful') return `${normalizedBreaks.replace(/\s+$/u, '')}\n`;
  const reflowed = paragraphRanges(normalizedBreaks)
    .map((r) => reflowParagraph(normalizedBreaks.slice(r.start, r.end)))
    .join('\n\n');
  const styled = options.applyStyle ? options.applyStyle(reflowed) : reflowed;
  return `${styled.replace(/\s+$/u, '')}\n`;
}

/** Several pages in one text file, separated by PAGE_SEPARATOR. */
export function combineTexts(pages: readonly string[]): string {
  return pages.join(PAGE_SEPARATOR);
}
