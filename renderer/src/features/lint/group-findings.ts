import type { Finding, FindingCategory, Severity } from '../../../../shared/model';

/** The findings of one rule, as the problems panel lists them. */
export interface RuleGroup {
  readonly rule: string;
  readonly category: FindingCategory;
  /** The loudest severity among the group's findings. */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** Findings with at least one fix: what "fix all of this rule" can touch. */
  readonly fixable: number;
}

const LOUDNESS: Readonly<Record<Severity, number>> = { error: 2, warning: 1, info: 0 };

/**
 * Groups findings by rule: errors first, then warnings, then information; within a severity, the rule with the
 * most findings first, ties by rule id so the order is stable between checks. Findings keep text order.
 */
export function groupByRule(findings: Iterable<Finding>): RuleGroup[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const groups: RuleGroup[] = [];
  for (const [rule, list] of byRule) {
    let severity: Severity = 'info';
    let fixable = 0;
    for (const f of list) {
      if (LOUDNESS[f.severity] > LOUDNESS[severity]) severity = f.severity;
      if (f.fixes.length > 0) fixable += 1;
    }
    groups.push({ rule, category: list[0]?.category ?? 'spacing', severity, findings: list, fixable });
  }
  return groups.sort(
    (a, b) =>
      LOUDNESS[b.severity] - LOUDNESS[a.severity] ||
      b.findings.length - a.findings.length ||
      a.rule.localeCompare(b.rule),
  );
}
