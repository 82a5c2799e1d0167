import { describe, expect, it } from 'vitest';
import {
  ChunkList,
  compactStore,
  newStore,
  pushMeasured,
  pushRow,
  refreshRows,
  rowEnd,
  Rows,
  rowSlot,
  spliceRows,
} from '../../../../shared/lint/rows';
import { measureGeneration, newSlot, renewMeasures } from '../../../../shared/lint/measure';

/** Rows of `text` cut at `starts`, measured. */
function rowsOf(text: string, starts: number[]): Rows {
  const t = new Rows(0, newStore());
  starts.forEach((s, k) => pushMeasured(t, text.slice(s, starts[k + 1] ?? text.length), s, k, newSlot()));
  return t;
}

describe('paragraph rows', () => {
  it('numbers a chunk once while it is the one in use, and again after another came', () => {
    const list = new ChunkList<Int32Array>();
    const a = new Int32Array(4);
    const b = new Int32Array(4);
    expect([list.indexOf(a), list.indexOf(a), list.indexOf(b), list.indexOf(b)]).toEqual([0, 0, 1, 1]);
    expect(list.indexOf(a)).toBe(2);
    expect(list.items).toEqual([a, b, a]);
  });

  it('compaction keeps only the chunks a column refers to and renumbers the column', () => {
    const list = new ChunkList<Int32Array>();
    const chunks = Array.from({ length: 5 }, () => new Int32Array(1));
    for (const c of chunks) list.indexOf(c);
    const column = Int32Array.from([3, -1, 1, 3, 0]);
    list.compact(column, 4);
    expect(Array.from(column)).toEqual([0, -1, 1, 0, 0]);
    expect(list.items).toEqual([chunks[3], chunks[1]]);
    expect(list.compacted).toBe(2);
  });

  it('grows, copies and splices rows with every column', () => {
    const text = '第一段。\n\n第二段，\n还有。\n\nthird one\n\n';
    const t = rowsOf(text, [0, 6, 16]);
    expect(t.length).toBe(3);
    expect([0, 1, 2].map((k) => rowEnd(t, k, text.length))).toEqual([6, 16, text.length]);
    const thirdAt = rowSlot(t, 2, newSlot()).scanAt;
    const fresh = new Rows(0, t.store);
    pushRow(fresh, t, 2, 40);
    pushRow(fresh, t, 0, 50);
    spliceRows(t, 1, 1, fresh);
    expect(Array.from(t.start.subarray(0, t.length))).toEqual([0, 40, 50, 16]);
    expect(Array.from(t.id.subarray(0, t.length))).toEqual([0, 2, 0, 2]);
    expect(rowSlot(t, 1, newSlot()).scanAt).toBe(thirdAt);
    spliceRows(t, 0, 4, new Rows(0, t.store));
    expect(t.length).toBe(0);
  });

  it('leaves the record chunk list alone until it has doubled, then keeps what the rows use', () => {
    const t = rowsOf('a\n\nb\n\n', [0, 3]);
    const { records } = t.store;
    const used = new Int32Array(1);
    t.recChunk[0] = records.indexOf(used);
    t.recChunk[1] = -1;
    for (let k = 0; k < 20; k++) records.indexOf(new Int32Array(1));
    compactStore(t);
    expect(records.items).toEqual([used]);
    expect(t.recChunk[0]).toBe(0);
  });

  it('measures a row again once the measures were renewed, and only then', () => {
    const text = '第一段，\n还有。\n\nsecond one\n\n';
    const t = rowsOf(text, [0, 11]);
    const before = [0, 1].map((k) => Array.from(header32(t, k)));
    const slot = newSlot();
    refreshRows(t, 0, 1, text, slot);
    expect([t.scanAt[0], t.scanAt[1]]).toEqual([rowSlot(t, 0, slot).scanAt, rowSlot(t, 1, slot).scanAt]);
    const kept = Array.from(t.scanAt.subarray(0, 2));
    renewMeasures();
    // Another text's measures are written over the chunks the rows point into.
    rowsOf('别的 文字。\n\nother text\n\n'.repeat(50), [0]);
    refreshRows(t, 1, 1, text, slot);
    expect(t.gen[0]).not.toBe(measureGeneration());
    expect(t.gen[1]).toBe(measureGeneration());
    refreshRows(t, 0, 0, text, slot);
    expect([0, 1].map((k) => Array.from(header32(t, k)))).toEqual(before);
    expect(Array.from(t.scanAt.subarray(0, 2))).not.toEqual(kept);
  });
});

/** Row `k`'s measure header without its offsets into the chunk (the counts, kinds and tallies). */
function header32(t: Rows, k: number): Int32Array {
  const slot = rowSlot(t, k, newSlot());
  const h = slot.scanData.slice(slot.scanAt, slot.scanAt + 32);
  for (const offset of [0, 3, 5, 8, 10, 13, 14, 16]) h[offset] = 0;
  return h;
}
