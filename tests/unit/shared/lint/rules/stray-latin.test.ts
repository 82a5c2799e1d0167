import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('stray-latin', () => {
  it('flags a bar or a spaced lone letter among Han characters', () => {
    const text = '昌吉州|开展大气污染防治，今年 l 月至11月。';
    expect(covered(text, findingsOf('stray-latin', text))).toEqual(['|', 'l']);
  });

  it('leaves capitals written against Han alone', () => {
    expect(findingsOf('stray-latin', '医院做了B超和X光检查，A股上涨。')).toEqual([]);
  });
});
