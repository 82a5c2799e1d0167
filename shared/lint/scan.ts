import { CharClass, charClass, isLatinOrDigit, isUnspacedLetter, isWide } from '../text/char-class';

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
   * the code units on either side (`gapLeft`, `gapRight`), which every spacing rule asks first. A single
   * space between words (`WORD_GAP`) is not listed: no spacing rule acts on one.
   */
  readonly gapsAt: number;
  readonly gapCount: number;
  /**
   * Which kinds of gap occur (`GAP_*` bits, from the classes on either side): a spacing rule whose kind is
   * absent skips its gap loop.
   */
  readonly gapKinds: number;
  /**
   * Just past the last code unit that is no space or line separator (`skipBlanksBack` from the text's end; 0
   * for a blank paragraph): where the break rules stop, found by the measure while the text is in the cache.
   */
  readonly contentEnd: number;
  /** Offsets of `\n`. */
  readonly newlinesAt: number;
  readonly newlineCount: number;
  /** Offsets of punctuation of either width (`CjkPunctuation`, `Punctuation`). */
  readonly marksAt: number;
  readonly markCount: number;
  /**
   * Which kinds of mark occur: the bits rules registered with `markKind` for the marks they read, plus
   * `MARKS_ADJACENT` and `MARK_HALF_WIDTH`. A rule whose kind is absent has nothing to read in the marks.
   */
  readonly markKinds: number;
  /** Offsets of `|` and of Latin letters with no Latin letter on either side. */
  readonly loneLatinAt: number;
  readonly loneLatinCount: number;
  /** Maximal runs of ASCII letters and digits holding a letter: start, end pairs. */
  readonly wordsAt: number;
  readonly wordCount: number;
  /** Some ASCII word holds a `0` or `1` (the digits OCR reads for `o` and `l`). */
  readonly zeroOneInWords: boolean;
  /** The paragraph has Greek or Cyrillic letters (U+0370–U+04FF). */
  readonly greekCyrillic: boolean;
  /** The paragraph has half-width / full-width digits. */
  readonly halfDigits: boolean;
  readonly fullDigits: boolean;
  /** The paragraph has Han or Kana letters; a wide code unit (`isWide`: CJK letters and marks, full-width forms). */
  readonly unspacedLetters: boolean;
  readonly wide: boolean;
  /** Facts of each line from the paragraph's measure: line j's at `linesAt + j * LINE_STRIDE`. */
  readonly lines: Float64Array;
  readonly linesAt: number;
}

/** Gap kinds by the classes on either side; each is what one spacing rule asks of a gap first. */
export const GAP_CJK = 1;
/** A Han/Kana letter on one side, a Latin letter or digit on the other. */
export const GAP_MIXED = 2;
/** Nothing wide on either side. */
export const GAP_NARROW = 4;
/** A mark of either width on a side. */
export const GAP_MARK = 8;
/** A digit or a mark (a decimal point) on each side. */
export const GAP_NUMBER = 16;

const CLASSES = 12;

/** `GAP_*` bits of a gap between classes `a` and `b`, at `a * 12 + b`. */
export const GAP_KIND = ((): Uint8Array => {
  const t = new Uint8Array(CLASSES * CLASSES);
  const mark = (c: number): boolean => c === CharClass.Punctuation || c === CharClass.CjkPunctuation;
  const numeric = (c: number): boolean => c === CharClass.Digit || c === CharClass.Punctuation;
  for (let a = 0; a < CLASSES; a++) {
    for (let b = 0; b < CLASSES; b++) {
      const ca = a as CharClass;
      const cb = b as CharClass;
      t[a * CLASSES + b] =
        (isUnspacedLetter(ca) && isUnspacedLetter(cb) ? GAP_CJK : 0) |
        ((isUnspacedLetter(ca) && isLatinOrDigit(cb)) || (isLatinOrDigit(ca) && isUnspacedLetter(cb))
          ? GAP_MIXED
          : 0) |
        (!isWide(ca) && !isWide(cb) ? GAP_NARROW : 0) |
        (mark(a) || mark(b) ? GAP_MARK : 0) |
        (numeric(a) && numeric(b) ? GAP_NUMBER : 0);
    }
  }
  return t;
})();

/**
 * 1 at `a * 12 + b` when one space between classes `a` and `b` is the space between two words: a Latin letter
 * beside a Latin letter or a digit. Every spacing rule passes over it (cjk-space and mixed-script-space want a
 * CJK side, punctuation-space a mark, number-space digits on both sides, latin-space two spaces, a mark or a
 * bracket), and in Latin text nearly every gap is one, so the measure leaves it out of the list.
 */
export const WORD_GAP = ((): Uint8Array => {
  const t = new Uint8Array(CLASSES * CLASSES);
  for (const a of [CharClass.Latin, CharClass.Digit]) {
    for (const b of [CharClass.Latin, CharClass.Digit]) {
      if (a === CharClass.Latin || b === CharClass.Latin) t[a * CLASSES + b] = 1;
    }
  }
  return t;
})();

/** Two marks side by side somewhere in the paragraph. */
export const MARKS_ADJACENT = 1;
/** A half-width mark (class `Punctuation`). */
export const MARK_HALF_WIDTH = 2;

/** The kind bits of each code unit that rules registered (`markKind`); read by the measure for every mark. */
export const MARK_KIND = new Uint16Array(0x10000);
let nextMarkKind = MARK_HALF_WIDTH << 1;

/**
 * Register the marks `chars` as a kind: its bit is set in `ParagraphScan.markKinds` of every paragraph holding
 * one of them. Rules call this once, at load, for the marks they act on (at most 14 kinds).
 */
export function markKind(chars: string): number {
  const bit = nextMarkKind;
  if (bit > 0x8000) throw new Error('markKind: no kind bit left');
  nextMarkKind <<= 1;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    MARK_KIND[code] = (MARK_KIND[code] ?? 0) | bit;
  }
  return bit;
}

/**
 * What a paragraph holds, as one integer the engine tests a rule's `needs` against before calling its
 * `detect`: the mark kinds (`markKinds`) in bits 0–15, the gap kinds (`needGaps`) in bits 16–20, then the
 * `HAS_*` bits.
 */
export function holdings(scan: ParagraphScan, ocr: boolean): number {
  return (
    (scan.markKinds & 0xffff) |
    (scan.gapKinds << 16) |
    (scan.newlineCount > 0 ? HAS_LINE_BREAKS : 0) |
    (scan.wordCount > 0 ? HAS_WORDS : 0) |
    (scan.unspacedLetters && scan.wordCount > 0 ? HAS_WORDS_AMONG_CJK : 0) |
    (scan.unspacedLetters && scan.loneLatinCount > 0 ? HAS_LONE_AMONG_CJK : 0) |
    (scan.greekCyrillic ? HAS_GREEK_CYRILLIC : 0) |
    (ocr ? HAS_OCR : 0) |
    (scan.unspacedLetters ? HAS_UNSPACED_LETTERS : 0) |
    (scan.wide ? HAS_WIDE : 0) |
    (scan.wide && (scan.markKinds & MARK_HALF_WIDTH) !== 0 ? HAS_HALF_WIDTH_AMONG_WIDE : 0)
  );
}

/** The `holdings` bits of the gap kinds `kinds` (`GAP_*`). */
export function needGaps(kinds: number): number {
  return kinds << 16;
}

/**
 * `holdings` bits: a line feed; an ASCII word; an ASCII word / a lone Latin letter or `|` in a paragraph with Han
 * or Kana letters (what a rule looking for Latin wedged into CJK text needs both of); Greek or Cyrillic; OCR
 * data; a wide code unit; a half-width mark in a paragraph with a wide code unit; Han or Kana letters.
 */
export const HAS_LINE_BREAKS = 1 << 21;
export const HAS_WORDS = 1 << 22;
export const HAS_WORDS_AMONG_CJK = 1 << 23;
export const HAS_LONE_AMONG_CJK = 1 << 24;
export const HAS_GREEK_CYRILLIC = 1 << 25;
export const HAS_OCR = 1 << 26;
export const HAS_WIDE = 1 << 27;
export const HAS_HALF_WIDTH_AMONG_WIDE = 1 << 28;
export const HAS_UNSPACED_LETTERS = 1 << 29;
/** A `holdings` bit every paragraph has: what a rule needs that may find something anywhere. */
export const EVERY_PARAGRAPH = 1 << 30;

/** Integers per gap in `ParagraphScan.data`: start, end, the codes around it. */
export const GAP_STRIDE = 3;

/**
 * The number of gaps a spacing rule visits: all of the paragraph's when it has a gap of `kind` (a `GAP_*` bit,
 * from the measure), else none — so a rule skips its loop for paragraphs without its kind.
 */
export function gapsOfKind(scan: ParagraphScan, kind: number): number {
  return (scan.gapKinds & kind) !== 0 ? scan.gapCount : 0;
}

/** Start of gap `k` (its first space), relative to the paragraph. */
export function gapStart(scan: ParagraphScan, k: number): number {
  return scan.data[scan.gapsAt + GAP_STRIDE * k] ?? 0;
}

/** End of gap `k` (past its last space). */
export function gapEnd(scan: ParagraphScan, k: number): number {
  return scan.data[scan.gapsAt + GAP_STRIDE * k + 1] ?? 0;
}

/** The code units on either side of gap `k`, packed: read them with `gapLeft` and `gapRight`. */
export function gapCodes(scan: ParagraphScan, k: number): number {
  return scan.data[scan.gapsAt + GAP_STRIDE * k + 2] ?? 0;
}

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
