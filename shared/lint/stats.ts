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
