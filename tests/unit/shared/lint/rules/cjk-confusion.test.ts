import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';
import { ocrOf } from '../support-ocr';

describe('cjk-confusion', () => {
  const ocr = ocrOf(
    [
      [
        ['己经', 0, 80, 45],
        ['未来', 84, 164, 96],
      ],
    ],
    164,
  );

  it('offers look-alikes for a character in a low-confidence word', () => {
    const f = findingsOf('cjk-confusion', ocr.text, { ocr });
    expect(f).toHaveLength(1);
    expect(f[0]?.fixes.map((x) => x.edits[0]?.text)).toEqual(['已', '巳']);
    expect(f[0]?.fixes.some((x) => x.safe)).toBe(false);
  });

  it('says nothing without OCR confidences', () => {
    expect(findingsOf('cjk-confusion', '己经未来')).toEqual([]);
  });
});
