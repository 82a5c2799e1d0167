import { CharClass, charClass, isLatinOrDigit, isUnspacedLetter } from '../text/char-class';
import type { DocumentStats, StyleDecisions } from './types';

/** A tally with every count zero. */
export const EMPTY_STATS: DocumentStats = {
  cjkGapSpaced: 0,
  cjkGapTight: 0,
  mixedSpaced: 0,
  mixedTight: 0,
  percentHalf: 0,
  percentFull: 0,
  digitHalf: 0,
  digitFull: 0,
  cjkLines: 0,
  latinLines: 0,
};

/** Style tallies of one paragraph, in one pass over its code units. */
export function tally(text: string): DocumentStats {
  let cjkGapSpaced = 0;
  let cjkGapTight = 0;
  let mixedSpaced = 0;
  let mixedTight = 0;
  let percentHalf = 0;
  let percentFull = 0;
  let digitHalf = 0;
  let digitFull = 0;
  let cjkChars = 0;
  let latinChars = 0;
  // Class of the last non-space code unit on this line, and whether spaces came after it.
  let prev: CharClass = CharClass.Newline;
  let prevPrev: CharClass = CharClass.Newline;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = charClass(code);
    if (c === CharClass.Space) {
      spaced = true;
      continue;
    }
    if (c === CharClass.Newline) {
      prev = CharClass.Newline;
      spaced = false;
      continue;
    }
    if (isUnspacedLetter(c)) {
      cjkChars++;
      if (isUnspacedLetter(prev)) {
        if (spaced) cjkGapSpaced++;
        else cjkGapTight++;
      } else if (isLatinOrDigit(prev) && !spaced) {
        mixedTight++;
      } else if (isLatinOrDigit(prev) && spaced) {
        // Counted as style only when the CJK side is not itself spaced out; decided at the next character.
        const next = charClass(text.charCodeAt(i + 1));
        if (isUnspacedLetter(next)) mixedSpaced++;
      }
    } else if (isLatinOrDigit(c)) {
      if (c === CharClass.Latin) latinChars++;
      else digitHalf++;
      if (isUnspacedLetter(prev)) {
        if (!spaced) mixedTight++;
        else if (isUnspacedLetter(prevPrev)) mixedSpaced++;
      }
    } else if (c === CharClass.FullWidthDigit) {
      digitFull++;
    }
    if (code === 0x25) percentHalf++;
    else if (code === 0xff05) percentFull++;
    prevPrev = spaced ? CharClass.Space : prev;
    prev = c;
    spaced = false;
  }
  return {
    cjkGapSpaced,
    cjkGapTight,
    mixedSpaced,
    mixedTight,
    percentHalf,
    percentFull,
    digitHalf,
    digitFull,
    cjkLines: cjkChars,
    latinLines: latinChars,
  };
}

/** Add two tallies (`sign` -1 subtracts). */
export function addStats(a: DocumentStats, b: DocumentStats, sign: 1 | -1 = 1): DocumentStats {
  return {
    cjkGapSpaced: a.cjkGapSpaced + sign * b.cjkGapSpaced,
    cjkGapTight: a.cjkGapTight + sign * b.cjkGapTight,
    mixedSpaced: a.mixedSpaced + sign * b.mixedSpaced,
    mixedTight: a.mixedTight + sign * b.mixedTight,
    percentHalf: a.percentHalf + sign * b.percentHalf,
    percentFull: a.percentFull + sign * b.percentFull,
    digitHalf: a.digitHalf + sign * b.digitHalf,
    digitFull: a.digitFull + sign * b.digitFull,
    cjkLines: a.cjkLines + sign * b.cjkLines,
    latinLines: a.latinLines + sign * b.latinLines,
  };
}

/** The majority of two counts, or null when there is too little evidence or no clear winner. */
function majority<T>(a: number, b: number, ifA: T, ifB: T, share: number): T | null {
  const total = a + b;
  if (total < 3) return null;
  if (a / total >= share) return ifA;
  if (b / total >= share) return ifB;
  return null;
}

/** Style decisions from a document's tallies: minority forms are what the style rules report. */
export function decideStyle(s: DocumentStats): StyleDecisions {
  const gaps = s.cjkGapSpaced + s.cjkGapTight;
  return {
    spacedOut: s.cjkGapSpaced >= 5 && s.cjkGapSpaced >= gaps * 0.3,
    mixedSpacing: majority(s.mixedSpaced, s.mixedTight, 'space', 'none', 0.7),
    percent:
      s.percentHalf > 0 && s.percentFull > 0 ? (s.percentHalf >= s.percentFull ? 'half' : 'full') : null,
    digits: s.digitHalf > 0 && s.digitFull > 0 ? (s.digitHalf >= s.digitFull ? 'half' : 'full') : null,
    cjkDocument: s.cjkLines > s.latinLines,
  };
}
