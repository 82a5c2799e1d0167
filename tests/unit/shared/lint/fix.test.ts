import { describe, expect, it } from 'vitest';
import { applyFixes, safeFixes } from '../../../../shared/lint/fix';
import type { Finding } from '../../../../shared/model';

const finding = (fixes: Finding['fixes']): Finding => ({
  rule: 'r',
  category: 'spacing',
  severity: 'warning',
  start: 0,
  end: 1,
  message: '',
  fixes,
});

describe('fix applier', () => {
  it('applies non-overlapping edits of several fixes at once', () => {
    const out = applyFixes('完 成 目 标', [
      {
        label: 'a',
        safe: true,
        edits: [
          { start: 1, end: 2, text: '' },
          { start: 3, end: 4, text: '' },
        ],
      },
      { label: 'b', safe: true, edits: [{ start: 5, end: 6, text: '' }] },
    ]);
    expect(out.text).toBe('完成目标');
    expect(out.applied).toBe(2);
  });

  it('skips a whole fix that overlaps an accepted one', () => {
    const second = {
      label: 'b',
      safe: true,
      edits: [
        { start: 2, end: 4, text: 'X' },
        { start: 6, end: 7, text: 'Y' },
      ],
    };
    const out = applyFixes('abcdefgh', [
      { label: 'a', safe: true, edits: [{ start: 1, end: 3, text: '' }] },
      second,
    ]);
    expect(out.text).toBe('adefgh');
    expect(out.skipped).toEqual([second]);
  });

  it('applies insertions and touching edits', () => {
    const out = applyFixes('ab', [
      { label: 'a', safe: true, edits: [{ start: 1, end: 1, text: ' ' }] },
      { label: 'b', safe: true, edits: [{ start: 0, end: 1, text: 'A' }] },
    ]);
    expect(out.text).toBe('A b');
  });

  it('takes the first safe fix of each finding', () => {
    const unsafe = { label: 'u', safe: false, edits: [] };
    const safe = { label: 's', safe: true, edits: [] };
    expect(safeFixes([finding([unsafe, safe]), finding([unsafe])])).toEqual([safe]);
  });
});
