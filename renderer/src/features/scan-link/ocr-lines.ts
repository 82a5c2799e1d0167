import type { Box } from '../../../../shared/model/geometry';
import type { OcrResult, OcrWord } from '../../../../shared/model/ocr';

/** One OCR line that holds words: its box (source-image pixels) and its words as indices into the word list. */
export interface LinkedLine {
  readonly box: Box;
  readonly words: readonly number[];
}

/** The OCR lines of a page in reading order, and for each word the line it sits on. */
export interface LineIndex {
  readonly lines: readonly LinkedLine[];
  /** `lineOfWord[i]` is the index in `lines` of word `i`, or -1 for a word not found in any line. */
  readonly lineOfWord: readonly number[];
}

/**
 * Indexes the lines of `result` against `words` (the aligner's word list, which holds the same word objects in
 * text order), so a word index leads to its line and a line to its words. Lines without words are left out, so
 * stepping by line never lands on nothing.
 */
export function indexLines(result: Pick<OcrResult, 'blocks'>, words: readonly OcrWord[]): LineIndex {
  const indexOf = new Map<OcrWord, number>();
  words.forEach((word, i) => indexOf.set(word, i));
  const lineOfWord = words.map(() => -1);
  const lines: LinkedLine[] = [];
  for (const block of result.blocks) {
    for (const line of block.lines) {
      const members: number[] = [];
      for (const word of line.words) {
        const i = indexOf.get(word);
        if (i === undefined) continue;
        members.push(i);
        lineOfWord[i] = lines.length;
      }
      if (members.length > 0) lines.push({ box: line.box, words: members.sort((a, b) => a - b) });
    }
  }
  return { lines, lineOfWord };
}

/**
 * The word the cursor goes to when it moves `direction` lines from the line of word `current`: the first word of
 * that line. Null at the first or last line, or when `current` is on no line.
 */
export function wordOnNextLine(index: LineIndex, current: number, direction: 1 | -1): number | null {
  const line = index.lineOfWord[current];
  if (line === undefined || line < 0) return null;
  return index.lines[line + direction]?.words[0] ?? null;
}
