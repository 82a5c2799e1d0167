import type { FindingSink, Message, RawFix } from '../types';
import type { ParagraphScan } from '../scan';

/** A flagged run of spaces `[start, end)` and what it should become. */
export interface GapVerdict {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly safe: boolean;
}

/** True when `text[from, to)` holds a line feed. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Merge flagged gaps that are close (at most `reach` code units of text between them, on one line) and equally
 * safe into one finding each, so `完 成 目 标` is one finding with one fix.
 */
export function mergeGaps(
  scan: ParagraphScan,
  verdicts: readonly GapVerdict[],
  reach: number,
  message: Message,
  label: Message,
  out: FindingSink,
): void {
  let from = 0;
  const flush = (to: number): void => {
    const first = verdicts[from];
    const last = verdicts[to - 1];
    if (!first || !last) return;
    const edits = [];
    for (let k = from; k < to; k++) {
      const g = verdicts[k];
      if (g) edits.push({ start: g.start, end: g.end, text: g.replacement });
    }
    const fix: RawFix = { label, safe: first.safe, edits };
    out.report(first.start, last.end, message, [fix]);
    from = to;
  };
  for (let k = 1; k < verdicts.length; k++) {
    const v = verdicts[k];
    const last = verdicts[k - 1];
    if (!v || !last) continue;
    if (v.start - last.end > reach || v.safe !== last.safe || hasNewline(scan.text, last.end, v.start))
      flush(k);
  }
  flush(verdicts.length);
}
