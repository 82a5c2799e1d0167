import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

const TIGHT =
  '全年抽测柴油货车13825辆，非道路移动机械184辆，新增电采暖面积109.2万平方米，有效处置各类扬尘事件 391 起。';

describe('mixed-script-space', () => {
  it('reports the minority form only, with a fix that needs a look', () => {
    const f = findingsOf('mixed-script-space', TIGHT);
    expect(covered(TIGHT, f)).toEqual([' 391 ']);
    expect(f.every((x) => x.fixes[0]?.safe === false)).toBe(true);
  });

  it('reports nothing when the document is consistent', () => {
    expect(findingsOf('mixed-script-space', '事件 391 起，面积 126 公顷，车辆 184 辆。')).toEqual([]);
  });

  it('takes every such space as noise in a spaced-out document', () => {
    const text = '全 年 抽 测 柴油 货车 13825 辆 、 非 道路 移动 机 械 184 辆 。';
    const f = findingsOf('mixed-script-space', text);
    expect(f.length).toBeGreaterThanOrEqual(2);
    expect(f.every((x) => x.fixes[0]?.safe)).toBe(true);
  });

  it('reports tight boundaries where the document spaces CJK from Latin, in paragraphs without a gap too', () => {
    const text =
      '事件 391 起，面积 126 公顷，车辆 184 辆。企业 12 家已整改。\n\nCars 184 and vans 12.\n\n柴油货车13825辆。';
    const f = findingsOf('mixed-script-space', text);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['车1', '5辆']);
    expect(f.every((x) => x.fixes[0]?.safe === false && x.fixes[0]?.edits[0]?.text === ' ')).toBe(true);
  });
});
