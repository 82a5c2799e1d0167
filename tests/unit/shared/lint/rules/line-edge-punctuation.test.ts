import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';

describe('line-edge-punctuation', () => {
  it('flags a line that starts with a closing mark', () => {
    const text =
      '造 ， 完 成 目标 任务 的 101%。 “ 乌\n昌 石 ”区 域 4 县 市 将 城市\n”建成区100%划入禁燃区。';
    expect(findingsOf('line-edge-punctuation', text).map((f) => f.severity)).toEqual(['error']);
  });

  it('flags a line that ends with an opening mark', () => {
    const text = '全州建筑工地全面落实“6个100%”，“\n乌昌石”区域4县市城市道路机械化。';
    expect(findingsOf('line-edge-punctuation', text)).toHaveLength(1);
  });

  it('leaves English lines alone', () => {
    expect(
      findingsOf('line-edge-punctuation', 'he said to me:\n“You will have to do this, my first command'),
    ).toEqual([]);
  });
});
