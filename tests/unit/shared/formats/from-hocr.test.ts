import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHocr } from '../../../../shared/formats/from-hocr';
import { wordsOf, type OcrResult } from '../../../../shared/model/ocr';

const fixture = (name: string, file: string): string =>
  readFileSync(new URL(`../../../fixtures/pages/${name}/${file}`, import.meta.url), 'utf8');

function expectExactRanges(result: OcrResult): void {
  const words = wordsOf(result);
  expect(words.length).toBeGreaterThan(0);
  for (const word of words) expect(result.text.slice(word.range.start, word.range.end)).toBe(word.text);
}

describe('fromHocr', () => {
  it('reads Tesseract hOCR of an English page into the same text Tesseract wrote, with exact word ranges', () => {
    const result = fromHocr(fixture('en_devil', 'tesseract.hocr'), { createdAt: '2026-01-01T00:00:00.000Z' });
    expect(result.text).toBe(fixture('en_devil', 'tesseract.txt'));
    expect(result.imageSize).toEqual({ width: 2514, height: 2289 });
    expect(result.engine).toBe('hocr');
    expect(result.engineVersion).toBe('tesseract 5.3.0');
    expect(result.language).toBe('eng');
    expectExactRanges(result);
    const first = wordsOf(result)[0];
    expect(first).toEqual({
      text: 'By',
      box: { x0: 99, y0: 426, x1: 131, y1: 460 },
      confidence: 96,
      range: { start: 0, end: 2 },
    });
  });

  it('joins Chinese words without spaces and keeps every character of the page', () => {
    const result = fromHocr(fixture('zh_seed_air', 'tesseract.hocr'), {
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const strip = (s: string): string => s.replace(/\s/g, '');
    expect(strip(result.text)).toBe(strip(fixture('zh_seed_air', 'tesseract.txt')));
    expect(result.text.startsWith('上昌吉州开展大气污染防治四大专项行动\n\n')).toBe(true);
    expect(result.blocks[0]?.kind).toBe('heading');
    expectExactRanges(result);
  });

  it('picks the requested page of a multi-page file and rejects a missing one', () => {
    const page = (n: number, word: string): string =>
      `<div class='ocr_page' title='bbox 0 0 100 50; ppageno ${n}'><p class='ocr_par'><span class='ocr_line' title='bbox 1 1 90 20'><span class='ocrx_word' title='bbox 1 1 40 20; x_wconf 80'>${word}</span> <span class='ocrx_word' title='bbox 50 1 90 20; x_wconf 70'>&amp;c</span></span></p></div>`;
    const html = `<html><head><meta name="ocr-system" content="x"></head><body>${page(0, 'one')}${page(1, 'two')}</body></html>`;
    const second = fromHocr(html, { pageIndex: 1, createdAt: 't' });
    expect(second.text).toBe('two &c\n');
    expect(wordsOf(second).map((w) => w.range)).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ]);
    expect(second.language).toBe('unknown');
    expect(() => fromHocr(html, { pageIndex: 2, createdAt: 't' })).toThrow(/no page 3/);
    expect(() => fromHocr('<html><body><p>hello</p></body></html>', { createdAt: 't' })).toThrow(
      /no ocr_page/,
    );
  });
});
