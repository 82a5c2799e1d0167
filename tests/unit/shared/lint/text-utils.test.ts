import { describe, expect, it } from 'vitest';
import { endsParagraphLike, endsParagraphLikeIn } from '../../../../shared/lint/text-utils';

describe('endsParagraphLike', () => {
  it('takes a period after a listed abbreviation as no sentence end', () => {
    expect(endsParagraphLike('see adj.')).toBe(false);
    expect(endsParagraphLike('as in (e.g.)')).toBe(false);
    expect(endsParagraphLike('Mr.  ')).toBe(false);
    expect(endsParagraphLike('see vol.’')).toBe(false);
  });

  it('takes other periods as sentence ends', () => {
    expect(endsParagraphLike('the end.')).toBe(true);
    expect(endsParagraphLike('x.adj.')).toBe(true);
    expect(endsParagraphLike('abcdef.')).toBe(true);
    expect(endsParagraphLike('word,adj.')).toBe(true);
    expect(endsParagraphLike('said Mr.」')).toBe(true);
  });

  it('reads only the line it is given', () => {
    const text = 'one adj. two end.';
    expect(endsParagraphLikeIn(text, 0, 8)).toBe(false);
    expect(endsParagraphLikeIn(text, 4, 8)).toBe(false);
    expect(endsParagraphLikeIn(text, 5, 8)).toBe(true);
    expect(endsParagraphLikeIn(text, 9, text.length)).toBe(true);
  });
});
