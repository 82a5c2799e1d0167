import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('latin-scanno', () => {
  it('flags listed scannos and digits inside words', () => {
    const text = 'And tbe night came on, arid again my master took tlie l1ght.';
    const f = findingsOf('latin-scanno', text);
    expect(covered(text, f)).toEqual(['tbe', 'arid', 'tlie', 'l1ght']);
    expect(f[1]?.severity).toBe('info');
    expect(f[3]?.fixes[0]?.edits[0]?.text).toBe('llght');
  });

  it('leaves ordinals, codes and real words alone', () => {
    expect(findingsOf('latin-scanno', 'The 2nd page of A4 paper, the mp3 file.')).toEqual([]);
  });
});
