import type { Finding, TextEdit } from '../../model';
import { isBlank } from '../text-utils';
import type { FindingBuilder, FindingSink, Message, StoredFinding } from '../types';

/** Variant bit of a merged-gaps record: its fix is safe. Rules may use the higher bits for their own cases. */
export const GAP_SAFE = 1;

/** What `text[from, to)` holds: a line feed (`BREAK`), else a space (`SPACE`), else neither (0). */
const BREAK = 2;
const SPACE = 1;
function between(text: string, from: number, to: number): number {
  let found = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return BREAK;
    if (isBlank(code)) found = SPACE;
  }
  return found;
}

/**
 * Merges flagged gaps (runs of spaces to remove) that are close — at most `reach` code units of text between
 * them, on one line — and equally safe into one finding each, so `完 成 目 标` is one finding with one fix.
 * Gaps are added in order of position, each a whole run of spaces from the scan; a stretch of one gap is
 * recorded as its own range. A longer one is recorded as its range and number of gaps (`b`) with `a` = -1 when
 * no other space lies between its gaps, so that its gaps are the runs of spaces in its range (`gapFinding`
 * finds them again); otherwise with the gaps' offsets stored as extras (`a` = index of the first). Most
 * stretches are the first kind: their offsets were a third of what a check stored for its findings.
 */
export class GapMerger {
  private gaps: Int32Array<ArrayBuffer> = new Int32Array(64);
  private count = 0;
  private safe = false;
  /** Whether a space that is no flagged gap lies inside the open stretch. */
  private mixed = false;
  private text = '';
  private out: FindingSink | null = null;

  constructor(private readonly reach: number) {}

  /** Start merging the gaps of a paragraph into `out`. */
  begin(text: string, out: FindingSink): void {
    this.text = text;
    this.out = out;
    this.count = 0;
    this.mixed = false;
  }

  /** Flag the gap `[start, end)`. */
  add(start: number, end: number, safe: boolean): void {
    if (this.count > 0) {
      const lastEnd = this.gaps[2 * this.count - 1] ?? 0;
      // One code unit between two gaps of the scan is neither a space (a gap is a whole run) nor a line
      // separator (spaces before one are no gap): nothing to read.
      const apart = start - lastEnd;
      const held = apart > this.reach ? BREAK : apart === 1 ? 0 : between(this.text, lastEnd, start);
      if (held === BREAK || safe !== this.safe) this.flush();
      else if (held === SPACE) this.mixed = true;
    }
    if (2 * this.count + 2 > this.gaps.length) {
      const grown = new Int32Array(this.gaps.length * 2);
      grown.set(this.gaps);
      this.gaps = grown;
    }
    this.gaps[2 * this.count] = start;
    this.gaps[2 * this.count + 1] = end;
    this.count++;
    this.safe = safe;
  }

  /** Record the pending stretch, if any. */
  flush(): void {
    const n = this.count;
    const out = this.out;
    if (n === 0 || !out) return;
    this.count = 0;
    const start = this.gaps[0] ?? 0;
    const end = this.gaps[2 * n - 1] ?? 0;
    const variant = this.safe ? GAP_SAFE : 0;
    if (n === 1) {
      out.report(start, end, variant);
    } else if (this.mixed) {
      out.report(start, end, variant, out.extras(this.gaps, 2 * n), n);
    } else {
      out.report(start, end, variant, -1, n);
    }
    this.mixed = false;
  }
}

/** The finding of a merged-gaps record: each gap removed, in one fix. */
export function gapFinding(
  found: StoredFinding,
  out: FindingBuilder,
  message: Message,
  label: Message,
): Finding {
  const edits: TextEdit[] = [];
  if (found.b === 0) {
    edits.push(out.edit(found.start, found.end, ''));
  } else if (found.a < 0) {
    const text = out.text;
    let run = -1;
    for (let i = found.start; i <= found.end; i++) {
      const space = i < found.end && isBlank(text.charCodeAt(i));
      if (space && run < 0) run = i;
      else if (!space && run >= 0) {
        edits.push(out.edit(run, i, ''));
        run = -1;
      }
    }
  } else {
    for (let k = 0; k < found.b; k++) {
      edits.push(out.edit(found.extra(found.a + 2 * k), found.extra(found.a + 2 * k + 1), ''));
    }
  }
  return out.finding(found.start, found.end, message, [
    out.fix(label, (found.variant & GAP_SAFE) !== 0, edits),
  ]);
}
