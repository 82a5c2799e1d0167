import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addChanges,
  pendingEdit,
  type ContentChange,
  type PendingChange,
} from '../../../../../../renderer/src/features/lint/change-tracker';
import { createIncrementalLinter, lint } from '../../../../../../shared/lint/engine';

const SEED = readFileSync(join(__dirname, '../../../../../fixtures/seed/000_0f2d5836bb069117.txt'), 'utf8');

/** Applies one event the way Monaco reports it: changes against the text before the event, sorted from the end. */
function applyEvent(text: string, changes: readonly ContentChange[]): string {
  let out = text;
  for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
    out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  }
  return out;
}

/** A deterministic pseudo-random generator so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const INSERTS = [' ', '\n', '\n\n', '，', ',', '完 成', 'a', ''];

/** One to three non-overlapping changes in `text`, as a multi-cursor edit or a batch of fixes makes them. */
function randomEvent(text: string, next: () => number): ContentChange[] {
  const count = 1 + Math.floor(next() * 3);
  const cuts = Array.from({ length: count * 2 }, () => Math.floor(next() * (text.length + 1))).sort(
    (a, b) => a - b,
  );
  const changes: ContentChange[] = [];
  for (let k = 0; k < count; k++) {
    const start = cuts[2 * k] ?? 0;
    const end = Math.min(cuts[2 * k + 1] ?? start, start + Math.floor(next() * 4));
    changes.push({
      rangeOffset: start,
      rangeLength: end - start,
      text: INSERTS[Math.floor(next() * INSERTS.length)] ?? '',
    });
  }
  return changes.sort((a, b) => b.rangeOffset - a.rangeOffset);
}

describe('content changes → the incremental linter edit', () => {
  it('is nothing until something changed', () => {
    expect(pendingEdit(null, 10, 'x')).toBeUndefined();
    expect(addChanges(null, [], 5)).toBeNull();
  });

  it('turns one typed character into a one-character replacement', () => {
    const before = '完成目标';
    const after = applyEvent(before, [{ rangeOffset: 2, rangeLength: 0, text: ' ' }]);
    const pending = addChanges(null, [{ rangeOffset: 2, rangeLength: 0, text: ' ' }], after.length);
    expect(pendingEdit(pending, before.length, after)).toEqual({ start: 2, end: 2, text: ' ' });
  });

  it('covers a batch of changes in one event (an applied group of fixes) with one range', () => {
    const before = '完 成 目 标';
    const changes: ContentChange[] = [
      { rangeOffset: 5, rangeLength: 1, text: '' },
      { rangeOffset: 1, rangeLength: 1, text: '' },
    ];
    const after = applyEvent(before, changes);
    expect(after).toBe('完成 目标');
    const edit = pendingEdit(addChanges(null, changes, after.length), before.length, after);
    expect(edit).toEqual({ start: 1, end: 6, text: '成 目' });
  });

  it('composes events: the edit applied to the checked text gives the current text', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const checked = SEED.slice(0, 200 + Math.floor(next() * 400));
      let current = checked;
      let pending: PendingChange | null = null;
      const events = 1 + Math.floor(next() * 4);
      for (let e = 0; e < events; e++) {
        const changes = randomEvent(current, next);
        current = applyEvent(current, changes);
        pending = addChanges(pending, changes, current.length);
      }
      const edit = pendingEdit(pending, checked.length, current);
      expect(edit).toBeDefined();
      if (!edit) continue;
      expect(checked.slice(0, edit.start) + edit.text + checked.slice(edit.end)).toBe(current);
    }
  });

  it('lets the incremental linter re-check only around the edit and still equal a full check', () => {
    const linter = createIncrementalLinter({ pack: 'mainland' });
    let checked = SEED.slice(0, 6000);
    linter.update(checked);
    const next = random(11);
    for (let round = 0; round < 40; round++) {
      const changes = randomEvent(checked, next);
      const current = applyEvent(checked, changes);
      const edit = pendingEdit(addChanges(null, changes, current.length), checked.length, current);
      const found = linter.update(current, edit);
      expect(found).toEqual(lint(current, { pack: 'mainland' }));
      checked = current;
    }
    const paragraphs = checked.split(/\n\s*\n/).length;
    const one = checked.indexOf('。');
    const typed = checked.slice(0, one) + '，' + checked.slice(one);
    linter.update(
      typed,
      pendingEdit(
        addChanges(null, [{ rangeOffset: one, rangeLength: 0, text: '，' }], typed.length),
        checked.length,
        typed,
      ),
    );
    expect(linter.lastRechecked).toBeLessThan(paragraphs / 4);
  });
});
