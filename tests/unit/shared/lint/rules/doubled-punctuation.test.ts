import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('doubled-punctuation', () => {
  it('flags the same stop in two widths and keeps the full-width one safely', () => {
    const text = '据悉,，“十四五”期间';
    const f = findingsOf('doubled-punctuation', text);
    expect(covered(text, f)).toEqual([',，']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.fixes[0]).toMatchObject({ safe: true, edits: [{ start: 2, end: 3, text: '' }] });
  });

  it('leaves an English ellipsis and emphatic marks alone', () => {
    expect(findingsOf('doubled-punctuation', 'Wait... what?! 太好了！！')).toEqual([]);
  });
});
