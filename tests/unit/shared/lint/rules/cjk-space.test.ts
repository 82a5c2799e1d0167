import { describe, expect, it } from 'vitest';
import { covered, findingsOf } from '../support';

describe('cjk-space', () => {
  it('flags letter-by-letter OCR spacing as one safe finding per stretch', () => {
    const text =
      '实 施 91 台 燃气 锅炉 低 氮 改\n造 ， 完 成 目标 任务 的 101%。\n\n开展 散 煤 治 理 专 项 行动 。';
    const f = findingsOf('cjk-space', text);
    expect(f.length).toBeLessThanOrEqual(4);
    expect(covered(text, f).some((c) => c.includes(' 燃气 锅炉 低 氮 '))).toBe(true);
    expect(f.every((x) => x.fixes[0]?.safe)).toBe(true);
  });

  it('removes only the flagged gaps of a stretch, never a space between them that belongs to another rule', () => {
    // One stretch from 完 to 成; the spaces beside the full-width marks (7, 9, 13, 15) are punctuation-space's.
    const text = '完 成 目 标 ， 任 务 。 全 面 完 成';
    const f = findingsOf('cjk-space', text);
    expect(f.map((x) => x.fixes[0]?.edits.map((e) => e.start))).toEqual([[1, 3, 5, 11, 17, 19, 21]]);
  });

  it('takes a space between two words of several characters as deliberate in a tight document', () => {
    const text = '本报讯 记者高云哲、通讯员吴慧芳报道：近日，昌吉地区出现的轻度、中度污染天气让人忧心。';
    expect(findingsOf('cjk-space', text)).toEqual([]);
  });

  it('flags a lone character spaced off in a tight document, but not as safe', () => {
    const text = '他们说今天 晴，明天有雨。';
    const f = findingsOf('cjk-space', text);
    expect(covered(text, f)).toEqual([' ']);
    expect(f[0]?.fixes[0]?.safe).toBe(false);
  });

  it('leaves the spaces of an English phrase inside Chinese text alone', () => {
    const text = '昌吉地区AQI（空气质量指数Air Quality Index的缩写）由轻度污染转为中度污染。';
    expect(findingsOf('cjk-space', text)).toEqual([]);
  });
});
