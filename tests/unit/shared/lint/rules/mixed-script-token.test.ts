import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('mixed-script-token', () => {
  it('flags Cyrillic among Latin letters and lower-case Latin wedged inside a Han word', () => {
    const text = 'Тhe night came. 昌ji吉市';
    expect(covered(text, findingsOf('mixed-script-token', text))).toEqual(['Тhe', 'ji']);
  });

  it('leaves normal mixed tokens alone', () => {
    expect(findingsOf('mixed-script-token', 'AQI峰值较去年下降，3D打印，A股。')).toEqual([]);
  });
});
