import { CharClass, charClass, isWide } from '../text/char-class';
import { CodeSet } from '../text/code-set';
import { lineWidth, unitWidth } from './layout';
import { endsParagraphLikeIn, isJsWhitespace } from './text-utils';

/** Whether a line break is a column break (join the lines) or a real paragraph end (keep it). */
export interface BreakVerdict {
  readonly join: boolean;
  /** How sure: a safe fix is offered only when sure. */
  readonly sure: boolean;
}

/** What a break decision needs to know about one line, computed once per line. */
export interface LineFacts {
  /**
   * The line is `text[start, end)` (leading or trailing whitespace may be included; every fact ignores it),
   * kept as bounds so that judging a break cuts no string unless a rare case needs one.
   */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** First / last code unit that is not JavaScript whitespace, NaN when the line is blank. */
  readonly first: number;
  readonly last: number;
  /** Estimated width in em (`lineWidth`). */
  readonly width: number;
  /** More CJK (wide) characters than Latin letters and digits (`isMostlyWide`). */
  readonly mostlyWide: boolean;
  /** Caps heading or running head (`isCapsHeading`). */
  readonly capsHeading: boolean;
  /** Only digits or roman numerals: a folio. */
  readonly folio: boolean;
}

const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;
/** Characters that rule out a caps heading: lower case and CJK (the complement of `isCapsHeading`'s test). */
const blocksCaps = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x3000 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xff00 && code <= 0xffef);

/** Facts of `text[start, end)` in one pass (the width estimate as `lineWidth` computes it). */
export function lineFacts(text: string, start = 0, end = text.length): LineFacts {
  // First and last code units that are not whitespace, found from each end; the loop below needs no test.
  let firstAt = start;
  while (firstAt < end && isJsWhitespace(text.charCodeAt(firstAt))) firstAt++;
  let lastAt = end;
  while (lastAt > firstAt && isJsWhitespace(text.charCodeAt(lastAt - 1))) lastAt--;
  const blank = firstAt === end;
  const first = blank ? NaN : text.charCodeAt(firstAt);
  const last = blank ? NaN : text.charCodeAt(lastAt - 1);
  if (blank) lastAt = start;
  let wide = 0;
  let narrow = 0;
  let upperRun = 0;
  let upperPair = false;
  let blocked = false;
  let width = 0;
  let prevWide = true;
  let pendingSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = charClass(code);
    const isWideC = isWide(c);
    if (isWideC) wide++;
    else if (c === CharClass.Latin || c === CharClass.Digit) narrow++;
    if (c === CharClass.Space) {
      pendingSpace = true;
    } else if (c !== CharClass.Newline && (code < 0xdc00 || code > 0xdfff)) {
      if (pendingSpace && !isWideC && !prevWide) width += 0.28;
      pendingSpace = false;
      prevWide = isWideC;
      width += unitWidth(code, c);
    }
    if (isUpper(code)) {
      upperRun++;
      if (upperRun >= 2) upperPair = true;
    } else {
      upperRun = 0;
      if (blocksCaps(code)) blocked = true;
    }
  }
  return {
    text,
    start,
    end,
    first,
    last,
    width,
    mostlyWide: wide > narrow,
    capsHeading: upperPair && !blocked,
    folio: lastAt - firstAt <= 5 && lastAt > firstAt && isFolio(text.slice(start, end)),
  };
}

/** Width the next line's first unit needs: its first word for Latin, its first character (and a trailing mark) for CJK. */
function firstUnitWidth(next: string): number {
  const m = /^\s*([^\s]+)/.exec(next);
  const word = m?.[1] ?? '';
  if (word.length === 0) return 0;
  if (isWide(charClass(word.charCodeAt(0)))) return 1;
  const latin = /^[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/.exec(word)?.[0] ?? word;
  return lineWidth(latin) + 0.28;
}

/** Marks that must not start a line (clreq): closing brackets and quotes, pause and stop marks. */
export const NO_LINE_START = new CodeSet('，。、；：？！）」』】》〉”’…%％,.;:?!)]');
/** Marks that must not end a line (clreq): opening brackets and quotes. */
export const NO_LINE_END = new CodeSet('（「『【《〈“‘([');

/** A line made only of digits (a folio, a page number) stands alone. */
function isFolio(line: string): boolean {
  return /^\s*[\divxlcIVXLC]{1,5}\s*$/.test(line);
}

/**
 * Decide a line break between the lines `prev` and `next` (their facts: each line is measured once). `columnWidth` is the column's
 * full-line width in em (0 unknown); `blank` is true when a blank line separates them. `ocr` is what the glyph
 * boxes say, when known: 'column' (line ran to the edge, next not indented) or 'paragraph'. `alone`: `prev` is
 * its paragraph's only line (a heading, a byline), which a blank line may well follow.
 */
export function judgeLines(
  prev: LineFacts,
  next: LineFacts,
  columnWidth: number,
  blank: boolean,
  ocr: 'column' | 'paragraph' | null,
  alone = false,
): BreakVerdict {
  const a = prev.last;
  const b = next.first;
  if (a !== a || b !== b) return NO_JOIN;
  const cb = charClass(b);
  const ca = charClass(a);
  // No clreq set and no final or closing mark holds a Han character, so a line ending in Han before one starting
  // in Han (most lines of a Chinese column) needs none of those look-ups. `a` is the line's last unit that is
  // no whitespace, so a mark after that Han character would be `a` itself.
  const hanEnd = ca === CharClass.Han;
  if ((!hanEnd || cb !== CharClass.Han) && (NO_LINE_START.has(b) || NO_LINE_END.has(a))) return SURE_JOIN;
  if (ocr === 'column') return SURE_JOIN;
  if (ocr === 'paragraph') return SURE_KEEP;
  if (next.folio || prev.folio || prev.capsHeading) return NO_JOIN;
  const cjk = isWide(ca) || isWide(cb) || prev.mostlyWide || next.mostlyWide;
  const width = prev.width;
  if (cjk) {
    const full = columnWidth > 0 && Math.abs(width - columnWidth) <= 0.75;
    const wider = columnWidth > 0 && width > columnWidth + 0.75;
    if (!hanEnd && endsParagraphLikeIn(prev.text, prev.start, prev.end, true)) {
      // A final mark at the column's edge is a sentence end inside a paragraph; short of it, a paragraph end.
      // Before a blank line it is taken as a paragraph end even at the edge (paragraphs do end there).
      return verdict(full && !blank, false);
    }
    if (wider) return NO_JOIN;
    if (blank && alone) return verdict(full, false);
    return verdict(true, !blank || full);
  }
  if (cb === CharClass.Latin && b >= 0x61 && b <= 0x7a) {
    return verdict(true, !blank || !endsParagraphLikeIn(prev.text, prev.start, prev.end));
  }
  if (endsParagraphLikeIn(prev.text, prev.start, prev.end)) {
    if (blank || columnWidth <= 0) return NO_JOIN;
    const roomy =
      width + firstUnitWidth(next.text.slice(next.start, next.end)) <= columnWidth * 1.02 ||
      width < columnWidth * 0.88;
    return verdict(!roomy, false);
  }
  if (blank) {
    const full = columnWidth > 0 && width >= columnWidth * 0.9 && ca !== CharClass.Punctuation;
    return verdict(full && !alone, false);
  }
  return verdict(true, cb === CharClass.Latin || cb === CharClass.Digit);
}

const NO_JOIN: BreakVerdict = { join: false, sure: false };
const SURE_JOIN: BreakVerdict = { join: true, sure: true };
const SURE_KEEP: BreakVerdict = { join: false, sure: true };
const JOIN: BreakVerdict = { join: true, sure: false };

function verdict(join: boolean, sure: boolean): BreakVerdict {
  if (!join) return sure ? SURE_KEEP : NO_JOIN;
  return sure ? SURE_JOIN : JOIN;
}
