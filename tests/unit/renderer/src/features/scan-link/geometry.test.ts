import { describe, expect, it } from 'vitest';
import {
  revealScroll,
  stripWindow,
  wordAtPoint,
} from '../../../../../../renderer/src/features/scan-link/geometry';
import type { OcrWord } from '../../../../../../shared/model/ocr';

const view = { left: 100, top: 1000, width: 600, height: 400 };

function word(x0: number, y0: number, x1: number, y1: number): OcrWord {
  return { text: 'w', confidence: 90, range: { start: 0, end: 1 }, box: { x0, y0, x1, y1 } };
}

describe('revealScroll', () => {
  it('leaves a box that is comfortably in view alone', () => {
    expect(revealScroll({ x0: 300, y0: 1100, x1: 360, y1: 1130 }, view, 48)).toBeNull();
  });

  it('scrolls just enough to bring a box below the view up to the margin', () => {
    expect(revealScroll({ x0: 300, y0: 1500, x1: 360, y1: 1530 }, view, 48)).toEqual({
      left: 100,
      top: 1178,
    });
  });

  it('scrolls up and left to a box above and left of the view', () => {
    expect(revealScroll({ x0: 20, y0: 700, x1: 80, y1: 730 }, view, 48)).toEqual({ left: 0, top: 652 });
  });

  it('scrolls when a box sits inside the margin at the edge', () => {
    expect(revealScroll({ x0: 300, y0: 1370, x1: 360, y1: 1395 }, view, 48)).toEqual({
      left: 100,
      top: 1043,
    });
  });

  it('shows the start of a box bigger than the view', () => {
    expect(revealScroll({ x0: 300, y0: 2000, x1: 360, y1: 2900 }, view, 48)).toEqual({
      left: 100,
      top: 2000,
    });
  });
});

describe('wordAtPoint', () => {
  const words = [word(0, 0, 100, 50), word(110, 0, 200, 50), word(120, 10, 140, 40)];

  it('finds the box under the point, the smaller one where boxes overlap', () => {
    expect(wordAtPoint(words, { x: 50, y: 25 })).toBe(0);
    expect(wordAtPoint(words, { x: 115, y: 25 })).toBe(1);
    expect(wordAtPoint(words, { x: 130, y: 25 })).toBe(2);
  });

  it('finds nothing between boxes or past an end-exclusive edge', () => {
    expect(wordAtPoint(words, { x: 105, y: 25 })).toBe(-1);
    expect(wordAtPoint(words, { x: 100, y: 25 })).toBe(-1);
  });
});

describe('stripWindow', () => {
  const line = { x0: 200, y0: 500, x1: 2200, y1: 550 };

  it('magnifies the line with its margins to the strip height', () => {
    const { source, scale } = stripWindow(line, null, 700, 72);
    expect(source.y0).toBeLessThan(500);
    expect(source.y1).toBeGreaterThan(550);
    expect((source.y1 - source.y0) * scale).toBeCloseTo(72);
    expect((source.x1 - source.x0) * scale).toBeCloseTo(700);
  });

  it('starts at the line start when the current word is near it', () => {
    const { source } = stripWindow(line, { x0: 220, y0: 500, x1: 300, y1: 550 }, 700, 72);
    expect(source.x0).toBeCloseTo(175);
  });

  it('centres a word in the middle of a long line', () => {
    const { source } = stripWindow(line, { x0: 1150, y0: 500, x1: 1250, y1: 550 }, 700, 72);
    expect((source.x0 + source.x1) / 2).toBeCloseTo(1200);
  });

  it('stops at the line end for a word near it', () => {
    const { source } = stripWindow(line, { x0: 2150, y0: 500, x1: 2200, y1: 550 }, 700, 72);
    expect(source.x1).toBeCloseTo(2225);
  });
});
