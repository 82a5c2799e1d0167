import { describe, expect, it } from 'vitest';
import { realign, CORRECTED_CONFIDENCE } from '../../../../shared/formats/realign';
import { wordsOf, type OcrResult } from '../../../../shared/model/ocr';
import { FIXTURE_PAGES, loadFixtureOcr, spacedVariant } from '../../../support/fixture-ocr';
import { applyEdits, scriptedEdits, shiftOffset, touchesWord } from '../../../support/scripted-edits';

function line(text: string, spans: readonly [number, number, number][]): OcrResult {
  // spans: [start, end, x0] with 10 px per character.
  const words = spans.map(([start, end, x0]) => ({
    text: text.slice(start, end),
    range: { start, end },
    confidence: 80,
    box: { x0, y0: 0, x1: x0 + 10 * (end - start), y1: 20 },
  }));
  return {
    engine: 'text',
    engineVersion: 'test',
    language: 'eng',
    imageSize: { width: 500, height: 40 },
    text,
    createdAt: '2025-01-01T00:00:00.000Z',
    blocks: [
      {
        kind: 'text',
        box: { x0: 0, y0: 0, x1: 500, y1: 20 },
        lines: [{ box: { x0: 0, y0: 0, x1: 500, y1: 20 }, words }],
      },
    ],
  };
}

describe('realign', () => {
  it('splits a box proportionally, merges boxes and puts an inserted word between its neighbours', () => {
    const ocr = line('foobar is here\n', [
      [0, 6, 0],
      [7, 9, 100],
      [10, 14, 200],
    ]);
    const out = wordsOf(realign(ocr, 'foo bar isnew here\n'));
    expect(out.map((w) => w.text)).toEqual(['foo', 'bar', 'isnew', 'here']);
    expect(out[0]?.box).toMatchObject({ x0: 0, x1: 30 });
    expect(out[1]?.box).toMatchObject({ x0: 30, x1: 60 });
    expect(out[2]?.corrected).toBe(true);
    expect(out[2]?.confidence).toBe(CORRECTED_CONFIDENCE);
    expect(out[3]?.corrected).toBeUndefined();
    expect(out[3]?.box).toEqual(ocr.blocks[0]?.lines[0]?.words[2]?.box);
    const merged = wordsOf(realign(ocr, 'foobar ishere\n'));
    expect(merged[1]?.box).toMatchObject({ x0: 100, x1: 240 });
    const inserted = wordsOf(realign(ocr, 'foobar is NEW here\n'));
    expect(inserted[2]?.text).toBe('NEW');
    expect(inserted[2]?.box.x0).toBeGreaterThanOrEqual(120);
    expect(inserted[2]?.box.x1).toBeLessThanOrEqual(200);
  });

  for (const page of FIXTURE_PAGES) {
    it(`keeps every untouched word of ${page} on its box after a scripted correction`, () => {
      const ocr = spacedVariant(loadFixtureOcr(page));
      const edits = scriptedEdits(ocr, 5);
      const text = applyEdits(ocr.text, edits);
      const result = realign(ocr, text);
      const words = wordsOf(result);
      for (const w of words) {
        expect(text.slice(w.range.start, w.range.end)).toBe(w.text);
        expect(w.box.x1).toBeGreaterThan(w.box.x0);
        expect(w.box.x0).toBeGreaterThanOrEqual(-1);
        expect(w.box.x1).toBeLessThanOrEqual(result.imageSize.width + 1);
      }
      // Every visible character of the corrected text is in exactly one word.
      const covered = words.reduce((n, w) => n + w.text.length, 0);
      expect(covered).toBe(text.replace(/\s+/g, '').length);
      const byStart = new Map(words.map((w) => [w.range.start, w]));
      for (const original of wordsOf(ocr)) {
        if (touchesWord(original.range, edits)) continue;
        const start = shiftOffset(original.range.start, edits);
        const placed = words.find((w) => w.range.start <= start && w.range.end > start);
        // A Han word now spans its whole run; its box still holds the OCR word's box.
        expect(placed?.box.x0).toBeLessThanOrEqual(original.box.x0 + 0.001);
        expect(placed?.box.x1).toBeGreaterThanOrEqual(original.box.x1 - 0.001);
        if (placed?.text === original.text) {
          expect(byStart.get(start)?.box).toEqual(original.box);
          expect(placed.corrected).toBeUndefined();
        }
      }
      const corrected = words.filter((w) => w.corrected).length;
      expect(corrected).toBeGreaterThan(0);
      expect(corrected).toBeLessThan(words.length / 2);
    });
  }
});
