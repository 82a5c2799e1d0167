import { describe, expect, it } from 'vitest';
import { lint } from '../../../../shared/lint/engine';
import { buildOcrHints } from '../../../../shared/lint/ocr-hints';
import { ocrOf } from './support-ocr';

describe('OCR hints from glyph boxes', () => {
  // Glyph height 40 px: a 4 px gap is narrow (noise), a 30 px gap wide (a real space).
  const ocr = ocrOf(
    [
      [
        ['本报讯', 0, 120, 95],
        ['记者高云哲报道近日', 150, 510, 95],
      ],
      [
        ['天', 0, 40, 95],
        ['气', 44, 84, 95],
        ['很好', 88, 168, 95],
      ],
    ],
    510,
  );

  it('reads wide and narrow gaps and column breaks', () => {
    const hints = buildOcrHints(ocr);
    expect(hints.wideSpaces).toEqual([3]);
    expect(hints.narrowSpaces.length).toBe(2);
    expect(hints.columnBreaks).toEqual([ocr.text.indexOf('\n')]);
  });

  it('keeps a space the boxes show wide and flags one they show narrow', () => {
    const spacing = lint(ocr.text, { ocr }).filter((f) => f.rule === 'cjk-space');
    expect(spacing.map((f) => ocr.text.slice(f.start, f.end))).toEqual([' 气 ']);
    expect(spacing[0]?.fixes[0]?.safe).toBe(true);
  });

  it('joins a line that ran to the column edge', () => {
    const breaks = lint(ocr.text, { ocr }).filter((f) => f.rule === 'line-break');
    expect(breaks).toHaveLength(1);
  });
});
