import { describe, expect, it } from 'vitest';
import { findingsOf } from '../support';

describe('split-dash', () => {
  it('joins a dash split across lines', () => {
    const text = '昌吉州开展大气污染防治四大专项行动—\n—聚焦秋冬季大气污染防治系列报道之四';
    const f = findingsOf('split-dash', text);
    expect(f).toHaveLength(1);
    expect(f[0]?.fixes[0]?.edits[0]?.text).toBe('');
  });

  it('leaves a whole dash at a line start alone', () => {
    expect(findingsOf('split-dash', '专项行动\n——聚焦秋冬季')).toEqual([]);
  });
});
