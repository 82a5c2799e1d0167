import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('width-consistency', () => {
  it('reports the minority percent sign', () => {
    const text = '清扫率由60%上升至80%以上，全面落实“6个100％”，区域100%划入禁燃区。';
    const f = findingsOf('width-consistency', text);
    expect(covered(text, f)).toEqual(['％']);
    expect(f[0]?.fixes[0]?.safe).toBe(false);
  });

  it('reports full-width digits among half-width ones', () => {
    expect(
      covered(
        '共有12项措施，完成135台，另有１台。',
        findingsOf('width-consistency', '共有12项措施，完成135台，另有１台。'),
      ),
    ).toEqual(['１']);
  });

  it('reports nothing in a consistent document', () => {
    expect(findingsOf('width-consistency', '由60%上升至80%以上。')).toEqual([]);
  });
});
