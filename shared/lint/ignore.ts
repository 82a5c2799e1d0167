import type { Finding } from '../model';
import type { IgnoreEntry } from './types';

/** Code units of text on each side of a finding that identify it in an ignore entry. */
export const IGNORE_CONTEXT = 8;

/**
 * The ignore entry for a finding: its rule, the text it covers and a little text on each side, so it is found
 * again after edits elsewhere move it, and stops matching if the proofreader edits the text it is about.
 */
export function ignoreEntryFor(text: string, finding: Pick<Finding, 'rule' | 'start' | 'end'>): IgnoreEntry {
  return {
    rule: finding.rule,
    text: text.slice(finding.start, finding.end),
    before: text.slice(Math.max(0, finding.start - IGNORE_CONTEXT), finding.start),
    after: text.slice(finding.end, finding.end + IGNORE_CONTEXT),
  };
}

/** True when an entry of `list` accepts `finding` as it sits in `text`. */
export function isIgnored(text: string, finding: Finding, list: readonly IgnoreEntry[]): boolean {
  return isIgnoredAt(text, finding.rule, finding.start, finding.end, list);
}

/** `isIgnored` for a finding of `rule` at `[start, end)` of `text`, without a finding object. */
export function isIgnoredAt(
  text: string,
  rule: string,
  start: number,
  end: number,
  list: readonly IgnoreEntry[],
): boolean {
  for (const e of list) {
    if (e.rule !== rule) continue;
    if (end - start !== e.text.length || !text.startsWith(e.text, start)) continue;
    const from = Math.max(0, start - e.before.length);
    if (start - from !== e.before.length || !text.startsWith(e.before, from)) continue;
    if (text.slice(end, end + e.after.length) !== e.after) continue;
    return true;
  }
  return false;
}

/** `list` with `entry` added once. */
export function addIgnore(list: readonly IgnoreEntry[], entry: IgnoreEntry): IgnoreEntry[] {
  const same = (e: IgnoreEntry): boolean =>
    e.rule === entry.rule && e.text === entry.text && e.before === entry.before && e.after === entry.after;
  return list.some(same) ? [...list] : [...list, entry];
}
