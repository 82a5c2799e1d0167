import { CharClass, charClass, isLatinOrDigit, isUnspacedLetter, isWide } from '../text/char-class';
import { unitWidth } from './layout';
import { skipBlanksBack } from './text-utils';
import type { LineFacts } from './breaks';
import {
  GAP_KIND,
  GAP_STRIDE,
  MARK_HALF_WIDTH,
  MARK_KIND,
  MARKS_ADJACENT,
  type ParagraphScan,
  WORD_GAP,
} from './scan';
import type { DocumentStats } from './types';

/**
 * What the engine needs to know about a paragraph before its rules run, in one pass over its code units: the
 * style tallies (for the document's style decisions), the facts of each line (for break decisions and the
 * column estimate), its first and last lines with content (for its neighbours' environments) and the
 * positions its rules act on (`ParagraphScan`). The text is read here once; the rules read the lists and the
 * line facts instead of walking the paragraph again. The style tallies are fields of the measure itself: one
 * object per paragraph fewer for the collector to move, as the engine keeps every paragraph's measure.
 */
export interface ParagraphMeasure extends ParagraphScan, DocumentStats {
  /**
   * Facts of line j (the text before newline j; the last line runs to the end) at `linesAt + j * LINE_STRIDE`
   * of `lines`, a chunk shared with other paragraphs.
   */
  readonly lines: Float64Array;
  readonly linesAt: number;
  /**
   * Widths in em of the lines with content except the last one (what a column estimate samples):
   * `widthCount` numbers from `widthsAt` of `lines`.
   */
  readonly widthsAt: number;
  readonly widthCount: number;
  /**
   * The first and the last line with content, `text[firstStart, firstEnd)` and `text[lastStart, lastEnd)` (a
   * trailing CR left out); all -1 when no line has content. Offsets, not strings: the engine cuts a line out
   * only for the rare rule that reads it as a string.
   */
  readonly firstStart: number;
  readonly firstEnd: number;
  readonly lastStart: number;
  readonly lastEnd: number;
  /** Where in `lines` the facts of the first line are; -1 when no line has content. */
  readonly firstSlot: number;
}

/** Numbers per line in `ParagraphMeasure.lines`: first, last, width, flags. */
export const LINE_STRIDE = 4;
/** Offsets in a line's slot: first / last non-whitespace code unit (NaN when blank), width in em, flags. */
export const LINE_FIRST = 0;
export const LINE_LAST = 1;
export const LINE_WIDTH = 2;
export const LINE_FLAGS = 3;
/** Flag bits: more wide characters than Latin letters and digits; caps heading; folio. */
export const MOSTLY_WIDE = 1;
export const CAPS_HEADING = 2;
export const FOLIO = 4;

/**
 * Where `measureInto` leaves a paragraph's measure: its numbers (`M_*`, the `ParagraphMeasure` fields) as a
 * header at `scanAt` of `scanData`, followed by its lists, in a chunk shared with other paragraphs; its line
 * facts in `lines`. The engine keeps the chunks' numbers, the offset and the generation in columns of its
 * paragraph table, so a paragraph's measure is no object of its own (56k of them, all kept, were a third of
 * what a check left for the collector to copy).
 */
export interface MeasureSlot {
  scanData: Int32Array;
  scanAt: number;
  lines: Float64Array;
  /** The numbers of `scanData` and `lines` among the measure's chunks, valid in `generation`. */
  scanChunk: number;
  lineChunk: number;
  generation: number;
}

/** Offsets in a measure's header: the list offsets and counts of `ParagraphScan`. */
const M_GAPS_AT = 0;
const M_GAP_COUNT = 1;
const M_GAP_KINDS = 2;
const M_NEWLINES_AT = 3;
const M_NEWLINE_COUNT = 4;
const M_MARKS_AT = 5;
const M_MARK_COUNT = 6;
const M_MARK_KINDS = 7;
const M_LONE_AT = 8;
const M_LONE_COUNT = 9;
const M_WORDS_AT = 10;
const M_WORD_COUNT = 11;
/** `F_*` bits: the booleans of `ParagraphScan`. */
const M_FLAGS = 12;
/** `linesAt`, `widthsAt`, `widthCount`, `firstSlot` of `ParagraphMeasure`. */
export const M_LINES_AT = 13;
export const M_WIDTHS_AT = 14;
export const M_WIDTH_COUNT = 15;
export const M_FIRST_SLOT = 16;
/** The ten `DocumentStats` tallies, in the order of `slotStats`. */
export const M_TALLIES = 17;
/** `contentEnd` of `ParagraphScan`. */
const M_CONTENT_END = 27;
/** `firstStart`, `firstEnd`, `lastStart`, `lastEnd` of `ParagraphMeasure`. */
export const M_FIRST_START = 28;
export const M_FIRST_END = 29;
export const M_LAST_START = 30;
export const M_LAST_END = 31;
/** Integers in a measure's header. */
const M_HEADER = 32;
const F_ZERO_ONE = 1;
const F_GREEK_CYRILLIC = 2;
const F_HALF_DIGITS = 4;
const F_FULL_DIGITS = 8;
const F_UNSPACED_LETTERS = 16;
const F_WIDE = 32;

const EMPTY_INTS = new Int32Array(0);
const EMPTY_DOUBLES = new Float64Array(0);

/** Lower case and CJK rule out a caps heading (the complement of `isCapsHeading`'s test). */
const blocksCaps = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x3000 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0xff00 && code <= 0xffef);

/** The gap kinds of a space between two Han characters. */
const HAN_GAP = GAP_KIND[CharClass.Han * 12 + CharClass.Han] ?? 0;

/** A line made only of digits or roman numerals (a folio, a page number). */
const FOLIO_LINE = /^\s*[\divxlcIVXLC]{1,5}\s*$/;

/**
 * A zeroed buffer of `n` numbers. Every allocation goes through here (and `ints`), and they run once at
 * load, so an optimized caller has feedback for them (a first `new` in optimized code deoptimizes the pass).
 */
function buffer(n: number): Float64Array {
  return new Float64Array(n);
}

function ints(n: number): Int32Array {
  return new Int32Array(n);
}

/** `a` with room for `need` integers (a bigger copy when it has not). */
function room(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = ints(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Where `measureInto` writes what it cannot write straight into the chunks: the widths and the lists after the
 * gaps (copied behind the line facts and the gaps), and a long paragraph's line facts and gaps (copied into
 * buffers of their own, sized to what they hold).
 */
let scratch: Float64Array;
let widthScratch: Float64Array;
let gapScratch: Int32Array;
let newlineScratch: Int32Array;
let markScratch: Int32Array;
let loneScratch: Int32Array;
let wordScratch: Int32Array;
releaseScratch();
/**
 * Line facts and widths of many paragraphs share one chunk, and their lists another, each paragraph keeping
 * its offsets: one buffer per paragraph would make tens of thousands of small off-heap allocations per check,
 * and plain arrays would put the numbers on the collected heap (and mix small-integer and double arrays, which
 * slows their readers). A chunk is never written again once filled, so an offset stays valid.
 *
 * The chunks belong to this module, not to a linter, and are numbered: a measure is a chunk number and an
 * offset, valid for one *generation*. A full check begins a new generation (`renewMeasures`): every measure
 * made before is stale and the chunks are written again from the first. A full check of 10 MB fills ~40 MB of
 * chunks, which a new linter's check wrote into freshly allocated memory before: the process faulted in and
 * zeroed ~11k pages in the second check of the bench (the first check's chunks were not yet collected), 12–33
 * ms of system time. Rows keep the generation of their measure and are measured again when read after it
 * changed (`refreshRows` in rows.ts), which an incremental check does for the few rows around an edit.
 */
const CHUNK = 1 << 16;
let generation = 0;
/** The chunks and own buffers written in this generation, by number. */
const lineChunks: Float64Array[] = [];
const listChunks: Int32Array[] = [];
/** The previous generation's chunks, taken again before new ones are allocated. */
let spareLines: Float64Array[] = [];
let spareLists: Int32Array[] = [];
/** Chunks and own buffers the previous generation numbered (`measuresOutgrown`). */
let previousCount = 0;
let chunk = buffer(0);
let chunkNo = 0;
let chunkUsed = 0;
let listChunk = ints(0);
let listChunkNo = 0;
let listChunkUsed = 0;
nextLineChunk();
nextListChunk();

/** The number of the chunk (or own buffer) the last `store` wrote to. */
let storedLines = 0;

function nextLineChunk(): void {
  chunk = spareLines.pop() ?? buffer(CHUNK);
  chunkNo = lineChunks.push(chunk) - 1;
  chunkUsed = 0;
}

function nextListChunk(): void {
  listChunk = spareLists.pop() ?? ints(CHUNK);
  listChunkNo = listChunks.push(listChunk) - 1;
  listChunkUsed = 0;
}

/**
 * Begin a new generation: the measures made so far are stale, and the chunks they were written in are written
 * again (no more of them kept than the ending generation used; own buffers of long paragraphs are dropped).
 */
export function renewMeasures(): void {
  generation++;
  previousCount = lineChunks.length + listChunks.length;
  spareLines = lineChunks.filter((c) => c.length === CHUNK);
  spareLists = listChunks.filter((c) => c.length === CHUNK);
  lineChunks.length = 0;
  listChunks.length = 0;
  nextLineChunk();
  nextListChunk();
}

/** The generation measures are made in now. */
export function measureGeneration(): number {
  return generation;
}

/**
 * Whether the chunks of this generation have grown to more than twice what the previous one used (edits add
 * measures and never free any): an incremental check then renews the measures first.
 */
export function measuresOutgrown(): boolean {
  return lineChunks.length + listChunks.length > 2 * previousCount + 16;
}

/** Line-facts chunk number `no` of this generation. */
export function lineChunkAt(no: number): Float64Array {
  return lineChunks[no] ?? EMPTY_DOUBLES;
}

/** List chunk number `no` of this generation. */
export function listChunkAt(no: number): Int32Array {
  return listChunks[no] ?? EMPTY_INTS;
}

/** A paragraph whose measure may need more than this many numbers of a kind is written to scratch first. */
const DIRECT = CHUNK / 4;

/**
 * Where a paragraph of `n` code units writes its line facts: the current chunk from `chunkUsed` (a new chunk
 * when the most lines it can have do not fit), or the scratch for a long one (grown line by line as it fills:
 * room for the most lines a long paragraph could have would be 40 bytes per code unit).
 */
function lineTarget(n: number): Float64Array {
  const most = (n + 2) * LINE_STRIDE + n + 2;
  if (most > DIRECT) return scratch;
  if (chunkUsed + most > CHUNK) nextLineChunk();
  return chunk;
}

/**
 * Copy the first `n` numbers of the scratch, then the first `w` widths, into the current chunk (a buffer of
 * their own if many), which it leaves in `storedLines`; where the lines start (the widths follow them).
 */
function store(n: number, w: number): number {
  const size = n + w;
  let target = chunk;
  let at = chunkUsed;
  if (size > DIRECT) {
    target = buffer(size);
    storedLines = lineChunks.push(target) - 1;
    at = 0;
  } else {
    if (chunkUsed + size > CHUNK) nextLineChunk();
    target = chunk;
    storedLines = chunkNo;
    at = chunkUsed;
    chunkUsed += size;
  }
  for (let k = 0; k < n; k++) target[at + k] = scratch[k] ?? 0;
  for (let k = 0; k < w; k++) target[at + n + k] = widthScratch[k] ?? 0;
  return at;
}

/**
 * A block of `size` integers for one paragraph's lists: the current list chunk, or a buffer of their own
 * (numbered after the chunks).
 */
function listBlock(size: number): Int32Array {
  if (size > DIRECT) {
    const own = ints(size);
    listChunks.push(own);
    return own;
  }
  if (listChunkUsed + size > CHUNK) nextListChunk();
  return listChunk;
}

/** Copy `count` integers of `from` into `to` from `at`. */
function copyInts(from: Int32Array, count: number, to: Int32Array, at: number): void {
  for (let k = 0; k < count; k++) to[at + k] = from[k] ?? 0;
}

/**
 * Style tallies, line facts, first/last lines and the rules' candidate positions of `text`, reading each code
 * unit once, written into `into` (the numbers as a header before the lists, see `M_*`). A run of Han characters, most of a Chinese text, is read in a loop of its own that only counts.
 * No read goes past the text (a look-ahead at its end reads NaN itself): the first such read after the pass
 * was optimized would throw the optimized code away in the middle of a large check.
 */
export function measureInto(text: string, into: MeasureSlot): void {
  const n = text.length;
  let lineCount = 0;
  // Style tallies (as documented on `DocumentStats`).
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
  // Class of the last non-space code unit on this line (any line separator resets it), whether spaces came
  // after it, and the class before that.
  let prev: CharClass = CharClass.Newline;
  let prevPrev: CharClass = CharClass.Newline;
  let spaced = false;
  // The current line: where it starts, its first / past-the-last non-whitespace unit, width, counts and caps.
  let lineStart = 0;
  let firstAt = -1;
  let lastAt = -1;
  let wide = 0;
  let narrow = 0;
  let upperRun = 0;
  let upperPair = false;
  let blocked = false;
  let width = 0;
  let prevWide = true;
  let pendingSpace = false;
  // Bounds of the first / last line with content, and the width of the last one (pushed when another follows).
  let firstStart = -1;
  let firstEnd = -1;
  let firstSlot = -1;
  let lastStart = -1;
  let lastEnd = -1;
  let lastWidth = 0;
  let widthCount = 0;
  // The lists: the open run of spaces (and whether it can be a gap: it follows no line separator), the open
  // ASCII word (and whether it has a letter), the last Latin letter.
  // Each list has fewer than n + 2 numbers (the gaps 1.5 n + 3), so room is made once, not at every entry.
  // The line facts and the gaps go straight into their chunks (`lineTarget`, `listBlock` with room for the
  // most the paragraph can hold), unless the paragraph is long; the rest is copied behind them at the end.
  let lines = lineTarget(n);
  const linesBase = lines === chunk ? chunkUsed : 0;
  const mostLists = M_HEADER + 2 * n + 4 + 4 * (n + 2);
  const direct = mostLists <= DIRECT;
  const block = direct ? listBlock(mostLists) : listChunk;
  const directAt = direct ? listChunkUsed : 0;
  const gaps = direct ? block : (gapScratch = room(gapScratch, 2 * n + 4));
  const gapsBase = direct ? directAt + M_HEADER : 0;
  const newlines = (newlineScratch = room(newlineScratch, n + 2));
  const marks = (markScratch = room(markScratch, n + 2));
  const lone = (loneScratch = room(loneScratch, n + 2));
  const words = (wordScratch = room(wordScratch, n + 2));
  let gapCount = 0;
  let newlineCount = 0;
  let markCount = 0;
  let loneCount = 0;
  let wordCount = 0;
  let spaceStart = -1;
  let gapOpen = false;
  let gapLeft = 0;
  let gapLeftClass: CharClass = CharClass.Newline;
  let gapKinds = 0;
  let markKinds = 0;
  let lastMark = -2;
  let wordStart = -1;
  let wordLetter = false;
  let lastLatin = -2;
  let greekCyrillic = false;
  let halfDigits = false;
  let fullDigits = false;
  // Wide code units of the lines ended so far (each line's count is added at its end).
  let wideUnits = 0;
  let zeroOne = false;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 10;
    if (code === 10) {
      // A line feed (or the text's end) ends a word; spaces before it are no gap.
      if (wordStart >= 0) {
        if (wordLetter) {
          words[2 * wordCount] = wordStart;
          words[2 * wordCount + 1] = i;
          wordCount++;
        }
        wordStart = -1;
      }
      spaceStart = -1;
      if (i < n) {
        newlines[newlineCount++] = i;
      }
      const slot = linesBase + lineCount * LINE_STRIDE;
      if (slot + LINE_STRIDE > lines.length) {
        // Only the scratch of a long paragraph fills up: a chunk had room made for every line.
        const grown = buffer(lines.length * 2);
        grown.set(lines);
        lines = scratch = grown;
      }
      lineCount++;
      if (firstAt < 0) {
        lines[slot + LINE_FIRST] = NaN;
        lines[slot + LINE_LAST] = NaN;
      } else {
        lines[slot + LINE_FIRST] = text.charCodeAt(firstAt);
        lines[slot + LINE_LAST] = text.charCodeAt(lastAt - 1);
        const e = i < n && i > lineStart && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        if (lastStart >= 0) {
          if (widthCount === widthScratch.length) {
            const grown = buffer(widthCount * 2);
            grown.set(widthScratch);
            widthScratch = grown;
          }
          widthScratch[widthCount++] = lastWidth;
        }
        lastStart = lineStart;
        lastEnd = e;
        lastWidth = width;
        if (firstStart < 0) {
          firstStart = lineStart;
          firstEnd = e;
          firstSlot = slot - linesBase;
        }
      }
      lines[slot + LINE_WIDTH] = width;
      wideUnits += wide;
      lines[slot + LINE_FLAGS] =
        (wide > narrow ? MOSTLY_WIDE : 0) |
        (upperPair && !blocked ? CAPS_HEADING : 0) |
        (firstAt >= 0 && lastAt - firstAt <= 5 && FOLIO_LINE.test(text.slice(lineStart, i)) ? FOLIO : 0);
      lineStart = i + 1;
      firstAt = -1;
      lastAt = -1;
      wide = 0;
      narrow = 0;
      upperRun = 0;
      upperPair = false;
      blocked = false;
      width = 0;
      prevWide = true;
      pendingSpace = false;
      prev = CharClass.Newline;
      spaced = false;
      continue;
    }
    const c = charClass(code);
    // ASCII letters and digits make up a word.
    if (code < 0x80 && (c === CharClass.Latin || c === CharClass.Digit)) {
      if (wordStart < 0) {
        wordStart = i;
        wordLetter = false;
      }
      if (code >= 0x41) wordLetter = true;
      else if (code <= 0x31) zeroOne = true;
    } else if (wordStart >= 0) {
      if (wordLetter) {
        words[2 * wordCount] = wordStart;
        words[2 * wordCount + 1] = i;
        wordCount++;
      }
      wordStart = -1;
    }
    // JavaScript whitespace (what `trim` removes) is the Space and Newline classes, less U+0085, plus U+1680.
    if (c >= CharClass.Space ? code === 0x85 : code !== 0x1680) {
      if (firstAt < 0) firstAt = i;
      lastAt = i + 1;
    }
    // Once a line holds lower case or CJK it is no caps heading, whatever follows.
    if (!blocked) {
      if (code >= 0x41 && code <= 0x5a) {
        upperRun++;
        if (upperRun >= 2) upperPair = true;
      } else {
        upperRun = 0;
        if (blocksCaps(code)) blocked = true;
      }
    }
    if (c === CharClass.Space) {
      if (spaceStart < 0) {
        spaceStart = i;
        gapLeft = i > 0 ? text.charCodeAt(i - 1) : 10;
        gapLeftClass = charClass(gapLeft);
        gapOpen = i > 0 && gapLeftClass !== CharClass.Newline;
      }
      pendingSpace = true;
      spaced = true;
      continue;
    }
    if (spaceStart >= 0) {
      if (
        gapOpen &&
        c !== CharClass.Newline &&
        (i - spaceStart > 1 || WORD_GAP[gapLeftClass * 12 + c] !== 1)
      ) {
        const o = gapsBase + GAP_STRIDE * gapCount++;
        gaps[o] = spaceStart;
        gaps[o + 1] = i;
        gaps[o + 2] = (gapLeft << 16) | code;
        gapKinds |= GAP_KIND[gapLeftClass * 12 + c] ?? 0;
      }
      spaceStart = -1;
    }
    if (c === CharClass.Han) {
      // The common case, the general steps below specialized: wide, 1 em, a CJK letter.
      wide++;
      pendingSpace = false;
      prevWide = true;
      width += 1;
      cjkChars++;
      if (isUnspacedLetter(prev)) {
        if (spaced) cjkGapSpaced++;
        else cjkGapTight++;
      } else if (isLatinOrDigit(prev)) {
        if (!spaced) mixedTight++;
        else if (isUnspacedLetter(charClass(i + 1 < n ? text.charCodeAt(i + 1) : NaN))) mixedSpaced++;
      }
      prevPrev = spaced ? CharClass.Space : prev;
      prev = c;
      spaced = false;
      // The Han characters that follow: each is one more tight pair, 1 em wide; no list takes them. So is a Han
      // character after one space (spaced-out OCR, `完 成 目 标`), a spaced pair, the space listed as a gap:
      // what the steps below would do for the two, without going through them.
      let j = i + 1;
      let afterSpace = false;
      for (; j < n; j++) {
        let han = text.charCodeAt(j);
        const spacedPair = charClass(han) !== CharClass.Han;
        if (spacedPair) {
          if (han !== 0x20 || j + 1 >= n) break;
          han = text.charCodeAt(j + 1);
          if (charClass(han) !== CharClass.Han) break;
          const o = gapsBase + GAP_STRIDE * gapCount++;
          gaps[o] = j;
          gaps[o + 1] = j + 1;
          gaps[o + 2] = (text.charCodeAt(j - 1) << 16) | han;
          gapKinds |= HAN_GAP;
          cjkGapSpaced++;
          j++;
        } else {
          cjkGapTight++;
        }
        if (!blocked && blocksCaps(han)) blocked = true;
        wide++;
        width += 1;
        cjkChars++;
        afterSpace = spacedPair;
      }
      if (j > i + 1) {
        prevPrev = afterSpace ? CharClass.Space : CharClass.Han;
        lastAt = j;
        i = j - 1;
      }
      continue;
    }
    if (c === CharClass.Newline) {
      prev = CharClass.Newline;
      spaced = false;
      continue;
    }
    const isWideC = isWide(c);
    if (isWideC) wide++;
    else if (c === CharClass.Latin || c === CharClass.Digit) narrow++;
    if (code < 0xdc00 || code > 0xdfff) {
      if (pendingSpace && !isWideC && !prevWide) width += 0.28;
      pendingSpace = false;
      prevWide = isWideC;
      width += unitWidth(code, c);
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
        if (isUnspacedLetter(charClass(i + 1 < n ? text.charCodeAt(i + 1) : NaN))) mixedSpaced++;
      }
    } else if (isLatinOrDigit(c)) {
      if (c === CharClass.Latin) {
        latinChars++;
        // An ASCII letter is judged lone after the lower-case loop below, which reads what follows it anyway.
        if (code >= 0x80) {
          if (
            lastLatin !== i - 1 &&
            charClass(i + 1 < n ? text.charCodeAt(i + 1) : NaN) !== CharClass.Latin
          ) {
            lone[loneCount++] = i;
          }
          lastLatin = i;
        }
      } else {
        digitHalf++;
        halfDigits = true;
      }
      if (isUnspacedLetter(prev)) {
        if (!spaced) mixedTight++;
        else if (isUnspacedLetter(prevPrev)) mixedSpaced++;
      }
      if (c === CharClass.Latin && code < 0x80) {
        // The lower-case ASCII letters that follow: more of the same word, narrow, no caps heading.
        let j = i + 1;
        let next = NaN;
        for (; j < n; j++) {
          next = text.charCodeAt(j);
          if (next < 0x61 || next > 0x7a) break;
          narrow++;
          width += unitWidth(next, CharClass.Latin);
          latinChars++;
        }
        if (j === i + 1) {
          if (lastLatin !== i - 1 && charClass(j < n ? next : NaN) !== CharClass.Latin) lone[loneCount++] = i;
          lastLatin = i;
        }
        if (j > i + 1) {
          // Latin prose: each lower-case word after one space is taken here too, doing what the steps below
          // would for the space and the word (the last word ends, the letters are narrow; the space is a
          // `WORD_GAP`, not listed); the line is blocked for caps from here, so their caps test has nothing to do.
          // The run loop is written twice: one loop for the first word and the next ones read the 10 MB bench
          // text 1.5–2 ms slower (3 % of the walk), and one function would return three counts per word.
          wordLetter = true;
          blocked = true;
          upperRun = 0;
          let oneLetter = false;
          while (next === 0x20 && j + 1 < n) {
            const initial = text.charCodeAt(j + 1);
            if (initial < 0x61 || initial > 0x7a) break;
            words[2 * wordCount] = wordStart;
            words[2 * wordCount + 1] = j;
            wordCount++;
            narrow++;
            width += 0.28;
            width += unitWidth(initial, CharClass.Latin);
            latinChars++;
            wordStart = j + 1;
            let k = j + 2;
            for (; k < n; k++) {
              next = text.charCodeAt(k);
              if (next < 0x61 || next > 0x7a) break;
              narrow++;
              width += unitWidth(next, CharClass.Latin);
              latinChars++;
            }
            if (k === j + 2) {
              // A one-letter word: lone unless a Latin letter follows; the next unit goes through the steps.
              if (charClass(k < n ? next : NaN) !== CharClass.Latin) lone[loneCount++] = j + 1;
              lastLatin = j + 1;
              lastAt = j + 2;
              oneLetter = true;
              break;
            }
            j = k;
          }
          if (oneLetter) {
            prevPrev = CharClass.Space;
            prev = c;
            spaced = false;
            i = j + 1;
            continue;
          }
          lastAt = j;
          lastLatin = j - 1;
          prevPrev = c;
          prev = c;
          spaced = false;
          i = j - 1;
          continue;
        }
      }
    } else if (c === CharClass.Punctuation || c === CharClass.CjkPunctuation) {
      marks[markCount++] = i;
      markKinds |=
        (MARK_KIND[code] ?? 0) |
        (lastMark === i - 1 ? MARKS_ADJACENT : 0) |
        (c === CharClass.Punctuation ? MARK_HALF_WIDTH : 0);
      lastMark = i;
      if (code === 0x7c) {
        lone[loneCount++] = i;
      } else if (code === 0x25) {
        percentHalf++;
      } else if (code === 0xff05) {
        percentFull++;
      }
    } else if (c === CharClass.FullWidthDigit) {
      digitFull++;
      fullDigits = true;
    } else if (code >= 0x370 && code <= 0x4ff) {
      greekCyrillic = true;
    }
    prevPrev = spaced ? CharClass.Space : prev;
    prev = c;
    spaced = false;
  }
  const size = M_HEADER + GAP_STRIDE * gapCount + newlineCount + markCount + loneCount + 2 * wordCount;
  const data = direct ? block : listBlock(size);
  const at = direct ? directAt : data === listChunk ? listChunkUsed : 0;
  const gapsAt = at + M_HEADER;
  const newlinesAt = gapsAt + GAP_STRIDE * gapCount;
  const marksAt = newlinesAt + newlineCount;
  const loneLatinAt = marksAt + markCount;
  const wordsAt = loneLatinAt + loneCount;
  if (data === listChunk) listChunkUsed = at + size;
  if (!direct) copyInts(gaps, GAP_STRIDE * gapCount, data, gapsAt);
  copyInts(newlines, newlineCount, data, newlinesAt);
  copyInts(marks, markCount, data, marksAt);
  copyInts(lone, loneCount, data, loneLatinAt);
  copyInts(words, 2 * wordCount, data, wordsAt);
  let linesAt = linesBase;
  if (lines === chunk) {
    for (let k = 0; k < widthCount; k++)
      lines[linesBase + lineCount * LINE_STRIDE + k] = widthScratch[k] ?? 0;
    chunkUsed = linesBase + lineCount * LINE_STRIDE + widthCount;
    storedLines = chunkNo;
  } else {
    linesAt = store(lineCount * LINE_STRIDE, widthCount);
  }
  data[at + M_GAPS_AT] = gapsAt;
  data[at + M_GAP_COUNT] = gapCount;
  data[at + M_GAP_KINDS] = gapKinds;
  data[at + M_NEWLINES_AT] = newlinesAt;
  data[at + M_NEWLINE_COUNT] = newlineCount;
  data[at + M_MARKS_AT] = marksAt;
  data[at + M_MARK_COUNT] = markCount;
  data[at + M_MARK_KINDS] = markKinds;
  data[at + M_LONE_AT] = loneLatinAt;
  data[at + M_LONE_COUNT] = loneCount;
  data[at + M_WORDS_AT] = wordsAt;
  data[at + M_WORD_COUNT] = wordCount;
  data[at + M_FLAGS] =
    (zeroOne ? F_ZERO_ONE : 0) |
    (greekCyrillic ? F_GREEK_CYRILLIC : 0) |
    (halfDigits ? F_HALF_DIGITS : 0) |
    (fullDigits ? F_FULL_DIGITS : 0) |
    (cjkChars > 0 ? F_UNSPACED_LETTERS : 0) |
    (wideUnits > 0 ? F_WIDE : 0);
  data[at + M_LINES_AT] = linesAt;
  data[at + M_WIDTHS_AT] = linesAt + lineCount * LINE_STRIDE;
  data[at + M_WIDTH_COUNT] = widthCount;
  data[at + M_FIRST_SLOT] = firstSlot < 0 ? -1 : linesAt + firstSlot;
  data[at + M_TALLIES] = cjkGapSpaced;
  data[at + M_TALLIES + 1] = cjkGapTight;
  data[at + M_TALLIES + 2] = mixedSpaced;
  data[at + M_TALLIES + 3] = mixedTight;
  data[at + M_TALLIES + 4] = percentHalf;
  data[at + M_TALLIES + 5] = percentFull;
  data[at + M_TALLIES + 6] = digitHalf;
  data[at + M_TALLIES + 7] = digitFull;
  data[at + M_TALLIES + 8] = cjkChars;
  data[at + M_TALLIES + 9] = latinChars;
  data[at + M_CONTENT_END] = skipBlanksBack(text, n);
  data[at + M_FIRST_START] = firstStart;
  data[at + M_FIRST_END] = firstStart >= 0 ? firstEnd : -1;
  data[at + M_LAST_START] = lastStart;
  data[at + M_LAST_END] = lastStart >= 0 ? lastEnd : -1;
  into.scanData = data;
  into.scanChunk = data === listChunk ? listChunkNo : listChunks.length - 1;
  into.scanAt = at;
  into.lineChunk = storedLines;
  into.lines = lineChunks[storedLines] ?? EMPTY_DOUBLES;
  into.generation = generation;
  if (n > RELEASE_ABOVE) releaseScratch();
}

/**
 * Paragraphs longer than this give their scratch back when measured: the lists' scratch has room for the most
 * entries a paragraph can hold (24 bytes per code unit), which a text that is one long paragraph would
 * otherwise leave allocated (~140 MB for 10 MB).
 */
const RELEASE_ABOVE = 1 << 16;

/** The scratch buffers at their first sizes (at load, and after a long paragraph). */
function releaseScratch(): void {
  scratch = buffer(1024);
  widthScratch = buffer(256);
  gapScratch = ints(1024);
  newlineScratch = ints(256);
  markScratch = ints(1024);
  loneScratch = ints(64);
  wordScratch = ints(1024);
}

/**
 * A paragraph's measure as one object (`MeasureCursor` filled from `slot`): the engine keeps one cursor and
 * points it at each paragraph whose rules run, so the rules read fields while nothing is kept per paragraph
 * but the slot.
 */
export function readMeasure(into: MeasureCursor, text: string, slot: MeasureSlot): MeasureCursor {
  const d = slot.scanData;
  const at = slot.scanAt;
  const flags = d[at + M_FLAGS] ?? 0;
  into.text = text;
  into.data = d;
  into.gapsAt = d[at + M_GAPS_AT] ?? 0;
  into.gapCount = d[at + M_GAP_COUNT] ?? 0;
  into.gapKinds = d[at + M_GAP_KINDS] ?? 0;
  into.newlinesAt = d[at + M_NEWLINES_AT] ?? 0;
  into.newlineCount = d[at + M_NEWLINE_COUNT] ?? 0;
  into.marksAt = d[at + M_MARKS_AT] ?? 0;
  into.markCount = d[at + M_MARK_COUNT] ?? 0;
  into.markKinds = d[at + M_MARK_KINDS] ?? 0;
  into.loneLatinAt = d[at + M_LONE_AT] ?? 0;
  into.loneLatinCount = d[at + M_LONE_COUNT] ?? 0;
  into.wordsAt = d[at + M_WORDS_AT] ?? 0;
  into.wordCount = d[at + M_WORD_COUNT] ?? 0;
  into.contentEnd = d[at + M_CONTENT_END] ?? 0;
  into.zeroOneInWords = (flags & F_ZERO_ONE) !== 0;
  into.greekCyrillic = (flags & F_GREEK_CYRILLIC) !== 0;
  into.halfDigits = (flags & F_HALF_DIGITS) !== 0;
  into.fullDigits = (flags & F_FULL_DIGITS) !== 0;
  into.unspacedLetters = (flags & F_UNSPACED_LETTERS) !== 0;
  into.wide = (flags & F_WIDE) !== 0;
  into.lines = slot.lines;
  into.linesAt = d[at + M_LINES_AT] ?? 0;
  into.widthsAt = d[at + M_WIDTHS_AT] ?? 0;
  into.widthCount = d[at + M_WIDTH_COUNT] ?? 0;
  into.firstSlot = d[at + M_FIRST_SLOT] ?? -1;
  into.firstStart = d[at + M_FIRST_START] ?? -1;
  into.firstEnd = d[at + M_FIRST_END] ?? -1;
  into.lastStart = d[at + M_LAST_START] ?? -1;
  into.lastEnd = d[at + M_LAST_END] ?? -1;
  into.cjkGapSpaced = d[at + M_TALLIES] ?? 0;
  into.cjkGapTight = d[at + M_TALLIES + 1] ?? 0;
  into.mixedSpaced = d[at + M_TALLIES + 2] ?? 0;
  into.mixedTight = d[at + M_TALLIES + 3] ?? 0;
  into.percentHalf = d[at + M_TALLIES + 4] ?? 0;
  into.percentFull = d[at + M_TALLIES + 5] ?? 0;
  into.digitHalf = d[at + M_TALLIES + 6] ?? 0;
  into.digitFull = d[at + M_TALLIES + 7] ?? 0;
  into.cjkLines = d[at + M_TALLIES + 8] ?? 0;
  into.latinLines = d[at + M_TALLIES + 9] ?? 0;
  return into;
}

/** A slot for `measureInto` and the readers of a measure (nothing in it yet). */
export function newSlot(): MeasureSlot {
  return {
    scanData: EMPTY_INTS,
    scanAt: 0,
    lines: EMPTY_DOUBLES,
    scanChunk: 0,
    lineChunk: 0,
    generation: -1,
  };
}

/** A paragraph's measure as an object of its own (one paragraph, outside the engine's loop). */
export function measureParagraph(text: string): ParagraphMeasure {
  const slot = newSlot();
  measureInto(text, slot);
  return readMeasure(new MeasureCursor(), text, slot);
}

/** The style tallies of a measured paragraph (an object: for the few paragraphs an edit replaces). */
export function slotStats(slot: MeasureSlot): DocumentStats {
  const d = slot.scanData;
  const t = slot.scanAt + M_TALLIES;
  return {
    cjkGapSpaced: d[t] ?? 0,
    cjkGapTight: d[t + 1] ?? 0,
    mixedSpaced: d[t + 2] ?? 0,
    mixedTight: d[t + 3] ?? 0,
    percentHalf: d[t + 4] ?? 0,
    percentFull: d[t + 5] ?? 0,
    digitHalf: d[t + 6] ?? 0,
    digitFull: d[t + 7] ?? 0,
    cjkLines: d[t + 8] ?? 0,
    latinLines: d[t + 9] ?? 0,
  };
}

/** Add the style tallies of `slot` to `sum` (ten numbers, in the order of `slotStats`). */
export function addSlotTallies(sum: Float64Array, slot: MeasureSlot): void {
  const d = slot.scanData;
  const t = slot.scanAt + M_TALLIES;
  for (let j = 0; j < 10; j++) sum[j] = (sum[j] ?? 0) + (d[t + j] ?? 0);
}

/** The tallies summed by `addSlotTallies` as `DocumentStats`. */
export function talliesStats(sum: Float64Array): DocumentStats {
  return {
    cjkGapSpaced: sum[0] ?? 0,
    cjkGapTight: sum[1] ?? 0,
    mixedSpaced: sum[2] ?? 0,
    mixedTight: sum[3] ?? 0,
    percentHalf: sum[4] ?? 0,
    percentFull: sum[5] ?? 0,
    digitHalf: sum[6] ?? 0,
    digitFull: sum[7] ?? 0,
    cjkLines: sum[8] ?? 0,
    latinLines: sum[9] ?? 0,
  };
}

/**
 * Copy the facts of the first line with content of `slot` (`LINE_STRIDE` numbers) into `to` from `at`, or
 * mark it as having none (flags -1).
 */
export function copyFirstLine(slot: MeasureSlot, to: Float64Array, at: number): void {
  const from = slot.scanData[slot.scanAt + M_FIRST_SLOT] ?? -1;
  if (from < 0) {
    to[at + LINE_FLAGS] = -1;
    return;
  }
  const lines = slot.lines;
  to[at + LINE_FIRST] = lines[from + LINE_FIRST] ?? NaN;
  to[at + LINE_LAST] = lines[from + LINE_LAST] ?? NaN;
  to[at + LINE_WIDTH] = lines[from + LINE_WIDTH] ?? 0;
  to[at + LINE_FLAGS] = lines[from + LINE_FLAGS] ?? 0;
}

/** A `ParagraphMeasure` whose fields `readMeasure` rewrites. */
export class MeasureCursor implements ParagraphMeasure {
  text = '';
  data: Int32Array = EMPTY_INTS;
  gapsAt = 0;
  gapCount = 0;
  gapKinds = 0;
  newlinesAt = 0;
  newlineCount = 0;
  marksAt = 0;
  markCount = 0;
  markKinds = 0;
  loneLatinAt = 0;
  loneLatinCount = 0;
  wordsAt = 0;
  wordCount = 0;
  contentEnd = 0;
  zeroOneInWords = false;
  greekCyrillic = false;
  halfDigits = false;
  fullDigits = false;
  unspacedLetters = false;
  wide = false;
  lines: Float64Array = EMPTY_DOUBLES;
  linesAt = 0;
  widthsAt = 0;
  widthCount = 0;
  firstSlot = -1;
  firstStart = -1;
  firstEnd = -1;
  lastStart = -1;
  lastEnd = -1;
  cjkGapSpaced = 0;
  cjkGapTight = 0;
  mixedSpaced = 0;
  mixedTight = 0;
  percentHalf = 0;
  percentFull = 0;
  digitHalf = 0;
  digitFull = 0;
  cjkLines = 0;
  latinLines = 0;
}

/**
 * Line facts that a reader rewrites line after line (`measuredLineInto`): the break rules judge 320k lines
 * of a 10 MB text, and an object per line was most of what a check allocated. The reader keeps two and
 * alternates them, as a judgement reads two lines at a time.
 */
export class ReusedLineFacts implements LineFacts {
  text = '';
  start = 0;
  end = 0;
  first = NaN;
  last = NaN;
  width = 0;
  mostlyWide = false;
  capsHeading = false;
  folio = false;
}

/** The facts of the line at `slot` of `lines` (`text[start, end)`) as `lineFacts` gives them. */
export function measuredLine(
  text: string,
  lines: Float64Array,
  slot: number,
  start: number,
  end: number,
): LineFacts {
  return measuredLineInto(new ReusedLineFacts(), text, lines, slot, start, end);
}

/** `measuredLine`, written into `into` (returned). */
export function measuredLineInto(
  into: ReusedLineFacts,
  text: string,
  lines: Float64Array,
  slot: number,
  start: number,
  end: number,
): ReusedLineFacts {
  const flags = lines[slot + LINE_FLAGS] ?? 0;
  into.text = text;
  into.start = start;
  into.end = end;
  into.first = lines[slot + LINE_FIRST] ?? NaN;
  into.last = lines[slot + LINE_LAST] ?? NaN;
  into.width = lines[slot + LINE_WIDTH] ?? 0;
  into.mostlyWide = (flags & MOSTLY_WIDE) !== 0;
  into.capsHeading = (flags & CAPS_HEADING) !== 0;
  into.folio = (flags & FOLIO) !== 0;
  return into;
}

/**
 * `lineFacts` of the first line with content of a measured paragraph that starts at `base` of `text` (a trailing
 * CR it leaves out changes no fact), written into `into`; null if no line has content.
 */
export function firstLineFacts(
  m: MeasureSlot,
  text: string,
  base: number,
  into: ReusedLineFacts,
): LineFacts | null {
  const d = m.scanData;
  const slot = d[m.scanAt + M_FIRST_SLOT] ?? -1;
  if (slot < 0) return null;
  const start = base + (d[m.scanAt + M_FIRST_START] ?? 0);
  const end = base + (d[m.scanAt + M_FIRST_END] ?? 0);
  return measuredLineInto(into, text, m.lines, slot, start, end);
}
