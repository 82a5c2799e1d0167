import type { OcrResult, OcrWord } from '../model';
import type { ParagraphOcr } from './types';

/** OCR facts about a whole OCR text, offsets into `OcrResult.text`, sorted. */
export interface OcrHints {
  readonly wideSpaces: readonly number[];
  readonly narrowSpaces: readonly number[];
  readonly columnBreaks: readonly number[];
  readonly paragraphBreaks: readonly number[];
  readonly words: readonly OcrWord[];
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Offsets of the whitespace code units in `text[from, to)` of one kind (space or newline). */
function whitespaceIn(text: string, from: number, to: number, newline: boolean): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (newline ? ch === 10 : ch === 32 || ch === 9 || ch === 0x3000) out.push(i);
  }
  return out;
}

/**
 * Read the glyph boxes: a space is real when the gap between the boxes on either side is wide for its line
 * (at least 0.3 of the line's median glyph height), noise when it is narrow (under 0.15); a line break is a
 * column break when the line runs to its block's right edge and the next line is not indented, a paragraph
 * break when the line stops short or the next one is indented (by more than one glyph height).
 */
export function buildOcrHints(ocr: OcrResult): OcrHints {
  const wide: number[] = [];
  const narrow: number[] = [];
  const columnBreaks: number[] = [];
  const paragraphBreaks: number[] = [];
  const words: OcrWord[] = [];
  for (const block of ocr.blocks) {
    const heights = block.lines.flatMap((l) => l.words.map((w) => w.box.y1 - w.box.y0));
    const h = median(heights) || 1;
    block.lines.forEach((line, li) => {
      words.push(...line.words);
      for (let k = 1; k < line.words.length; k++) {
        const w1 = line.words[k - 1];
        const w2 = line.words[k];
        if (!w1 || !w2) continue;
        const gap = w2.box.x0 - w1.box.x1;
        const spaces = whitespaceIn(ocr.text, w1.range.end, w2.range.start, false);
        if (gap >= 0.3 * h) wide.push(...spaces);
        else if (gap < 0.15 * h) narrow.push(...spaces);
      }
      const next = block.lines[li + 1];
      const last = line.words[line.words.length - 1];
      const first = next?.words[0];
      if (!next || !last || !first) return;
      const breaks = whitespaceIn(ocr.text, last.range.end, first.range.start, true);
      const toEdge = line.box.x1 >= block.box.x1 - 0.8 * h;
      const notIndented = next.box.x0 <= block.box.x0 + 0.8 * h;
      if (toEdge && notIndented) columnBreaks.push(...breaks);
      else if (line.box.x1 < block.box.x1 - 1.5 * h || next.box.x0 > block.box.x0 + 1.5 * h)
        paragraphBreaks.push(...breaks);
    });
  }
  const sort = (a: number[]): number[] => a.sort((x, y) => x - y);
  words.sort((a, b) => a.range.start - b.range.start);
  return {
    wideSpaces: sort(wide),
    narrowSpaces: sort(narrow),
    columnBreaks: sort(columnBreaks),
    paragraphBreaks: sort(paragraphBreaks),
    words,
  };
}

/** Index of the first value ≥ `x` in a sorted array. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offsets in `[from, to)` shifted to start at 0. */
function slice(values: readonly number[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = lowerBound(values, from); i < values.length && (values[i] ?? to) < to; i++)
    out.add((values[i] ?? 0) - from);
  return out;
}

/** The hints for the paragraph that sits at `[from, to)` of the OCR text, in the paragraph's own offsets. */
export function paragraphHints(hints: OcrHints, from: number, to: number): ParagraphOcr {
  const words: { start: number; end: number; confidence: number }[] = [];
  let lo = 0;
  let hi = hints.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hints.words[mid]?.range.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hints.words.length; i++) {
    const w = hints.words[i];
    if (!w || w.range.start >= to) break;
    words.push({
      start: w.range.start - from,
      end: Math.min(w.range.end, to) - from,
      confidence: w.confidence,
    });
  }
  return {
    wideSpaces: slice(hints.wideSpaces, from, to),
    narrowSpaces: slice(hints.narrowSpaces, from, to),
    columnBreaks: slice(hints.columnBreaks, from, to),
    paragraphBreaks: slice(hints.paragraphBreaks, from, to),
    words,
  };
}
