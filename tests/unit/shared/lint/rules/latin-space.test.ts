import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('latin-space', () => {
  it('flags a doubled space and a space before a semicolon', () => {
    const text = 'as it was delightfully phrased ; that is  to say';
    expect(covered(text, findingsOf('latin-space', text))).toEqual([' ;', '  ']);
  });

  it('reports a spaced em dash as information only', () => {
    const text = 'the Magnetberg — that mountain';
    const f = findingsOf('latin-space', text);
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
  });

  it('leaves a spaced double hyphen and an ellipsis alone', () => {
    expect(findingsOf('latin-space', 'and a conclusion -- thus: wait . . . now')).toEqual([]);
  });
});
