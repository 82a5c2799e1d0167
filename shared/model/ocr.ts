import type { Box, Size, TextRange } from './geometry';

/** Tesseract language codes Jiaokan ships data for (npm `@tesseract.js-data/*`). */
export const LANGUAGE_CODES = ['chi_sim', 'chi_tra', 'eng'] as const;

/** One shipped OCR language. */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/**
 * A recognized word. `range` is where its text sits in `OcrResult.text`, so
 * `result.text.slice(range.start, range.end) === text` always holds.
 */
export interface OcrWord {
  readonly text: string;
  readonly box: Box;
  /** Engine confidence, 0–100. */
  readonly confidence: number;
  readonly range: TextRange;
  /** Set on exported words whose text the proofreader changed from what the engine read. */
  readonly corrected?: boolean;
}

/** A line of words in reading order. */
export interface OcrLine {
  readonly words: readonly OcrWord[];
  readonly box: Box;
}

/** What a block holds, as far as layout analysis or an imported format can tell. */
export type OcrBlockKind = 'text' | 'heading' | 'caption' | 'image' | 'table' | 'other';

/** A paragraph-sized region: a column segment, a headline, a caption. */
export interface OcrBlock {
  readonly lines: readonly OcrLine[];
  readonly box: Box;
  readonly kind: OcrBlockKind;
}

/** Where a result came from: an engine run here, or a sidecar imported with the scan. */
export type OcrEngine = 'tesseract.js' | 'hocr' | 'alto' | 'text';

/**
 * Everything recognized on one page image. Trees nest children and never point up, so the
 * result crosses IPC as plain JSON. `text` is exactly what the editor starts with: lines end in
 * `\n`, blocks are separated by a blank line.
 */
export interface OcrResult {
  readonly engine: OcrEngine;
  readonly engineVersion: string;
  /** Tesseract language string, e.g. `chi_sim+eng`. */
  readonly language: string;
  readonly imageSize: Size;
  readonly blocks: readonly OcrBlock[];
  readonly text: string;
  /** ISO 8601 time the result was made. */
  readonly createdAt: string;
}

/** All words of a result in reading order. */
export function wordsOf(result: Pick<OcrResult, 'blocks'>): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of result.blocks) for (const line of block.lines) words.push(...line.words);
  return words;
}
