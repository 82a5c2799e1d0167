import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';
import { applyFixes, safeFixes } from '../../../../../shared/lint/fix';
import { lint } from '../../../../../shared/lint/engine';

const ZH =
  '今年，为做好大气污染防治\n工作，州党委、人民政府统筹谋\n划，制定了一系列大气污染防治\n专项方案，为确保我州按要求实\n现碳达峰目标指明方向。\n我州积极开展四大专项行\n动，严格落实区域同防同治，积\n极开展差异化管理，发挥调度指\n挥作用。';

describe('line-break', () => {
  it('joins column line ends in Chinese without a space', () => {
    const f = findingsOf('line-break', ZH);
    expect(f.length).toBeGreaterThanOrEqual(6);
    const fixed = applyFixes(ZH, safeFixes(f)).text;
    expect(fixed).toContain('为做好大气污染防治工作');
  });

  it('keeps a real paragraph end after 。 on a short line', () => {
    const f = findingsOf('line-break', ZH);
    const end = ZH.indexOf('方向。') + 3;
    expect(f.some((x) => x.start <= end && x.end >= end)).toBe(false);
  });

  it('joins English column breaks with a space, but keeps a short last line before the next entry', () => {
    const text =
      'ACCIDENT, n. An inevitable\noccurrence due to the action of\nimmutable natural laws, and of\nsome others too, as it seems.\nLAWYER, n. One skilled in\ncircumvention of the law.';
    const fixed = applyFixes(text, safeFixes(lint(text))).text;
    expect(fixed).toContain('inevitable occurrence due');
    expect(fixed).toContain('seems.\nLAWYER');
  });

  it('offers dehyphenation, keeping a compound’s hyphen when the text says so', () => {
    const text =
      'HISTORIAN, n. A broad-\ngauge gossip, a broad-gauge man and a long\nwinded trans-\nport of words.';
    const f = findingsOf('line-break', text).filter((x) => x.message.includes('hyphen'));
    expect(f).toHaveLength(2);
    const fixed = applyFixes(text, safeFixes(f)).text;
    expect(fixed).toContain('A broad-gauge gossip');
    expect(f[1]?.fixes.map((x) => x.label)).toEqual(['Join as “transport”', 'Join as “trans-port”']);
  });
});
