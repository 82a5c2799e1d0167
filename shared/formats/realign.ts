import { createAligner, type Aligner } from '../align/aligner';
import { unionBox, type Box } from '../model/geometry';
import type { OcrBlock, OcrLine, OcrResult, OcrWord } from '../model/ocr';

/** Confidence given to a word the proofreader changed: a person read it against the scan. */
export const CORRECTED_CONFIDENCE = 100;

interface LineSlot {
  readonly block: number;
  readonly line: OcrLine;
  /** OCR-text range from the first word's start to the last word's end. */
  readonly start: number;
  readonly end: number;
  readonly words: OcrWord[];
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly ocrStart: number;
  readonly ocrEnd: number;
}

/**
 * Puts the corrected text of a page on the OCR result's layout: every run of non-space characters of `text` becomes
 * a word on the boxes of the OCR text it aligns to (see shared/align). A word split by the proofreader takes its
 * share of the old box, merged words take the union, an inserted word sits between its neighbours, and a word whose
 * characters came from two OCR lines (a joined line) is cut at the line break so each part stays on its line.
 * A Han run is one word, not one per character. Words whose text differs from the OCR text under them (spacing
 * aside) carry `corrected: true` and CORRECTED_CONFIDENCE; the others keep the OCR confidence (length-weighted mean
 * of the words they cover). Lines and blocks left without words are dropped; `text` of the result is `text`.
 */
export function realign(ocr: OcrResult, text: string, aligner: Aligner = createAligner(ocr)): OcrResult {
  aligner.update(text);
  const slots: LineSlot[] = [];
  ocr.blocks.forEach((block, b) => {
    for (const line of block.lines) {
      const first = line.words[0];
      const last = line.words[line.words.length - 1];
      if (first && last)
        slots.push({ block: b, line, start: first.range.start, end: last.range.end, words: [] });
    }
  });
  if (slots.length === 0) return { ...ocr, text, blocks: [] };

  for (const token of text.matchAll(/\S+/gu)) {
    let at = token.index;
    let piece: Piece | undefined;
    let pieceSlot = -1;
    for (const char of token[0].match(/[\s\S]/gu) ?? []) {
      const ocrStart = aligner.positionToOcr(at, 'after');
      const ocrEnd = Math.max(ocrStart, aligner.positionToOcr(at + char.length, 'before'));
      const slot = slotAt(slots, (ocrStart + ocrEnd) / 2);
      if (piece && slot === pieceSlot) piece = { ...piece, end: at + char.length, ocrEnd };
      else {
        if (piece) placePiece(slots[pieceSlot] as LineSlot, piece, ocr.text, text);
        piece = { start: at, end: at + char.length, ocrStart, ocrEnd };
        pieceSlot = slot;
      }
      at += char.length;
    }
    if (piece) placePiece(slots[pieceSlot] as LineSlot, piece, ocr.text, text);
  }

  const blocks: OcrBlock[] = [];
  ocr.blocks.forEach((block, b) => {
    const lines: OcrLine[] = [];
    for (const slot of slots) {
      if (slot.block !== b || slot.words.length === 0) continue;
      const box = unionBox([slot.line.box, ...slot.words.map((w) => w.box)]) ?? slot.line.box;
      lines.push({ words: slot.words, box });
    }
    if (lines.length > 0) blocks.push({ ...block, lines });
  });
  return { ...ocr, text, blocks };
}

/** The line holding an OCR position, else the nearest one (the earlier on a tie). */
function slotAt(slots: readonly LineSlot[], position: number): number {
  let lo = 0;
  let hi = slots.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] as LineSlot).start <= position) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const before = slots[found];
  const after = slots[found + 1];
  if (before && position < before.end) return found;
  if (!before) return 0;
  if (!after) return found;
  return position - before.end <= after.start - position ? found : found + 1;
}

function placePiece(slot: LineSlot, piece: Piece, ocrText: string, text: string): void {
  const wordText = text.slice(piece.start, piece.end);
  const covered: { word: OcrWord; from: number; to: number }[] = [];
  for (const word of slot.line.words) {
    const from = Math.max(piece.ocrStart, word.range.start);
    const to = Math.min(piece.ocrEnd, word.range.end);
    if (to > from) covered.push({ word, from, to });
  }
  const ocrUnder = ocrText.slice(Math.floor(piece.ocrStart), Math.ceil(piece.ocrEnd)).replace(/\s+/gu, '');
  const corrected = ocrUnder !== wordText;
  let box: Box;
  let confidence: number;
  if (covered.length > 0) {
    box = unionBox(covered.map((c) => shareOf(c.word, c.from, c.to))) as Box;
    const weight = covered.reduce((sum, c) => sum + (c.to - c.from), 0);
    confidence = covered.reduce((sum, c) => sum + c.word.confidence * (c.to - c.from), 0) / weight;
  } else {
    box = between(slot.line, (piece.ocrStart + piece.ocrEnd) / 2, wordText.length);
    confidence = CORRECTED_CONFIDENCE;
  }
  slot.words.push({
    text: wordText,
    box,
    confidence: corrected ? CORRECTED_CONFIDENCE : confidence,
    range: { start: piece.start, end: piece.end },
    ...(corrected ? { corrected: true } : {}),
  });
}

/** The part of a word's box under OCR characters `[from, to)`, cut proportionally along the line. */
function shareOf(word: OcrWord, from: number, to: number): Box {
  const length = word.range.end - word.range.start;
  const width = word.box.x1 - word.box.x0;
  return {
    x0: word.box.x0 + (width * (from - word.range.start)) / length,
    x1: word.box.x0 + (width * (to - word.range.start)) / length,
    y0: word.box.y0,
    y1: word.box.y1,
  };
}

/**
 * A box for text with no OCR text under it: the gap between the words on either side of its position, or, where
 * they touch, a box as wide as that many average characters of the line centred on the join.
 */
function between(line: OcrLine, position: number, characters: number): Box {
  let previous: OcrWord | undefined;
  let next: OcrWord | undefined;
  for (const word of line.words) {
    if (word.range.end <= position) previous = word;
    else if (!next && word.range.start >= position) next = word;
  }
  const letters = line.words.reduce((n, w) => n + (w.range.end - w.range.start), 0);
  const inked = line.words.reduce((n, w) => n + (w.box.x1 - w.box.x0), 0);
  const charWidth = letters > 0 ? inked / letters : line.box.y1 - line.box.y0;
  const y0 = Math.min(previous?.box.y0 ?? line.box.y0, next?.box.y0 ?? line.box.y0);
  const y1 = Math.max(previous?.box.y1 ?? line.box.y1, next?.box.y1 ?? line.box.y1);
  const left = previous ? previous.box.x1 : line.box.x0;
  const right = next ? next.box.x0 : line.box.x1;
  const wanted = Math.max(1, charWidth * characters);
  if (right - left >= wanted) return { x0: left, x1: right, y0, y1 };
  const middle = (left + right) / 2;
  return { x0: middle - wanted / 2, x1: middle + wanted / 2, y0, y1 };
}
