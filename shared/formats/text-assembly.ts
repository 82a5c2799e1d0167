import type { Box } from '../model/geometry';
import type { OcrBlock, OcrBlockKind, OcrLine, OcrWord } from '../model/ocr';

/** A word as an importer reads it, before its place in the page text is known. */
export interface RawWord {
  readonly text: string;
  readonly box: Box;
  readonly confidence: number;
  /** Whether a space separates this word from the previous one on its line. */
  readonly spaceBefore: boolean;
}

/** A line as an importer reads it. `suffix` is text after the last word that belongs to no word (a hyphen). */
export interface RawLine {
  readonly words: readonly RawWord[];
  readonly box: Box;
  readonly suffix?: string;
}

/** A block as an importer reads it. */
export interface RawBlock {
  readonly lines: readonly RawLine[];
  readonly box: Box;
  readonly kind: OcrBlockKind;
}

// Scripts written without spaces between words: Han, Kana, Hangul syllables, CJK punctuation, full-width forms.
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * True when no space belongs between `before` and `after`: CJK text has no word spaces, and Tesseract writes none
 * between CJK and Latin or digits either (`12月6日`, `AQI峰值`).
 */
export function isCjkJoin(before: string, after: string): boolean {
  const last = Array.from(before).at(-1);
  const first = Array.from(after)[0];
  return last !== undefined && first !== undefined && (CJK.test(last) || CJK.test(first));
}

/**
 * Lays out blocks into the page text the editor starts with (each line ends in `\n`, blocks are separated by a
 * blank line) and gives every word its exact `[start, end)` range in it. Empty words and lines are dropped.
 */
export function assembleText(rawBlocks: readonly RawBlock[]): { blocks: OcrBlock[]; text: string } {
  let text = '';
  const blocks: OcrBlock[] = [];
  for (const rawBlock of rawBlocks) {
    const lines: OcrLine[] = [];
    // Where this block's text will start: after the blank line that separates it from the previous block.
    const blockStart = text.length + (blocks.length > 0 ? 1 : 0);
    let blockText = '';
    for (const rawLine of rawBlock.lines) {
      const words: OcrWord[] = [];
      let lineText = '';
      for (const raw of rawLine.words) {
        const wordText = raw.text.trim();
        if (wordText === '') continue;
        if (lineText !== '' && raw.spaceBefore) lineText += ' ';
        const start = blockStart + blockText.length + lineText.length;
        words.push({
          text: wordText,
          box: raw.box,
          confidence: raw.confidence,
          range: { start, end: start + wordText.length },
        });
        lineText += wordText;
      }
      lineText += rawLine.suffix ?? '';
      if (lineText === '') continue;
      lines.push({ words, box: rawLine.box });
      blockText += `${lineText}\n`;
    }
    if (lines.length === 0) continue;
    text += (blocks.length > 0 ? '\n' : '') + blockText;
    blocks.push({ lines, box: rawBlock.box, kind: rawBlock.kind });
  }
  return { blocks, text };
}
