import type { TextEdit } from '../../../../shared/model';

/** One replaced range of a content change event, as Monaco reports it (offsets before the event). */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * What changed since the text the linter last checked, as the stretch both texts share at each end. Events
 * compose by taking the smaller prefix and the smaller suffix: whatever lies outside both edits is unchanged.
 */
export interface PendingChange {
  /** Code units at the start that are unchanged. */
  readonly prefix: number;
  /** Code units at the end that are unchanged. */
  readonly suffix: number;
}

/**
 * Adds one content change event to `pending` (null = nothing changed yet). `lengthAfter` is the model's length
 * after the event. Monaco lists an event's changes against the text before the event (sorted from the end, so
 * they can be applied one by one), so each change's untouched prefix and suffix are read in that text.
 */
export function addChanges(
  pending: PendingChange | null,
  changes: readonly ContentChange[],
  lengthAfter: number,
): PendingChange | null {
  if (changes.length === 0) return pending;
  const grown = changes.reduce((sum, c) => sum + c.text.length - c.rangeLength, 0);
  const lengthBefore = lengthAfter - grown;
  let prefix = pending?.prefix ?? Number.POSITIVE_INFINITY;
  let suffix = pending?.suffix ?? Number.POSITIVE_INFINITY;
  for (const c of changes) {
    prefix = Math.min(prefix, c.rangeOffset);
    suffix = Math.min(suffix, lengthBefore - c.rangeOffset - c.rangeLength);
  }
  return { prefix: Math.max(0, prefix), suffix: Math.max(0, suffix) };
}

/**
 * The edit that turns the previously checked text (of `previousLength`) into `next`, in the form the
 * incremental linter takes: the replaced range in the previous text and its replacement. Undefined when the
 * recorded changes do not fit the two lengths (the linter then finds the edit by comparing the texts).
 */
export function pendingEdit(
  pending: PendingChange | null,
  previousLength: number,
  next: string,
): TextEdit | undefined {
  if (!pending) return undefined;
  const { prefix, suffix } = pending;
  if (prefix + suffix > Math.min(previousLength, next.length)) return undefined;
  return { start: prefix, end: previousLength - suffix, text: next.slice(prefix, next.length - suffix) };
}
