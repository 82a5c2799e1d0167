import { describe, expect, it } from 'vitest';
import {
  HIGH_CONFIDENCE,
  LOW_CONFIDENCE,
  confidenceHue,
  confidenceTint,
} from '../../../../../../renderer/src/features/scan-view/confidence';

describe('confidence tint', () => {
  it('runs from red at low confidence to green at high, monotonically', () => {
    expect(confidenceHue(0)).toBe(0);
    expect(confidenceHue(LOW_CONFIDENCE)).toBe(0);
    expect(confidenceHue(HIGH_CONFIDENCE)).toBe(120);
    expect(confidenceHue(100)).toBe(120);
    let previous = -1;
    for (let c = 0; c <= 100; c += 5) {
      const hue = confidenceHue(c);
      expect(hue).toBeGreaterThanOrEqual(previous);
      previous = hue;
    }
    expect(confidenceHue(Number.NaN)).toBe(0);
  });

  it('fills doubtful words more strongly than sure ones', () => {
    const alpha = (css: string) => Number(/,\s*([\d.]+)\)$/.exec(css)?.[1]);
    expect(alpha(confidenceTint(30).fill)).toBeGreaterThan(alpha(confidenceTint(97).fill));
  });
});
