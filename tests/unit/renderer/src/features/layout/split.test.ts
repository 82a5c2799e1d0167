import { describe, expect, it } from 'vitest';
import {
  MAX_SPLIT,
  MIN_SPLIT,
  clampSplit,
  splitAt,
} from '../../../../../../renderer/src/features/layout/split';

describe('splitter ratio', () => {
  it('follows the pointer inside the container', () => {
    expect(splitAt(300, 100, 800)).toBe(0.25);
    expect(splitAt(500, 100, 800)).toBe(0.5);
  });

  it('never lets a pane be dragged shut', () => {
    expect(splitAt(100, 100, 800)).toBe(MIN_SPLIT);
    expect(splitAt(2000, 100, 800)).toBe(MAX_SPLIT);
    expect(splitAt(10, 0, 0)).toBe(0.5);
    expect(clampSplit(Number.NaN)).toBe(0.5);
  });
});
