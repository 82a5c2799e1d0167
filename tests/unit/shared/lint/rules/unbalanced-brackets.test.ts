import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('unbalanced-brackets', () => {
  it('flags an unclosed quote in a paragraph', () => {
    const text = '社会“大合唱。\n\n今年9月的一天。';
    expect(covered(text, findingsOf('unbalanced-brackets', text))).toEqual(['“']);
  });

  it('accepts brackets of mixed width and apostrophes', () => {
    expect(
      findingsOf('unbalanced-brackets', '乡镇(街道）、村（社区）。The King’s city, girls’ books.'),
    ).toEqual([]);
  });

  it('flags a stray closing bracket', () => {
    const text = '空气质量指数的缩写）由轻度污染转为中度污染。';
    expect(covered(text, findingsOf('unbalanced-brackets', text))).toEqual(['）']);
  });
});
