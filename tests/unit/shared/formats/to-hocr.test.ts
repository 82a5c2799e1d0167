import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fromTesseract, type TesseractWord } from '../../../../shared/formats/from-tesseract';
import { languageTag, toHocr } from '../../../../shared/formats/to-hocr';

function word(text: string, x0: number, x1: number, confidence: number): TesseractWord {
  return { text, bbox: { x0, y0: 10, x1, y1: 50 }, confidence };
}

const result = fromTesseract(
  {
    blocks: [
      {
        bbox: { x0: 0, y0: 0, x1: 600, y1: 200 },
        blocktype: 1,
        paragraphs: [
          {
            bbox: { x0: 0, y0: 0, x1: 600, y1: 120 },
            lines: [
              {
                text: '今天天气 很好\n',
                bbox: { x0: 0, y0: 10, x1: 600, y1: 50 },
                words: [word('今天', 0, 90, 95), word('天气', 92, 180, 71), word('很好', 300, 390, 88)],
              },
              {
                text: 'AT&T <x>\n',
                bbox: { x0: 0, y0: 60, x1: 600, y1: 100 },
                words: [word('AT&T', 0, 100, 90.4), word('<x>', 150, 200, 60.6)],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    language: 'chi_sim+eng',
    imageSize: { width: 600, height: 200 },
    engineVersion: '7.0.0',
    createdAt: '2025-01-01T00:00:00Z',
  },
);

describe('toHocr', () => {
  const hocr = toHocr(result, { imageName: 'page "1".png' });

  it('is well-formed XHTML with the hOCR classes', () => {
    expect(XMLValidator.validate(hocr)).toBe(true);
    for (const c of ['ocr_page', 'ocr_carea', 'ocr_par', 'ocr_line', 'ocrx_word'])
      expect(hocr).toContain(`class="${c}"`);
    expect(hocr).toContain('title="image &quot;page 1.png&quot;; bbox 0 0 600 200; ppageno 0"');
    expect(hocr).toContain('lang="zh-Hans"');
  });

  it('writes a Han run as one word with the union box and the lowest confidence', () => {
    expect(hocr).toContain('title="bbox 0 10 180 50; x_wconf 71">今天天气</span>');
    expect(hocr).toContain('title="bbox 300 10 390 50; x_wconf 88">很好</span>');
  });

  it('escapes text and rounds confidences', () => {
    expect(hocr).toContain('x_wconf 90">AT&amp;T</span>');
    expect(hocr).toContain('x_wconf 61">&lt;x&gt;</span>');
  });

  it('maps Tesseract languages to BCP 47', () => {
    expect(languageTag('chi_tra')).toBe('zh-Hant');
    expect(languageTag('eng+chi_sim')).toBe('en');
    expect(languageTag('xyz')).toBe('und');
  });
});
