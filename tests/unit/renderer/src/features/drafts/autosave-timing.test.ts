import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_MAX_WAIT_MS,
  AUTOSAVE_QUIET_MS,
  autosaveDelay,
} from '../../../../../../renderer/src/features/drafts/autosave-timing';

/** Replays keystrokes every `gap` ms and returns when the draft is written, as the autosave timer would. */
function writeTimeWhileTyping(gap: number, keystrokes: number): number {
  let since: number | null = null;
  let due = Infinity;
  for (let k = 0; k < keystrokes; k++) {
    const now = k * gap;
    if (now >= due) return due;
    since ??= now;
    due = now + autosaveDelay(now, since);
  }
  return due;
}

describe('autosaveDelay', () => {
  it('writes after a quiet spell when typing stops', () => {
    expect(autosaveDelay(0, 0)).toBe(AUTOSAVE_QUIET_MS);
    expect(writeTimeWhileTyping(100, 3)).toBe(200 + AUTOSAVE_QUIET_MS);
  });

  it('writes within two seconds of the first unsaved edit even while typing never pauses', () => {
    for (const gap of [50, 120, 300, 900]) {
      const written = writeTimeWhileTyping(gap, 1000);
      expect(written).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
      expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThan(2000);
    }
  });

  it('never schedules in the past', () => {
    expect(autosaveDelay(5000, 0)).toBe(0);
  });
});
