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

  it('takes U+0085 as a line separator and U+1680 as neither space nor mark at a line edge', () => {
    const edges = (text: string): number[][] =>
      findingsOf('line-edge-punctuation', text).map((f) => [f.start, f.end]);
    const head = '全州建筑工地全面落实“6个100%”，';
    const tail = '乌昌石区域4县市城市道路机械化。';
    expect(edges(head + '“\u0085\n' + tail)).toEqual([[19, 22]]);
    expect(edges(head + '\n\u0085，' + tail)).toEqual([[19, 22]]);
    expect(edges(head + '“\u1680\n' + tail)).toEqual([]);
    expect(edges(head + '\u1680\n，' + tail)).toEqual([[20, 22]]);
  });

  it('leaves English lines alone', () => {
    expect(
      findingsOf('line-edge-punctuation', 'he said to me:\n“You will have to do this, my first command'),
    ).toEqual([]);
  });
});
