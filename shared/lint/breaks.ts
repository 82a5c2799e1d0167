import { CharClass, charClass, isWide } from '../text/char-class';
import { lineWidth } from './layout';
import { endsParagraphLike, isCapsHeading, isMostlyWide } from './text-utils';

/** Whether a line break is a column break (join the lines) or a real paragraph end (keep it). */
export interface BreakVerdict {
  readonly join: boolean;
  /** How sure: a safe fix is offered only when sure. */
  readonly sure: boolean;
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

/** First non-blank code unit of a line, or NaN. */
function firstCode(line: string): number {
  return line.trimStart().charCodeAt(0);
}

/** Last non-blank code unit of a line, or NaN. */
function lastCode(line: string): number {
  const t = line.trimEnd();
  return t.charCodeAt(t.length - 1);
}

/** Marks that must not start a line (clreq): closing brackets and quotes, pause and stop marks. */
export const NO_LINE_START = new Set(
  [...'，。、；：？！）」』】》〉”’…%％,.;:?!)]'].map((c) => c.charCodeAt(0)),
);
/** Marks that must not end a line (clreq): opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（「『【《〈“‘(['].map((c) => c.charCodeAt(0)));

/** A line made only of digits (a folio, a page number) stands alone. */
function isFolio(line: string): boolean {
  return /^\s*[\divxlcIVXLC]{1,5}\s*$/.test(line);
}

/**
 * Decide a line break between `prev` and `next` (lines without their newline). `columnWidth` is the column's
 * full-line width in em (0 unknown); `blank` is true when a blank line separates them. `ocr` is what the glyph
 * boxes say, when known: 'column' (line ran to the edge, next not indented) or 'paragraph'. `alone`: `prev` is
 * its paragraph's only line (a heading, a byline), which a blank line may well follow.
 */
export function judgeBreak(
  prev: string,
  next: string,
  columnWidth: number,
  blank: boolean,
  ocr: 'column' | 'paragraph' | null,
  alone = false,
): BreakVerdict {
  const a = lastCode(prev);
  const b = firstCode(next);
  if (a !== a || b !== b) return { join: false, sure: false };
  if (NO_LINE_START.has(b) || NO_LINE_END.has(a)) return { join: true, sure: true };
  if (ocr === 'column') return { join: true, sure: true };
  if (ocr === 'paragraph') return { join: false, sure: true };
  if (isFolio(next) || isFolio(prev) || isCapsHeading(prev)) return { join: false, sure: false };
  const cb = charClass(b);
  const ca = charClass(a);
  const cjk = isWide(ca) || isWide(cb) || isMostlyWide(prev) || isMostlyWide(next);
  const width = lineWidth(prev);
  if (cjk) {
    const full = columnWidth > 0 && Math.abs(width - columnWidth) <= 0.75;
    const wider = columnWidth > 0 && width > columnWidth + 0.75;
    if (endsParagraphLike(prev, true)) {
      // A final mark at the column's edge is a sentence end inside a paragraph; short of it, a paragraph end.
      // Before a blank line it is taken as a paragraph end even at the edge (paragraphs do end there).
      return { join: full && !blank, sure: false };
    }
    if (wider) return { join: false, sure: false };
    if (blank && alone) return { join: full, sure: false };
    return { join: true, sure: !blank || full };
  }
  if (cb === CharClass.Latin && /[a-z]/.test(String.fromCharCode(b))) {
    return { join: true, sure: !blank || !endsParagraphLike(prev) };
  }
  if (endsParagraphLike(prev)) {
    if (blank || columnWidth <= 0) return { join: false, sure: false };
    const roomy = width + firstUnitWidth(next) <= columnWidth * 1.02 || width < columnWidth * 0.88;
    return { join: !roomy, sure: false };
  }
  if (blank) {
    const full = columnWidth > 0 && width >= columnWidth * 0.9 && ca !== CharClass.Punctuation;
    return { join: full && !alone, sure: false };
  }
  return { join: true, sure: cb === CharClass.Latin || cb === CharClass.Digit };
}
