import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('halfwidth-punctuation', () => {
  it('flags half-width marks in Chinese text and offers the full-width form', () => {
    const text = '吴慧芳报道: 近日,昌吉地区出现轻度污染;';
    const f = findingsOf('halfwidth-punctuation', text);
    expect(covered(text, f)).toEqual([':', ',', ';']);
    expect(f.map((x) => x.fixes[0]?.edits[0]?.text)).toEqual(['：', '，', '；']);
  });

  it('leaves a decimal point and English punctuation alone', () => {
    expect(findingsOf('halfwidth-punctuation', '面积减少126.61公顷。He said: yes, then left.')).toEqual([]);
  });
});
