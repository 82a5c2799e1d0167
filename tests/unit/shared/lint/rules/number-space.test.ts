import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('number-space', () => {
  it('flags a space inside a number in Chinese text', () => {
    const text = '共有4 123户村民参加。';
    expect(covered(text, findingsOf('number-space', text))).toEqual([' ']);
  });

  it('flags a space after a decimal point, safely', () => {
    const text = '裸露面积减少126. 61公顷。';
    const f = findingsOf('number-space', text);
    expect(f).toHaveLength(1);
    expect(f[0]?.fixes[0]?.safe).toBe(true);
  });

  it('leaves two numbers in English text alone', () => {
    expect(findingsOf('number-space', 'In 1916 3 men came.')).toEqual([]);
  });
});
