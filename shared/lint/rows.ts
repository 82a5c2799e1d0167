import { NO_RECORDS, type WritableRecords } from './records';
import { lineChunkAt, listChunkAt, measureGeneration, measureInto, type MeasureSlot } from './measure';

/**
 * The engine's paragraph table: a text's paragraphs as rows of integer columns, and the storage chunks the rows
 * point into. `engine.ts` fills and reads them; nothing here knows about rules.
 */

/**
 * The record chunks that rows point into, by index: a row holds indices into these (and numbers of the
 * measure's chunks, see `measure.ts`) rather than references, so its columns are integers that the collector
 * neither traces nor records in a write barrier (columns of references to young chunks cost more per row than
 * the objects they replaced).
 */
export class ChunkList<T> {
  items: T[] = [];
  /** `items.length` after the last compaction (`compact`). */
  compacted = 0;
  private last: T | null = null;
  private lastIndex = -1;

  /** Index of `chunk`, added unless it is the one added last (chunks are filled one after another). */
  indexOf(chunk: T): number {
    if (chunk === this.last) return this.lastIndex;
    this.items.push(chunk);
    this.last = chunk;
    this.lastIndex = this.items.length - 1;
    return this.lastIndex;
  }

  /** Keep only the chunks `column` (the first `n` entries, -1 for none) refers to, renumbering it. */
  compact(column: Int32Array, n: number): void {
    const renumbered = new Int32Array(this.items.length).fill(-1);
    const kept: T[] = [];
    for (let k = 0; k < n; k++) {
      const i = column[k] ?? -1;
      if (i < 0) continue;
      let j = renumbered[i] ?? -1;
      if (j < 0) {
        j = kept.length;
        renumbered[i] = j;
        kept.push(this.items[i] as T);
      }
      column[k] = j;
    }
    this.items = kept;
    this.compacted = kept.length;
    this.last = null;
    this.lastIndex = -1;
  }
}

/**
 * The chunks of one linter's rows that are its own: finding records, which its views read after the check.
 * (Measures are only read while checking, and live in the measure's chunks.)
 */
export interface Store {
  readonly records: ChunkList<Int32Array>;
}

export function newStore(): Store {
  return { records: new ChunkList() };
}

/** The integer columns of `Rows`. */
const ROW_COLUMNS = [
  'start',
  'id',
  'scanChunk',
  'scanAt',
  'lineChunk',
  'gen',
  'seenColumn20',
  'seenStyle',
  'seenAt',
  'seenNext',
  'seenPrevious',
  'recChunk',
  'recOffset',
  'recCount',
  'sorted',
] as const;
type RowColumn = (typeof ROW_COLUMNS)[number];

/**
 * The paragraphs of the checked text as integer columns, row k being paragraph k: where it starts (it runs to
 * the next row's start), an identity (a row keeps it while its text is unchanged), its measure (chunk numbers,
 * offset and generation, see `MeasureSlot`), what its findings were computed in (`sameSurroundings`) and its
 * findings (`ParagraphRecords`: chunk index, offset, count, sorted). No object and no string per paragraph: a
 * 10 MB text has 56k paragraphs, and objects that many, all kept with their text and first and last lines, were
 * what a check left the collector to copy and promote. Texts and lines are cut from the checked text when read.
 */
export class Rows {
  length = 0;
  capacity: number;
  start: Int32Array;
  id: Int32Array;
  scanChunk: Int32Array;
  scanAt: Int32Array;
  lineChunk: Int32Array;
  /** The measure generation the three above are numbers of (`refreshRows`). */
  gen: Int32Array;
  /**
   * The column width in twentieths of an em (`columnOf` rounds to those), -1 before the row's first check;
   * `seenStyle` a style key's number (`styleNumber`); `seenNext` / `seenPrevious` the neighbours' `id` (-1
   * none): a neighbour with the same identity has the same first or last line.
   */
  seenColumn20: Int32Array;
  seenStyle: Int32Array;
  seenAt: Int32Array;
  seenNext: Int32Array;
  seenPrevious: Int32Array;
  /** Records: chunk index (-1 when none), offset, count, and 1 when in position order (`sortRecords`). */
  recChunk: Int32Array;
  recOffset: Int32Array;
  recCount: Int32Array;
  sorted: Int32Array;

  constructor(
    capacity: number,
    readonly store: Store,
  ) {
    this.capacity = capacity;
    this.start = ints(capacity);
    this.id = ints(capacity);
    this.scanChunk = ints(capacity);
    this.scanAt = ints(capacity);
    this.lineChunk = ints(capacity);
    this.gen = ints(capacity);
    this.seenColumn20 = ints(capacity);
    this.seenStyle = ints(capacity);
    this.seenAt = ints(capacity);
    this.seenNext = ints(capacity);
    this.seenPrevious = ints(capacity);
    this.recChunk = ints(capacity);
    this.recOffset = ints(capacity);
    this.recCount = ints(capacity);
    this.sorted = ints(capacity);
  }
}

/** A zeroed buffer of `n` integers (allocations through one function, which runs at load: see `measure.ts`). */
export function ints(n: number): Int32Array {
  return new Int32Array(n);
}

/** Make room in `t` for `need` rows. */
export function reserve(t: Rows, need: number): void {
  if (need <= t.capacity) return;
  const capacity = Math.max(need, t.capacity * 2, 16);
  const columns = t as unknown as Record<RowColumn, Int32Array>;
  for (const c of ROW_COLUMNS) {
    const grown = ints(capacity);
    grown.set(columns[c].subarray(0, t.length));
    columns[c] = grown;
  }
  t.capacity = capacity;
}

/** Append the paragraph `body` at `start` as a new row of `t`, measured (through `slot`), not checked yet. */
export function pushMeasured(t: Rows, body: string, start: number, id: number, slot: MeasureSlot): void {
  measureInto(body, slot);
  reserve(t, t.length + 1);
  const k = t.length++;
  t.start[k] = start;
  t.id[k] = id;
  setMeasure(t, k, slot);
  t.seenColumn20[k] = -1;
  t.seenStyle[k] = -1;
  t.seenAt[k] = -1;
  t.seenNext[k] = -1;
  t.seenPrevious[k] = -1;
  t.recChunk[k] = -1;
  t.recOffset[k] = 0;
  t.recCount[k] = 0;
  t.sorted[k] = 1;
}

/** Row `k`'s measure is the one `measureInto` just left in `slot`. */
function setMeasure(t: Rows, k: number, slot: MeasureSlot): void {
  t.scanChunk[k] = slot.scanChunk;
  t.scanAt[k] = slot.scanAt;
  t.lineChunk[k] = slot.lineChunk;
  t.gen[k] = slot.generation;
}

/**
 * Measure rows `from` to `to` of `t` (clamped to its rows) again where their measures are of an earlier
 * generation, from `text`, the text the rows' starts are offsets in. Every reader of a measure outside the
 * full check's own loop calls this first for the rows it reads.
 */
export function refreshRows(t: Rows, from: number, to: number, text: string, slot: MeasureSlot): void {
  const generation = measureGeneration();
  const last = Math.min(to, t.length - 1);
  for (let k = Math.max(0, from); k <= last; k++) {
    if (t.gen[k] === generation) continue;
    measureInto(text.slice(t.start[k] ?? 0, rowEnd(t, k, text.length)), slot);
    setMeasure(t, k, slot);
  }
}

/** Append row `k` of `from` to `to` (which share their store), moved to `start`. */
export function pushRow(to: Rows, from: Rows, k: number, start: number): void {
  reserve(to, to.length + 1);
  const j = to.length++;
  const a = from as unknown as Record<RowColumn, Int32Array>;
  const b = to as unknown as Record<RowColumn, Int32Array>;
  for (const c of ROW_COLUMNS) b[c][j] = a[c][k] ?? 0;
  to.start[j] = start;
}

/** Replace `remove` rows of `t` from `at` by the rows of `fresh` (same store). */
export function spliceRows(t: Rows, at: number, remove: number, fresh: Rows): void {
  const length = t.length - remove + fresh.length;
  reserve(t, length);
  const columns = t as unknown as Record<RowColumn, Int32Array>;
  const inserted = fresh as unknown as Record<RowColumn, Int32Array>;
  for (const c of ROW_COLUMNS) {
    const column = columns[c];
    column.copyWithin(at + fresh.length, at + remove, t.length);
    column.set(inserted[c].subarray(0, fresh.length), at);
  }
  t.length = length;
}

/** End of row `k` of `t` in a text of `textLength` code units. */
export function rowEnd(t: Rows, k: number, textLength: number): number {
  return k + 1 < t.length ? (t.start[k + 1] ?? textLength) : textLength;
}

/** The chunk holding row `k`'s measure header and lists (its header at `scanAt[k]`); the row is fresh. */
export function scanOf(t: Rows, k: number): Int32Array {
  return listChunkAt(t.scanChunk[k] ?? 0);
}

/** The chunk holding row `k`'s line facts and widths; the row is fresh. */
export function linesOf(t: Rows, k: number): Float64Array {
  return lineChunkAt(t.lineChunk[k] ?? 0);
}

/** Row `k`'s measure as a `MeasureSlot`, written into `slot` (what the measure readers take). */
export function rowSlot(t: Rows, k: number, slot: MeasureSlot): MeasureSlot {
  slot.scanData = scanOf(t, k);
  slot.scanAt = t.scanAt[k] ?? 0;
  slot.lines = linesOf(t, k);
  return slot;
}

/** Row `k`'s records as a `ParagraphRecords` object (for the record readers), written into `into`. */
export function rowRecords(t: Rows, k: number, into: WritableRecords): WritableRecords {
  const chunk = t.recChunk[k] ?? -1;
  into.count = t.recCount[k] ?? 0;
  into.data = chunk < 0 ? NO_RECORDS.data : (t.store.records.items[chunk] ?? NO_RECORDS.data);
  into.offset = t.recOffset[k] ?? 0;
  into.sorted = t.sorted[k] === 1;
  return into;
}

/** A header value of row `k`'s measure (`M_*` offset `field`). */
export function header(t: Rows, k: number, field: number): number {
  return scanOf(t, k)[(t.scanAt[k] ?? 0) + field] ?? -1;
}

/**
 * Drop the record chunks no row of `t` refers to any more once their list has doubled since it was last
 * compacted (edits check paragraphs again into new chunks; the old ones would otherwise stay listed).
 */
export function compactStore(t: Rows): void {
  const { records } = t.store;
  if (records.items.length > 2 * records.compacted + 16) records.compact(t.recChunk, t.length);
}
