import { describe, expect, it } from 'vitest';
import { CodeSet } from '../../../../shared/text/code-set';

describe('CodeSet', () => {
  it('holds exactly the code units it was made from', () => {
    const set = new CodeSet('，。)”');
    for (const ch of '，。)”') expect(set.has(ch.charCodeAt(0))).toBe(true);
    for (const ch of ',.(“a中 ') expect(set.has(ch.charCodeAt(0))).toBe(false);
  });

  it('answers false past the end of a string and for codes read back as doubles', () => {
    const set = new CodeSet('。');
    expect(set.has(''.charCodeAt(0))).toBe(false);
    expect(set.has(new Float64Array([0x3002])[0] ?? NaN)).toBe(true);
  });
});
