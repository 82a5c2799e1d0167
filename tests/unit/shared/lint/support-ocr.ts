import type { OcrResult, OcrWord } from '../../../../shared/model';

/**
 * An OcrResult for one block of lines laid out on a grid: each word is `[text, x0, x1, confidence]` and the words
 * of a line are joined by one space in `text`. Glyph height 40 px; lines 60 px apart.
 */
export function ocrOf(
  lines: readonly (readonly [string, number, number, number])[][],
  blockWidth: number,
): OcrResult {
  let text = '';
  const ocrLines = lines.map((line, li) => {
    const y0 = li * 60;
    const words: OcrWord[] = line.map(([t, x0, x1, confidence], wi) => {
      if (wi > 0) text += ' ';
      const start = text.length;
      text += t;
      return { text: t, box: { x0, y0, x1, y1: y0 + 40 }, confidence, range: { start, end: text.length } };
    });
    text += '\n';
    const first = line[0];
    const last = line[line.length - 1];
    return { words, box: { x0: first?.[1] ?? 0, y0, x1: last?.[2] ?? 0, y1: y0 + 40 } };
  });
  return {
    engine: 'tesseract.js',
    engineVersion: '7.0.0',
    language: 'chi_sim',
    imageSize: { width: blockWidth, height: lines.length * 60 },
    blocks: [{ lines: ocrLines, box: { x0: 0, y0: 0, x1: blockWidth, y1: lines.length * 60 }, kind: 'text' }],
    text,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}
