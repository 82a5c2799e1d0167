import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  ZOOM_STEPS,
  clampScale,
  fitWidthScale,
  imagePointAt,
  scrollToKeep,
  stepScale,
  wheelScale,
} from '../../../../../../renderer/src/features/scan-view/viewport';

describe('scan view zoom', () => {
  it('fits the image width to the pane', () => {
    expect(fitWidthScale(2508, 627)).toBeCloseTo(0.25, 6);
    expect(fitWidthScale(100, 400)).toBe(4);
    expect(fitWidthScale(0, 400)).toBe(1);
    expect(fitWidthScale(100000, 10)).toBe(MIN_SCALE);
  });

  it('steps through the zoom steps without skipping one', () => {
    expect(stepScale(1, 1)).toBe(1.25);
    expect(stepScale(1, -1)).toBe(0.9);
    expect(stepScale(0.27, 1)).toBe(0.333);
    expect(stepScale(0.27, -1)).toBe(0.25);
    expect(stepScale(MAX_SCALE, 1)).toBe(MAX_SCALE);
    expect(stepScale(MIN_SCALE, -1)).toBe(MIN_SCALE);
    for (let i = 0; i + 1 < ZOOM_STEPS.length; i++) {
      expect(stepScale(ZOOM_STEPS[i] ?? 0, 1)).toBe(ZOOM_STEPS[i + 1]);
    }
  });

  it('zooms continuously with the wheel, in by scrolling up, within bounds', () => {
    expect(wheelScale(1, -100)).toBeGreaterThan(1.1);
    expect(wheelScale(1, 100)).toBeLessThan(0.9);
    expect(wheelScale(wheelScale(1, -100), 100)).toBeCloseTo(1, 9);
    expect(wheelScale(MAX_SCALE, -1000)).toBe(MAX_SCALE);
    expect(clampScale(Number.NaN)).toBe(1);
  });

  it('keeps the image point under the pointer where it was', () => {
    const before = { scrollLeft: 120, scrollTop: 300, stageLeft: 16, stageTop: 16, scale: 0.5 };
    const point = imagePointAt(200, 150, before);
    expect(point).toEqual({ x: (120 + 200 - 16) / 0.5, y: (300 + 150 - 16) / 0.5 });
    const after = scrollToKeep(point, 200, 150, { stageLeft: 16, stageTop: 16, scale: 2 });
    const again = imagePointAt(200, 150, { ...after, stageLeft: 16, stageTop: 16, scale: 2 });
    expect(again.x).toBeCloseTo(point.x, 9);
    expect(again.y).toBeCloseTo(point.y, 9);
  });

  it('never scrolls to a negative offset', () => {
    expect(scrollToKeep({ x: 0, y: 0 }, 300, 300, { stageLeft: 16, stageTop: 16, scale: 1 })).toEqual({
      scrollLeft: 0,
      scrollTop: 0,
    });
  });
});
