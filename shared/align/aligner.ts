import { diffArrays, diffChars } from 'diff';
import type { Box, TextRange } from '../model/geometry';
import { wordsOf, type OcrResult, type OcrWord } from '../model/ocr';

/**
 * Which side to take where one point of a text corresponds to a stretch of the other: at a deletion one offset of
 * the current text stands for the whole deleted OCR text ('before' = its start, 'after' = its end); at an insertion
 * one OCR offset stands for the whole inserted text.
 */
export type Bias = 'before' | 'after';

/** A stretch where the current text equals the OCR text; offsets in UTF-16 code units. */
interface Run {
  cur: number;
  ocr: number;
  length: number;
}

/** Edits longer than this in one re-diffed region are mapped proportionally instead (Myers is O(N·D)). */
const MAX_EDIT_LENGTH = 20_000;

/**
 * Keeps the OCR result of a page linked to the page's current (edited) text, word by word.
 * `update` re-diffs only the paragraphs touched since the previous text, so it is cheap enough for every keystroke.
 */
export interface Aligner {
  /** The OCR words in reading order; every index below refers to this list. */
  readonly words: readonly OcrWord[];
  /** The text the mapping currently describes. */
  readonly text: string;
  /** Re-aligns to `text`; only the paragraphs between the first and the last changed character are re-diffed. */
  update(text: string): void;
  /** OCR offset of a current-text offset (integer; inside replaced text the position is interpolated). */
  offsetToOcr(offset: number, bias?: Bias): number;
  /** Current-text offset of an OCR offset; a deleted stretch collapses onto the point where it was. */
  ocrToOffset(ocrOffset: number, bias?: Bias): number;
  /** Like `offsetToOcr` but unrounded, so a character of replaced text maps to its share of the replaced OCR text. */
  positionToOcr(offset: number, bias?: Bias): number;
  /**
   * Indices of the OCR words under a current-text range. An empty range is a cursor: the word it touches, else the
   * nearest word. Text inserted by the proofreader maps to the nearest neighbouring word; the result is never empty
   * unless the page has no words.
   */
  wordsAt(range: TextRange): number[];
  /** Where OCR word `index` is in the current text; an empty range at its old position when it was deleted. */
  rangeOfWord(index: number): TextRange;
  /** Boxes of `wordsAt(range)`, in source-image pixels. */
  boxesAt(range: TextRange): Box[];
}

/** Builds the aligner of one OCR result; it starts aligned to `result.text` itself. */
export function createAligner(result: Pick<OcrResult, 'blocks' | 'text'>): Aligner {
  const words = wordsOf(result).sort((a, b) => a.range.start - b.range.start);
  const starts = words.map((w) => w.range.start);
  const ocrText = result.text;
  let text = ocrText;
  let runs: Run[] = ocrText.length > 0 ? [{ cur: 0, ocr: 0, length: ocrText.length }] : [];

  /** Index of the last run whose start (in the chosen coordinate) is <= value, or -1. */
  function lastRunAtOrBefore(value: number, key: 'cur' | 'ocr'): number {
    let lo = 0;
    let hi = runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid] as Run;
      if (run[key] <= value) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Maps between the texts; `from`/`to` name the coordinate systems, `fromLength`/`toLength` the text lengths. */
  function map(value: number, bias: Bias, from: 'cur' | 'ocr', to: 'cur' | 'ocr'): number {
    const fromLength = from === 'cur' ? text.length : ocrText.length;
    const toLength = to === 'cur' ? text.length : ocrText.length;
    const v = Math.max(0, Math.min(fromLength, value));
    const k = lastRunAtOrBefore(v, from);
    const run = runs[k];
    if (run && v < run[from] + run.length) {
      const gapBeforeIsPoint = v === run[from] && (runs[k - 1] ? end(runs[k - 1] as Run, from) : 0) === v;
      if (!(gapBeforeIsPoint && bias === 'before')) return run[to] + (v - run[from]);
      const previous = runs[k - 1];
      return previous ? end(previous, to) : 0;
    }
    const next = runs[k + 1];
    const g0 = run ? end(run, from) : 0;
    const t0 = run ? end(run, to) : 0;
    const g1 = next ? next[from] : fromLength;
    const t1 = next ? next[to] : toLength;
    if (g1 === g0) return bias === 'before' ? t0 : t1;
    return t0 + ((v - g0) * (t1 - t0)) / (g1 - g0);
  }

  function wordIndexAtOrBefore(ocrOffset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= ocrOffset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The word containing an OCR position, else the one ending there, else the closest (earlier on a tie). */
  function nearestWord(ocrAfter: number, ocrBefore: number): number {
    if (words.length === 0) return -1;
    const i = wordIndexAtOrBefore(ocrAfter);
    const at = words[i];
    if (at && ocrAfter < at.range.end) return i;
    const j = wordIndexAtOrBefore(ocrBefore);
    const ending = words[j];
    if (ending && ocrBefore > ending.range.start && ocrBefore <= ending.range.end) return j;
    const previous = words[i];
    const following = words[i + 1];
    if (!previous) return i + 1;
    if (!following) return i;
    return ocrAfter - previous.range.end <= following.range.start - ocrAfter ? i : i + 1;
  }

  function update(next: string): void {
    if (next === text) return;
    const previous = text;
    const limit = Math.min(previous.length, next.length);
    let prefix = 0;
    while (prefix < limit && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (
      suffix < limit - prefix &&
      previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
    )
      suffix++;
    const delta = next.length - previous.length;
    // Re-diff whole paragraphs around the change, so the new alignment has the context a full diff would have.
    const paragraphStart = previous.lastIndexOf('\n\n', prefix - 1);
    let a = paragraphStart < 0 ? 0 : paragraphStart + 2;
    if (a > prefix) a = prefix;
    const paragraphEnd = previous.indexOf('\n\n', previous.length - suffix);
    let b = paragraphEnd < 0 ? previous.length : paragraphEnd;

    const kept: Run[] = [];
    const after: Run[] = [];
    for (const run of runs) {
      const runEnd = run.cur + run.length;
      if (runEnd <= a) kept.push(run);
      else if (run.cur >= b) after.push({ cur: run.cur + delta, ocr: run.ocr, length: run.length });
      else {
        if (run.cur < a) kept.push({ cur: run.cur, ocr: run.ocr, length: a - run.cur });
        if (runEnd > b) after.push({ cur: b + delta, ocr: run.ocr + (b - run.cur), length: runEnd - b });
      }
    }
    const lastKept = kept[kept.length - 1];
    const firstAfter = after[0];
    a = lastKept ? lastKept.cur + lastKept.length : 0;
    const ocrA = lastKept ? lastKept.ocr + lastKept.length : 0;
    b = firstAfter ? firstAfter.cur - delta : previous.length;
    const ocrB = firstAfter ? firstAfter.ocr : ocrText.length;
    const middle = diffRuns(ocrText.slice(ocrA, ocrB), next.slice(a, b + delta), ocrA, a);
    runs = mergeAdjacent([...kept, ...middle, ...after]);
    text = next;
  }

  function rangeOfWord(index: number): TextRange {
    const word = words[index];
    if (!word) throw new RangeError(`No OCR word ${index}`);
    const start = Math.round(map(word.range.start, 'after', 'ocr', 'cur'));
    const end = Math.round(map(word.range.end, 'before', 'ocr', 'cur'));
    return end >= start ? { start, end } : { start, end: start };
  }

  function wordsAt(range: TextRange): number[] {
    const start = Math.min(range.start, range.end);
    const stop = Math.max(range.start, range.end);
    if (stop > start) {
      const a = map(start, 'after', 'cur', 'ocr');
      const b = map(stop, 'before', 'cur', 'ocr');
      const found: number[] = [];
      for (let i = Math.max(0, wordIndexAtOrBefore(a)); i < words.length; i++) {
        const w = words[i] as OcrWord;
        if (w.range.start >= b) break;
        if (w.range.end > a && w.range.start < b) found.push(i);
      }
      if (found.length > 0) return found;
      const nearest = nearestWord((a + b) / 2, (a + b) / 2);
      return nearest < 0 ? [] : [nearest];
    }
    const nearest = nearestWord(map(start, 'after', 'cur', 'ocr'), map(start, 'before', 'cur', 'ocr'));
    return nearest < 0 ? [] : [nearest];
  }

  return {
    words,
    get text() {
      return text;
    },
    update,
    offsetToOcr: (offset, bias = 'after') => Math.round(map(offset, bias, 'cur', 'ocr')),
    ocrToOffset: (ocrOffset, bias = 'after') => Math.round(map(ocrOffset, bias, 'ocr', 'cur')),
    positionToOcr: (offset, bias = 'after') => map(offset, bias, 'cur', 'ocr'),
    wordsAt,
    rangeOfWord,
    boxesAt: (range) => wordsAt(range).map((i) => (words[i] as OcrWord).box),
  };
}

function end(run: Run, key: 'cur' | 'ocr'): number {
  return run[key] + run.length;
}

// A word of a spaced script is one token; every other character (Han, punctuation) is its own token.
const TOKEN =
  /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{M}\p{N}])+|[^\s]/gu;

interface Token {
  readonly value: string;
  readonly at: number;
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(TOKEN)) found.push({ value: match[0], at: match.index });
  return found;
}

/**
 * Equal runs between two strings, offset into the full texts. First a diff on the visible tokens alone: spacing is
 * what proofreaders change most and it carries no identity, so it must not decide which word is which (an inserted
 * word never borrows letters or spaces from its neighbours: "for extra the" keeps "the" whole). Then a character
 * diff between each pair of matched tokens aligns the spacing and any corrected letters there.
 */
function diffRuns(ocrPart: string, curPart: string, ocrBase: number, curBase: number): Run[] {
  if (ocrPart.length === 0 || curPart.length === 0) return [];
  const ocrTokens = tokens(ocrPart);
  const curTokens = tokens(curPart);
  const changes = diffArrays(
    ocrTokens.map((t) => t.value),
    curTokens.map((t) => t.value),
    { maxEditLength: MAX_EDIT_LENGTH },
  );
  if (!changes) return [];
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  // Ends of the last matched token, relative to the parts.
  let ocrAt = 0;
  let curAt = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      for (let k = 0; k < count; k++, i++, j++) {
        const ocrToken = ocrTokens[i] as Token;
        const curToken = curTokens[j] as Token;
        runs.push(
          ...charRuns(
            ocrPart.slice(ocrAt, ocrToken.at),
            curPart.slice(curAt, curToken.at),
            ocrBase + ocrAt,
            curBase + curAt,
          ),
        );
        runs.push({ ocr: ocrBase + ocrToken.at, cur: curBase + curToken.at, length: ocrToken.value.length });
        ocrAt = ocrToken.at + ocrToken.value.length;
        curAt = curToken.at + curToken.value.length;
      }
    }
  }
  runs.push(...charRuns(ocrPart.slice(ocrAt), curPart.slice(curAt), ocrBase + ocrAt, curBase + curAt));
  return runs;
}

function charRuns(ocrPart: string, curPart: string, ocrBase: number, curBase: number): Run[] {
  if (ocrPart.length === 0 || curPart.length === 0) return [];
  if (ocrPart === curPart) return [{ ocr: ocrBase, cur: curBase, length: ocrPart.length }];
  const changes = diffChars(ocrPart, curPart, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return [];
  const runs: Run[] = [];
  let ocr = ocrBase;
  let cur = curBase;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) cur += length;
    else if (change.removed) ocr += length;
    else {
      runs.push({ cur, ocr, length });
      cur += length;
      ocr += length;
    }
  }
  return runs;
}

function mergeAdjacent(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.cur + last.length === run.cur && last.ocr + last.length === run.ocr) {
      merged[merged.length - 1] = { cur: last.cur, ocr: last.ocr, length: last.length + run.length };
    } else merged.push(run);
  }
  return merged;
}
