import type { Finding, Severity } from '../../../../shared/model';

/** What one finding looks like as an editor marker, in text offsets (the editor turns them into positions). */
export interface MarkerSpec {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly message: string;
  /** The rule id, shown after the message and used to find the finding back from a marker. */
  readonly code: string;
}

/**
 * The markers of a check. A finding without width (a missing mark between two characters) gets the character
 * after it, or before it at the end of the text, so its squiggle can be seen and hovered.
 */
export function markerSpecs(findings: Iterable<Finding>, textLength: number): MarkerSpec[] {
  const out: MarkerSpec[] = [];
  for (const f of findings) {
    let start = f.start;
    let end = f.end;
    if (end <= start) {
      if (start < textLength) end = start + 1;
      else start = Math.max(0, start - 1);
    }
    out.push({ start, end, severity: f.severity, message: f.message, code: f.rule });
  }
  return out;
}

/** Counts of findings by severity, for the status bar and the panel header. */
export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** How many findings there are of each severity. */
export function countBySeverity(findings: Iterable<Finding>): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The finding F8 (direction 1) or Shift+F8 (-1) goes to from the cursor at `offset`: the first one starting after
 * it, or the last one starting before it, wrapping around the text. `findings` are sorted by start.
 */
export function findingAfter(
  findings: readonly Finding[],
  offset: number,
  direction: 1 | -1,
): Finding | undefined {
  if (findings.length === 0) return undefined;
  if (direction === 1) return findings.find((f) => f.start > offset) ?? findings[0];
  for (let k = findings.length - 1; k >= 0; k--) {
    const f = findings[k];
    if (f && f.start < offset) return f;
  }
  return findings[findings.length - 1];
}
