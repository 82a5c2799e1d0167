import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('stranded-heading', () => {
  it('flags a short line that interrupts a sentence', () => {
    const text =
      '今年，昌吉市坚持群众需求导向，积极探索推行社会矛盾纠纷多元调处化解机制，昌吉市坚\n\n简讯\n\n持群众需求导向。';
    expect(covered(text, findingsOf('stranded-heading', text))).toEqual(['简讯']);
  });

  it('flags a byline stranded at the end of a page', () => {
    const text = '为木垒县加快经济发展注入了强劲内生动力。\n\n本报记者 巨海成摄\n';
    expect(covered(text, findingsOf('stranded-heading', text))).toEqual(['本报记者 巨海成摄']);
  });

  it('leaves a headline before its article alone', () => {
    expect(
      findingsOf(
        'stranded-heading',
        '昌吉州开展大气污染防治四大专项行动\n\n本报讯 今年，为做好大气污染防治工作，州党委统筹谋划。',
      ),
    ).toEqual([]);
  });
});
