import type { Box, Size } from '../model/geometry';
import type { OcrBlockKind, OcrResult } from '../model/ocr';
import { CharClass, charClass, isWide } from '../text/char-class';
import { assembleText, type RawBlock, type RawLine, type RawWord } from './text-assembly';

/** Pixel box as tesseract.js reports it: source image pixels, origin top-left, end-exclusive. */
export interface TesseractBbox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** One glyph of a tesseract.js word. */
export interface TesseractSymbol {
  readonly text: string;
  readonly bbox: TesseractBbox;
}

/** A tesseract.js word; `confidence` 0–100. */
export interface TesseractWord {
  readonly text: string;
  readonly bbox: TesseractBbox;
  readonly confidence: number;
  readonly symbols?: readonly TesseractSymbol[] | null;
}

/** A tesseract.js line; `text` is Tesseract's own rendering of it, with the spaces it measured. */
export interface TesseractLine {
  readonly text?: string;
  readonly bbox: TesseractBbox;
  readonly words: readonly TesseractWord[];
}

/** A tesseract.js paragraph. */
export interface TesseractParagraph {
  readonly bbox: TesseractBbox;
  readonly lines: readonly TesseractLine[];
}

/** A tesseract.js block; `blocktype` is Tesseract's PolyBlockType (a number in the JSON, a name in the typings). */
export interface TesseractBlock {
  readonly bbox: TesseractBbox;
  readonly blocktype?: number | string;
  readonly paragraphs: readonly TesseractParagraph[];
}

/** The part of a tesseract.js 7 `recognize` result (`{ blocks: true }` output) that the conversion reads. */
export interface TesseractPage {
  readonly blocks: readonly TesseractBlock[] | null;
}

/** What the recognize output does not say about itself. */
export interface FromTesseractOptions {
  /** Tesseract language string used, e.g. `chi_sim+eng`. */
  readonly language: string;
  readonly imageSize: Size;
  /** tesseract.js version that produced the output. */
  readonly engineVersion: string;
  /** ISO 8601 time of the run. */
  readonly createdAt: string;
}

/**
 * Ink gap between two glyphs, as a fraction of the line's median glyph height, from which a gap counts as a
 * printed space when Tesseract's line text is not there to say so. Ideographs sit on a one-em grid with their
 * ink a little inside the cell, so consecutive glyphs leave well under half an em; a full-width space leaves
 * about one em.
 */
export const WIDE_GAP_EM = 0.75;

// Tesseract PolyBlockType numbers (ccstruct/publictypes.h) and their names in tesseract.js typings.
const BLOCK_KINDS: Readonly<Record<string, OcrBlockKind>> = {
  '1': 'text',
  '3': 'text',
  '7': 'text',
  '2': 'heading',
  '8': 'caption',
  '6': 'table',
  '9': 'image',
  '10': 'image',
  '11': 'image',
  FLOWING_TEXT: 'text',
  PULLOUT_TEXT: 'text',
  VERTICAL_TEXT: 'text',
  HEADING_TEXT: 'heading',
  CAPTION_TEXT: 'caption',
  TABLE: 'table',
  FLOWING_IMAGE: 'image',
  HEADING_IMAGE: 'image',
  PULLOUT_IMAGE: 'image',
};

function blockKind(blocktype: number | string | undefined): OcrBlockKind {
  return blocktype === undefined ? 'text' : (BLOCK_KINDS[String(blocktype)] ?? 'other');
}

function box(b: TesseractBbox): Box {
  return { x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 };
}

/** Class of the last character of `text`, looking through a surrogate pair to its high half. */
function lastClass(text: string): CharClass {
  const i = text.length - 1;
  const code = text.charCodeAt(i);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return charClass(text.charCodeAt(isLowSurrogate ? i - 1 : i));
}

function isWideMark(c: CharClass): boolean {
  return c === CharClass.CjkPunctuation || c === CharClass.FullWidthDigit || c === CharClass.FullWidthLatin;
}

/**
 * For each word after the first, whether Tesseract's line text has whitespace before it; undefined when the
 * words cannot be found in the line text in order (hand-made input, or a line without text).
 */
function spacesInLineText(line: TesseractLine, texts: readonly string[]): boolean[] | undefined {
  const lineText = line.text;
  if (lineText === undefined) return undefined;
  const spaces: boolean[] = [];
  let position = 0;
  for (const text of texts) {
    let skipped = false;
    while (position < lineText.length && /\s/.test(lineText.charAt(position))) {
      position += 1;
      skipped = true;
    }
    if (!lineText.startsWith(text, position)) return undefined;
    spaces.push(skipped);
    position += text.length;
  }
  return spaces;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The ink box of the word's last (or first) glyph, or the word box when glyphs are missing. */
function edgeGlyph(word: TesseractWord, which: 'first' | 'last'): TesseractBbox {
  const symbols = word.symbols ?? [];
  const symbol = which === 'first' ? symbols[0] : symbols[symbols.length - 1];
  return symbol?.bbox ?? word.bbox;
}

/** Whether the gap before each word is wide for this line: compared with the line's median glyph height. */
function wideGaps(words: readonly TesseractWord[]): boolean[] {
  const heights = words.flatMap((w) =>
    (w.symbols && w.symbols.length > 0 ? w.symbols.map((s) => s.bbox) : [w.bbox]).map((b) => b.y1 - b.y0),
  );
  const em = median(heights) ?? 0;
  return words.map((word, i) => {
    const previous = words[i - 1];
    if (previous === undefined || em <= 0) return false;
    const gap = edgeGlyph(word, 'first').x0 - edgeGlyph(previous, 'last').x1;
    return gap >= WIDE_GAP_EM * em;
  });
}

/**
 * Decides the separator before each word. Two non-CJK words always get a space. Where a side is CJK, a space is
 * kept only where the print has one: never next to full-width punctuation (it carries its own spacing), and
 * otherwise where Tesseract's line text has one — with `preserve_interword_spaces` Tesseract writes a blank only
 * where the gap is wide against the space size it estimated for that row (`本报讯 记者`). Without line text the
 * glyph gap is measured against the line's median glyph height.
 */
function readLine(line: TesseractLine): RawLine {
  const words = line.words.filter((w) => w.text.trim() !== '');
  const texts = words.map((w) => w.text.trim());
  const fromText = spacesInLineText(line, texts);
  const fromGeometry = fromText ? undefined : wideGaps(words);
  const rawWords: RawWord[] = words.map((word, i) => {
    const text = texts[i] ?? '';
    const previous = texts[i - 1];
    let spaceBefore = false;
    if (previous !== undefined) {
      if (!touchesCjk(previous, text)) {
        spaceBefore = true;
      } else if (isWideMark(lastClass(previous)) || isWideMark(charClass(text.charCodeAt(0)))) {
        spaceBefore = false;
      } else {
        spaceBefore = fromText?.[i] ?? fromGeometry?.[i] ?? false;
      }
    }
    return { text, box: box(word.bbox), confidence: word.confidence, spaceBefore };
  });
  return { words: rawWords, box: box(line.bbox) };
}

/** Whether either side of the join is a CJK character (Han, Kana, Hangul, CJK punctuation, full-width form). */
function touchesCjk(before: string, after: string): boolean {
  return isWide(lastClass(before)) || isWide(charClass(after.charCodeAt(0)));
}

/**
 * Converts tesseract.js 7 recognize output (`{ blocks: true }`) to an OcrResult. Each Tesseract paragraph becomes
 * one OcrBlock (blocks are the paragraph-sized regions the editor separates by a blank line), kind taken from
 * its Tesseract block. The text is built here, not taken from Tesseract, so every word's range slices exactly its
 * text. Pure: no clock, no I/O.
 */
export function fromTesseract(page: TesseractPage, options: FromTesseractOptions): OcrResult {
  const rawBlocks: RawBlock[] = [];
  for (const block of page.blocks ?? []) {
    const kind = blockKind(block.blocktype);
    for (const paragraph of block.paragraphs) {
      rawBlocks.push({ lines: paragraph.lines.map(readLine), box: box(paragraph.bbox), kind });
    }
  }
  const { blocks, text } = assembleText(rawBlocks);
  return {
    engine: 'tesseract.js',
    engineVersion: options.engineVersion,
    language: options.language,
    imageSize: options.imageSize,
    blocks,
    text,
    createdAt: options.createdAt,
  };
}
