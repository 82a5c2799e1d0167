import { CharClass, charClass } from '../text/char-class';

/**
 * What the rules of a paragraph read besides its text: the few positions they act on (gaps, line breaks,
 * marks, lone Latin letters, ASCII words), listed by the paragraph's measure (`measure.ts`) in the same pass
 * that classifies every code unit, so no rule walks the paragraph again. The lists are integers in one
 * storage chunk shared by many paragraphs: list `x` holds `xCount` entries from `data[xAt]`.
 */
export interface ParagraphScan {
  readonly text: string;
  /** Storage of the lists below (a chunk shared with other paragraphs; read only). */
  readonly data: Int32Array;
  /**
   * Runs of spaces inside a line (not at a line's start or end), `GAP_STRIDE` integers each: start, end, and
   * the code units on either side (`gapLeft`, `gapRight`), which every spacing rule asks first.
   */
  readonly gapsAt: number;
  readonly gapCount: number;
  /** Offsets of `\n`. */
  readonly newlinesAt: number;
  readonly newlineCount: number;
  /** Offsets of punctuation of either width (`CjkPunctuation`, `Punctuation`). */
  readonly marksAt: number;
  readonly markCount: number;
  /** Offsets of `|` and of Latin letters with no Latin letter on either side. */
  readonly loneLatinAt: number;
  readonly loneLatinCount: number;
  /** Maximal runs of ASCII letters and digits holding a letter: start, end pairs. */
  readonly wordsAt: number;
  readonly wordCount: number;
  /** The paragraph has Greek or Cyrillic letters (U+0370–U+04FF). */
  readonly greekCyrillic: boolean;
  /** The paragraph has half-width / full-width digits. */
  readonly halfDigits: boolean;
  readonly fullDigits: boolean;
  /** Facts of each line from the paragraph's measure: line j's at `linesAt + j * LINE_STRIDE`. */
  readonly lines: Float64Array;
  readonly linesAt: number;
}

/** Integers per gap in `ParagraphScan.data`: start, end, the codes around it. */
export const GAP_STRIDE = 3;

/** The code unit before a gap, from its third integer. */
export function gapLeft(codes: number): number {
  return codes >>> 16;
}

/** The code unit after a gap, from its third integer. */
export function gapRight(codes: number): number {
  return codes & 0xffff;
}

/** Class of the code unit at `i` of the scanned paragraph; `Other` outside it. */
export function clsAt(scan: ParagraphScan, i: number): CharClass {
  const code = scan.text.charCodeAt(i);
  return code === code ? charClass(code) : CharClass.Other;
}
