import { applyFixes } from '../../../../shared/lint/fix';
import type { Finding, Fix, TextEdit } from '../../../../shared/model';

/** Fixes ready to be previewed and applied to one text as a single undo step. */
export interface FixPlan {
  /** The text the plan was made for; applying checks the editor still holds it. */
  readonly before: string;
  readonly after: string;
  /** The accepted edits, sorted, non-overlapping, in offsets of `before`. */
  readonly edits: readonly TextEdit[];
  /** Fixes applied, and fixes left out because they overlapped an earlier one. */
  readonly applied: number;
  readonly skipped: number;
  /** Code units removed plus code units inserted: how much of the text the plan touches. */
  readonly changedChars: number;
}

/**
 * The plan of applying `fixes` to `text` in order; a fix that overlaps an accepted one is left out whole (the
 * shared fix applier decides). Its edits are what the editor applies, so markers and the cursor move with them.
 */
export function planFixes(text: string, fixes: readonly Fix[]): FixPlan {
  const result = applyFixes(text, fixes);
  const skipped = new Set(result.skipped);
  const edits = fixes
    .filter((f) => !skipped.has(f))
    .flatMap((f) => f.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const changedChars = edits.reduce((sum, e) => sum + (e.end - e.start) + e.text.length, 0);
  return {
    before: text,
    after: result.text,
    edits,
    applied: result.applied,
    skipped: result.skipped.length,
    changedChars,
  };
}

/** "Fix all of this rule": each finding's safe fix, else its first fix (the preview shows them before they apply). */
export function ruleFixes(findings: readonly Finding[], rule: string): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    if (f.rule !== rule) continue;
    const fix = f.fixes.find((x) => x.safe) ?? f.fixes[0];
    if (fix) out.push(fix);
  }
  return out;
}
