/** Quiet time after the last keystroke before the draft is written, in milliseconds. */
export const AUTOSAVE_QUIET_MS = 1000;

/**
 * Longest time an edit waits for the disk while typing goes on, in milliseconds: a pause is not needed, so
 * continuous typing still reaches the disk within the promised two seconds (the write itself takes tens of ms).
 */
export const AUTOSAVE_MAX_WAIT_MS = 1500;

/**
 * Milliseconds from `now` until the pending draft must be written: after a quiet spell, but never later than
 * `AUTOSAVE_MAX_WAIT_MS` after the oldest unsaved edit (`pendingSince`), so a crash mid-typing loses at most that.
 */
export function autosaveDelay(now: number, pendingSince: number): number {
  return Math.max(0, Math.min(AUTOSAVE_QUIET_MS, pendingSince + AUTOSAVE_MAX_WAIT_MS - now));
}
