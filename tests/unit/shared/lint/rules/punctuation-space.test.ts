import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('punctuation-space', () => {
  it('flags spaces next to full-width punctuation', () => {
    const text = '燃气锅炉低氮改造 ，完成目标任务。';
    expect(covered(text, findingsOf('punctuation-space', text))).toEqual([' ']);
  });

  it('flags spaces next to half-width marks that sit against Chinese', () => {
    const text = '吴慧芳报道: 近日，昌吉地区AQI (空气质量指数) 由轻度污染转为中度污染。';
    expect(findingsOf('punctuation-space', text)).toHaveLength(3);
  });

  it('leaves spaced punctuation in English text alone', () => {
    const text = 'he said to me: “You will have to do this (and soon).”';
    expect(findingsOf('punctuation-space', text)).toEqual([]);
  });
});
