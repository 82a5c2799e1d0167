import { describe, expect, it } from 'vitest';
import { parsePageRange } from '../../../../shared/util/page-range';

describe('parsePageRange', () => {
  it('reads numbers and ranges, sorted, each page once', () => {
    expect(parsePageRange('1-3, 25,2', 30)).toEqual({ ok: true, pages: [1, 2, 3, 25] });
    expect(parsePageRange(' 4 – 5 ', 5)).toEqual({ ok: true, pages: [4, 5] });
    expect(parsePageRange('7', 7)).toEqual({ ok: true, pages: [7] });
  });

  it('names the part it cannot read', () => {
    expect(parsePageRange('', 3)).toEqual({ ok: false, problem: { kind: 'empty' } });
    for (const [spec, part] of [
      ['3-1', '3-1'],
      ['0', '0'],
      ['1,,2', ''],
      ['1-2-3', '1-2-3'],
      ['a', 'a'],
      ['1, x ', 'x'],
    ])
      expect(parsePageRange(spec as string, 9)).toEqual({ ok: false, problem: { kind: 'syntax', part } });
  });

  it('refuses a page past the end instead of clipping', () => {
    expect(parsePageRange('1-20', 12)).toEqual({
      ok: false,
      problem: { kind: 'beyond', page: 20, pageCount: 12 },
    });
  });
});
