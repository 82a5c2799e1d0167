import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';
import { ocrOf } from '../support-ocr';

describe('low-confidence', () => {
  const ocr = ocrOf(
    [
      [
        ['今天', 0, 80, 95],
        ['天气', 84, 164, 41],
        ['很好', 168, 248, 88],
      ],
    ],
    248,
  );

  it('flags words below the threshold', () => {
    const f = findingsOf('low-confidence', ocr.text, { ocr });
    expect(f.map((x) => ocr.text.slice(x.start, x.end))).toEqual(['天气']);
    expect(f[0]?.message).toContain('41');
  });

  it('follows the threshold and needs OCR data', () => {
    expect(findingsOf('low-confidence', ocr.text, { ocr, confidenceThreshold: 30 })).toEqual([]);
    expect(findingsOf('low-confidence', ocr.text)).toEqual([]);
  });
});
