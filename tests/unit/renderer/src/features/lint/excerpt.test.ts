import { describe, expect, it } from 'vitest';
import { excerptOf, visibleWhitespace } from '../../../../../../renderer/src/features/lint/excerpt';

describe('finding excerpts', () => {
  it('show spaces and breaks', () => {
    expect(visibleWhitespace('完 成\n目\t标　')).toBe('完·成↵目→标□');
  });

  it('keep a little context on the finding’s line', () => {
    const text = '第一行文字\n要在年底前完 成 目 标，各地要落实\n下一行';
    const start = text.indexOf('完 成');
    expect(excerptOf(text, start, start + 7)).toEqual({
      before: '要在年底前',
      hit: '完·成·目·标',
      after: '，各地要落实',
    });
  });

  it('keep the break a break finding is about', () => {
    const text = '大气污染防治\n要求。';
    const at = text.indexOf('\n');
    expect(excerptOf(text, at, at + 1)).toEqual({ before: '大气污染防治', hit: '↵', after: '要求。' });
  });
});
