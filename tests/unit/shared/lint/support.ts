import { lint } from '../../../../shared/lint/engine';
import type { LintContext } from '../../../../shared/lint/types';
import type { Finding } from '../../../../shared/model';

/** Findings of one rule on `text`, checked the way the app checks it (whole document, default pack). */
export function findingsOf(rule: string, text: string, context: LintContext = {}): Finding[] {
  return lint(text, context).filter((f) => f.rule === rule);
}

/** The covered text of each finding. */
export function covered(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
