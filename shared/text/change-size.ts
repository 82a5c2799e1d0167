import { diffChars } from 'diff';

/** How much a text changed from one version to the next, in characters (Unicode code points). */
export interface ChangeSize {
  readonly added: number;
  readonly removed: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code units at the start both texts share, never ending inside a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** Code units at the end both texts share after `skip` units, never starting inside a surrogate pair. */
function commonSuffix(a: string, b: string, skip: number): number {
  const limit = Math.min(a.length, b.length) - skip;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i += 1;
  if (i > 0 && isLowSurrogate(a.charCodeAt(a.length - i))) i -= 1;
  return i;
}

/**
 * Characters added and removed to turn `before` into `after`, from a minimal character diff (`diff`'s
 * `diffChars`, which compares code points, so an astral ideograph counts once). The shared start and end are
 * cut off first: a proofreader's edit touches a few places of a long page, and the diff's cost grows with the
 * length of what it compares times the size of the change.
 */
export function changeSize(before: string, after: string): ChangeSize {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  if (a === '' || b === '') return { added: Array.from(b).length, removed: Array.from(a).length };
  let added = 0;
  let removed = 0;
  for (const change of diffChars(a, b)) {
    if (change.added) added += change.count;
    else if (change.removed) removed += change.count;
  }
  return { added, removed };
}
