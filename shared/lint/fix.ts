import type { Finding, Fix, TextEdit } from '../model';

/** The first safe fix of each finding: what "apply all safe fixes" and `jiaokan fix --safe` apply. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe);
    if (fix) out.push(fix);
  }
  return out;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Result of applying fixes: the new text and the fixes that were skipped because they overlapped earlier ones. */
export interface AppliedFixes {
  readonly text: string;
  readonly applied: number;
  readonly skipped: readonly Fix[];
}

/**
 * Apply fixes whose edits do not overlap, in the order given; a fix that overlaps an accepted one is skipped
 * whole (never half-applied). Edits are in offsets of `text`.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const skipped: Fix[] = [];
  let applied = 0;
  // Sorted accepted edits let a fix be tested by binary search instead of against every edit.
  const sorted: TextEdit[] = [];
  const conflicts = (e: TextEdit): boolean => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.end ?? 0) < e.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length; i++) {
      const s = sorted[i];
      if (!s || s.start > e.end) break;
      if (overlaps(s, e)) return true;
    }
    return false;
  };
  for (const fix of fixes) {
    const edits = fix.edits;
    const clash = edits.some((e, k) => conflicts(e) || edits.some((o, m) => m < k && overlaps(o, e)));
    if (clash || edits.some((e) => e.start < 0 || e.end > text.length || e.end < e.start)) {
      skipped.push(fix);
      continue;
    }
    for (const e of edits) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid]?.start ?? 0) < e.start) lo = mid + 1;
        else hi = mid;
      }
      sorted.splice(lo, 0, e);
    }
    applied++;
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  return { text: out, applied, skipped };
}
