import { describe, expect, it } from 'vitest';
import {
  fromTesseract,
  type TesseractBbox,
  type TesseractLine,
  type TesseractPage,
  type TesseractWord,
} from '../../../../shared/formats/from-tesseract';
import { wordsOf } from '../../../../shared/model/ocr';

const options = {
  language: 'chi_sim',
  imageSize: { width: 1000, height: 800 },
  engineVersion: '7.0.0',
  createdAt: '2025-01-01T00:00:00.000Z',
};

function bbox(x0: number, x1: number, y0 = 100, y1 = 140): TesseractBbox {
  return { x0, y0, x1, y1 };
}

/** A word whose glyphs are laid out left to right from x, each `pitch` wide with `ink` pixels of ink. */
function word(text: string, x: number, pitch = 44, ink = 40, confidence = 90): TesseractWord {
  const chars = Array.from(text);
  const symbols = chars.map((c, i) => ({ text: c, bbox: bbox(x + i * pitch, x + i * pitch + ink) }));
  return { text, bbox: bbox(x, x + (chars.length - 1) * pitch + ink), confidence, symbols };
}

function line(words: TesseractWord[], text?: string): TesseractLine {
  const x0 = Math.min(...words.map((w) => w.bbox.x0));
  const x1 = Math.max(...words.map((w) => w.bbox.x1));
  return { words, bbox: bbox(x0, x1), ...(text === undefined ? {} : { text }) };
}

function page(...paragraphs: TesseractLine[][]): TesseractPage {
  return {
    blocks: [
      {
        bbox: bbox(0, 1000, 0, 800),
        blocktype: 1,
        paragraphs: paragraphs.map((lines) => ({ bbox: bbox(0, 1000, 0, 800), lines })),
      },
    ],
  };
}

describe('fromTesseract', () => {
  it('lays out lines and paragraphs and gives every word its exact range', () => {
    const result = fromTesseract(
      page(
        [line([word('今天', 0), word('天气', 88)]), line([word('很好', 0), word('。', 88)])],
        [line([word('Hello', 0), word('world', 300)])],
      ),
      options,
    );
    expect(result.text).toBe('今天天气\n很好。\n\nHello world\n');
    for (const w of wordsOf(result)) expect(result.text.slice(w.range.start, w.range.end)).toBe(w.text);
    expect(result.blocks).toHaveLength(2);
    expect(result.engine).toBe('tesseract.js');
    expect(result.imageSize).toEqual(options.imageSize);
  });

  it("keeps a space between CJK words where Tesseract's line text has one", () => {
    const result = fromTesseract(
      page([line([word('本报讯', 0), word('记者', 150)], '本报讯 记者\n')]),
      options,
    );
    expect(result.text).toBe('本报讯 记者\n');
  });

  it('joins CJK words that Tesseract printed without a space, however the boxes lie', () => {
    const result = fromTesseract(
      page([line([word('本报讯', 0), word('记者', 200)], '本报讯记者\n')]),
      options,
    );
    expect(result.text).toBe('本报讯记者\n');
  });

  it('without line text, spaces CJK words only where the glyph gap is wide for the line', () => {
    // Glyphs 40 px tall on a 44 px pitch: a 4 px gap is ordinary, a 48 px gap is a printed space.
    const tight = fromTesseract(page([line([word('本报讯', 0), word('记者', 132)])]), options);
    expect(tight.text).toBe('本报讯记者\n');
    const wide = fromTesseract(page([line([word('本报讯', 0), word('记者', 176)])]), options);
    expect(wide.text).toBe('本报讯 记者\n');
  });

  it('never puts a space next to full-width punctuation', () => {
    const result = fromTesseract(
      page([line([word('安定', 0), word('。', 88), word('李艳丽', 300)], '安定 。 李艳丽\n')]),
      options,
    );
    expect(result.text).toBe('安定。李艳丽\n');
  });

  it('always spaces two Latin words, even when Tesseract joined them', () => {
    const result = fromTesseract(
      page([line([word('Air', 0), word('Quality', 100)], 'AirQuality\n')]),
      options,
    );
    expect(result.text).toBe('Air Quality\n');
  });

  it('follows Tesseract between Latin and Han', () => {
    const result = fromTesseract(
      page([line([word('Index', 0), word('的缩写', 220), word('AQI', 400)], 'Index的缩写 AQI\n')]),
      options,
    );
    expect(result.text).toBe('Index的缩写 AQI\n');
  });

  it('drops empty words and lines, and maps block types to kinds', () => {
    const result = fromTesseract(
      {
        blocks: [
          {
            bbox: bbox(0, 10),
            blocktype: 2,
            paragraphs: [{ bbox: bbox(0, 10), lines: [line([word('标题', 0), word(' ', 100)])] }],
          },
          {
            bbox: bbox(0, 10),
            blocktype: 8,
            paragraphs: [{ bbox: bbox(0, 10), lines: [line([word(' ', 0)])] }],
          },
          {
            bbox: bbox(0, 10),
            blocktype: 'CAPTION_TEXT',
            paragraphs: [{ bbox: bbox(0, 10), lines: [line([word('图', 0)])] }],
          },
        ],
      },
      options,
    );
    expect(result.text).toBe('标题\n\n图\n');
    expect(result.blocks.map((b) => b.kind)).toEqual(['heading', 'caption']);
  });

  it('handles a page with no blocks and ideographs beyond the BMP', () => {
    expect(fromTesseract({ blocks: null }, options).text).toBe('');
    const result = fromTesseract(page([line([word('𠀀', 0), word('字', 44)], '𠀀字\n')]), options);
    expect(result.text).toBe('𠀀字\n');
    for (const w of wordsOf(result)) expect(result.text.slice(w.range.start, w.range.end)).toBe(w.text);
  });
});
