import { describe, expect, it } from 'vitest';
import { groupByRule } from '../../../../../../renderer/src/features/lint/group-findings';
import type { Finding } from '../../../../../../shared/model';

function finding(rule: string, start: number, severity: Finding['severity'], fixable = true): Finding {
  return {
    rule,
    category: rule === 'line-break' ? 'break' : 'spacing',
    severity,
    start,
    end: start + 1,
    message: rule,
    fixes: fixable ? [{ label: 'fix', safe: true, edits: [{ start, end: start + 1, text: '' }] }] : [],
  };
}

describe('grouping findings by rule', () => {
  it('puts louder rules first, then bigger groups, and keeps text order inside a group', () => {
    const groups = groupByRule([
      finding('cjk-space', 1, 'warning'),
      finding('line-break', 2, 'warning'),
      finding('cjk-space', 5, 'warning', false),
      finding('line-edge-punctuation', 9, 'error'),
      finding('line-break', 7, 'info'),
      finding('cjk-space', 8, 'warning'),
    ]);
    expect(groups.map((g) => [g.rule, g.findings.length, g.severity, g.fixable])).toEqual([
      ['line-edge-punctuation', 1, 'error', 1],
      ['cjk-space', 3, 'warning', 2],
      ['line-break', 2, 'warning', 2],
    ]);
    expect(groups[1]?.findings.map((f) => f.start)).toEqual([1, 5, 8]);
    expect(groups[2]?.category).toBe('break');
  });

  it('has no groups without findings', () => {
    expect(groupByRule([])).toEqual([]);
  });
});
