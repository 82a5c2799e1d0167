import { describe, expect, it } from 'vitest';
import { planFixes, ruleFixes } from '../../../../../../renderer/src/features/lint/fix-plan';
import { lint } from '../../../../../../shared/lint/engine';
import { applyFixes, safeFixes } from '../../../../../../shared/lint/fix';
import type { Finding, Fix } from '../../../../../../shared/model';

const OCR = '要在2025年底前 完 成 目 标，各地要落实大气污染防治\n要求。据悉,，全州共完成改造。\n';

describe('fix plans', () => {
  it('apply all safe fixes as `jiaokan fix --safe` does, with the edits that make the change', () => {
    const findings = lint(OCR);
    const plan = planFixes(OCR, safeFixes(findings));
    expect(plan.after).toBe(applyFixes(OCR, safeFixes(findings)).text);
    expect(plan.after).toContain('防治要求');
    let rebuilt = '';
    let at = 0;
    for (const e of plan.edits) {
      expect(e.start).toBeGreaterThanOrEqual(at);
      rebuilt += OCR.slice(at, e.start) + e.text;
      at = e.end;
    }
    expect(rebuilt + OCR.slice(at)).toBe(plan.after);
    expect(plan.changedChars).toBe(plan.edits.reduce((n, e) => n + e.end - e.start + e.text.length, 0));
    expect(plan.changedChars).toBeGreaterThan(0);
  });

  it('fix all of one rule touches only that rule, preferring each finding’s safe fix', () => {
    const findings = lint(OCR);
    const fixes = ruleFixes(findings, 'cjk-space');
    expect(fixes.length).toBe(findings.filter((f) => f.rule === 'cjk-space' && f.fixes.length > 0).length);
    const plan = planFixes(OCR, fixes);
    expect(plan.after).toContain('完成目标');
    expect(plan.after).toContain('防治\n要求');
  });

  it('takes the first fix when a finding has no safe one', () => {
    const unsafe: Fix = { label: 'a', safe: false, edits: [{ start: 0, end: 1, text: 'X' }] };
    const other: Fix = { label: 'b', safe: false, edits: [{ start: 0, end: 1, text: 'Y' }] };
    const f: Finding = {
      rule: 'r',
      category: 'spelling',
      severity: 'info',
      start: 0,
      end: 1,
      message: '',
      fixes: [unsafe, other],
    };
    expect(ruleFixes([f], 'r')).toEqual([unsafe]);
  });

  it('leaves out a fix that overlaps an earlier one and counts it', () => {
    const a: Fix = { label: 'a', safe: true, edits: [{ start: 1, end: 3, text: '' }] };
    const b: Fix = { label: 'b', safe: true, edits: [{ start: 2, end: 4, text: 'Z' }] };
    const plan = planFixes('abcdef', [a, b]);
    expect(plan).toMatchObject({ after: 'adef', applied: 1, skipped: 1, changedChars: 2 });
    expect(plan.edits).toEqual(a.edits);
  });
});
