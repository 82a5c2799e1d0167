import { CharClass, charClass } from '../../text/char-class';
import type { RawFinding, RawFix, Message } from '../types';

/** A run of spaces `[start, end)` on one line, between the non-space code units at `start - 1` and `end`. */
export interface Gap {
  readonly start: number;
  readonly end: number;
}

/** Every run of spaces/tabs inside a line (not at a line's start or end) in `text`. */
export function* gapsOf(text: string): Generator<Gap> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClass(text.charCodeAt(i));
    if (c !== CharClass.Space) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && charClass(text.charCodeAt(i)) === CharClass.Space) i++;
    if (
      s > 0 &&
      i < n &&
      charClass(text.charCodeAt(s - 1)) !== CharClass.Newline &&
      charClass(text.charCodeAt(i)) !== CharClass.Newline
    ) {
      yield { start: s, end: i };
    }
  }
}

/** A flagged gap and what it should become. */
export interface GapVerdict extends Gap {
  readonly replacement: string;
  readonly safe: boolean;
}

/**
 * Merge flagged gaps that are close (at most `reach` code units of text between them, on one line) and equally
 * safe into one finding each, so `完 成 目 标` is one finding with one fix.
 */
export function mergeGaps(
  text: string,
  verdicts: readonly GapVerdict[],
  reach: number,
  message: Message,
  label: Message,
): RawFinding[] {
  const out: RawFinding[] = [];
  let group: GapVerdict[] = [];
  const flush = (): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    const fix: RawFix = {
      label,
      safe: first.safe,
      edits: group.map((g) => ({ start: g.start, end: g.end, text: g.replacement })),
    };
    out.push({ start: first.start, end: last.end, message, fixes: [fix] });
    group = [];
  };
  for (const v of verdicts) {
    const last = group[group.length - 1];
    if (
      last &&
      (v.start - last.end > reach || v.safe !== last.safe || text.slice(last.end, v.start).includes('\n'))
    )
      flush();
    group.push(v);
  }
  flush();
  return out;
}
