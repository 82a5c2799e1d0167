import type { Finding, Fix, Severity, TextEdit } from '../model';
import { ruleSetting } from './packs';
import { ALL_RULES } from './rules';
import type { FindingBuilder, FindingSink, Message, Rule, RulePack, StoredFinding } from './types';

/** Integers per record: rule index (into `ALL_RULES`), start, end, variant, a, b. */
const STRIDE = 6;

/** Integers per chunk of record storage: one allocation holds the records of many paragraphs. */
const CHUNK = 1 << 16;

/**
 * The findings of one paragraph as numbers: from `offset` in `data`, `count` records of `STRIDE` integers,
 * followed by the numbers rules stored with `extra`. Offsets are relative to the paragraph. `data` is a chunk
 * shared with other paragraphs; each paragraph's region is its own, so records stay valid for as long as they
 * are referenced, and a chunk is collected when no paragraph refers to it any more. The records are in the
 * order the rules reported them (rule order, then each rule's) until `sortRecords` puts them in position order
 * (`sorted`): a check stores them as reported, and the sort is paid by the paragraphs whose findings are read.
 */
export interface ParagraphRecords {
  readonly count: number;
  readonly data: Int32Array;
  readonly offset: number;
  readonly sorted: boolean;
}

/** Records a collector can write into. */
export type WritableRecords = { -readonly [K in keyof ParagraphRecords]: ParagraphRecords[K] };

/** A paragraph without findings. */
export const NO_RECORDS: ParagraphRecords = { count: 0, data: new Int32Array(0), offset: 0, sorted: true };

/** An empty `WritableRecords`, for a collector or a reader to fill. */
export function newRecords(): WritableRecords {
  return { count: 0, data: NO_RECORDS.data, offset: 0, sorted: true };
}

/** Rule id of record `k`. */
export function recordRule(records: ParagraphRecords, k: number): string {
  return (ALL_RULES[records.data[records.offset + k * STRIDE] ?? 0] as Rule).id;
}

/** Start offset (paragraph-relative) of record `k`. */
export function recordStart(records: ParagraphRecords, k: number): number {
  return records.data[records.offset + k * STRIDE + 1] ?? 0;
}

/** End offset (paragraph-relative) of record `k`. */
export function recordEnd(records: ParagraphRecords, k: number): number {
  return records.data[records.offset + k * STRIDE + 2] ?? 0;
}

/**
 * A zeroed chunk of `n` integers. Allocations go through here, which runs at load, so the optimized
 * collector has feedback for it (a first `new` in optimized code deoptimizes it).
 */
function ints(n: number): Int32Array<ArrayBuffer> {
  return new Int32Array(n);
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = ints(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Scratch of `sortRecords`: the order of the records, the merge sort's second buffer, the records' copy. */
let order = ints(256);
let spare = ints(256);
let copied = ints(256 * STRIDE);

/**
 * Put `records` in position order (start, then end, then the order they were reported in: rule order, then
 * each rule's own order), in place; nothing to do when they are sorted already.
 */
export function sortRecords(records: WritableRecords): void {
  if (records.sorted) return;
  records.sorted = true;
  const n = records.count;
  const data = records.data;
  const offset = records.offset;
  order = grow(order, n);
  const r = (copied = grow(copied, n * STRIDE));
  for (let k = 0; k < n * STRIDE; k++) r[k] = data[offset + k] ?? 0;
  for (let k = 0; k < n; k++) order[k] = k;
  if (n <= 32) {
    // A paragraph's few records: insertion sort of the order, comparing in place.
    for (let k = 1; k < n; k++) {
      const v = order[k] ?? 0;
      const vs = r[v * STRIDE + 1] ?? 0;
      const ve = r[v * STRIDE + 2] ?? 0;
      let j = k - 1;
      for (; j >= 0; j--) {
        const w = order[j] ?? 0;
        const d = (r[w * STRIDE + 1] ?? 0) - vs || (r[w * STRIDE + 2] ?? 0) - ve || w - v;
        if (d <= 0) break;
        order[j + 1] = w;
      }
      order[j + 1] = v;
    }
  } else {
    // Many records: a merge sort of the order, each pass merging runs twice as long (no comparator call).
    spare = grow(spare, n);
    let src = order;
    let dst = spare;
    for (let width = 1; width < n; width *= 2) {
      for (let lo = 0; lo < n; lo += 2 * width) {
        const mid = Math.min(lo + width, n);
        const hi = Math.min(lo + 2 * width, n);
        let i = lo;
        let j = mid;
        let k = lo;
        while (i < mid && j < hi) {
          const x = src[i] ?? 0;
          const y = src[j] ?? 0;
          const d =
            (r[x * STRIDE + 1] ?? 0) - (r[y * STRIDE + 1] ?? 0) ||
            (r[x * STRIDE + 2] ?? 0) - (r[y * STRIDE + 2] ?? 0) ||
            x - y;
          if (d <= 0) {
            dst[k++] = x;
            i++;
          } else {
            dst[k++] = y;
            j++;
          }
        }
        while (i < mid) dst[k++] = src[i++] ?? 0;
        while (j < hi) dst[k++] = src[j++] ?? 0;
      }
      const t = src;
      src = dst;
      dst = t;
    }
    if (src !== order) for (let k = 0; k < n; k++) order[k] = src[k] ?? 0;
  }
  for (let k = 0; k < n; k++) {
    const from = (order[k] ?? 0) * STRIDE;
    const to = offset + k * STRIDE;
    for (let j = 0; j < STRIDE; j++) data[to + j] = r[from + j] ?? 0;
  }
}

/**
 * The sink the rules of one paragraph write to: records go straight into the current storage chunk (moved to
 * a new chunk, with the paragraph's records so far, when it is full); the extras into a scratch array reused
 * for every paragraph, copied behind the records when the paragraph is done.
 */
export class RecordCollector implements FindingSink {
  private chunk = ints(0);
  /** Where the open paragraph's records start in `chunk`. */
  private used = 0;
  private stored: Int32Array<ArrayBuffer> = ints(256);
  private count = 0;
  private extraCount = 0;
  private rule = 0;

  /** Subsequent reports come from `ALL_RULES[ruleIndex]`. */
  use(ruleIndex: number): void {
    this.rule = ruleIndex;
  }

  report(start: number, end: number, variant = 0, a = 0, b = 0): void {
    let o = this.used + this.count * STRIDE;
    if (o + STRIDE > this.chunk.length) o = this.relocate(STRIDE);
    const d = this.chunk;
    d[o] = this.rule;
    d[o + 1] = start;
    d[o + 2] = end;
    d[o + 3] = variant;
    d[o + 4] = a;
    d[o + 5] = b;
    this.count++;
  }

  /**
   * Move the open paragraph's records to a new chunk with room for `more` integers behind them; where they
   * end there.
   */
  private relocate(more: number): number {
    const size = this.count * STRIDE;
    const next = ints(Math.max(CHUNK, 2 * (size + more)));
    const from = this.chunk;
    for (let k = 0; k < size; k++) next[k] = from[this.used + k] ?? 0;
    this.chunk = next;
    this.used = 0;
    return size;
  }

  extra(value: number): number {
    this.stored = grow(this.stored, this.extraCount + 1);
    this.stored[this.extraCount] = value;
    return this.extraCount++;
  }

  extras(values: Int32Array, count: number): number {
    const first = this.extraCount;
    const stored = (this.stored = grow(this.stored, first + count));
    for (let k = 0; k < count; k++) stored[first + k] = values[k] ?? 0;
    this.extraCount = first + count;
    return first;
  }

  /** The paragraph's records, sorted (`sortRecords`); the collector is empty afterwards. */
  take(): ParagraphRecords {
    const into = newRecords();
    if (!this.takeInto(into)) return NO_RECORDS;
    sortRecords(into);
    return into;
  }

  /**
   * The paragraph's records in the order reported, written into `into` (the engine's paragraph unit, which so
   * needs no records object of its own), `sorted` set when that order is position order already; false, with
   * `into` set to no records, when the paragraph has none.
   */
  takeInto(into: WritableRecords): boolean {
    const n = this.count;
    const x = this.extraCount;
    if (n === 0 && x === 0) {
      into.count = 0;
      into.data = NO_RECORDS.data;
      into.offset = 0;
      into.sorted = true;
      return false;
    }
    let end = this.used + n * STRIDE;
    if (end + x > this.chunk.length) end = this.relocate(x);
    const data = this.chunk;
    const offset = this.used;
    const stored = this.stored;
    for (let k = 0; k < x; k++) data[end + k] = stored[k] ?? 0;
    let sorted = true;
    for (let k = 1; k < n && sorted; k++) {
      const o = offset + k * STRIDE;
      const d = (data[o + 1] ?? 0) - (data[o + 1 - STRIDE] ?? 0);
      sorted = d > 0 || (d === 0 && (data[o + 2] ?? 0) >= (data[o + 2 - STRIDE] ?? 0));
    }
    this.used = end + x;
    this.count = 0;
    this.extraCount = 0;
    into.count = n;
    into.data = data;
    into.offset = offset;
    into.sorted = sorted;
    return true;
  }
}

/** The record a rule's `materialize` reads; one instance, pointed at each record in turn. */
class Cursor implements StoredFinding {
  start = 0;
  end = 0;
  variant = 0;
  a = 0;
  b = 0;
  data: Int32Array = NO_RECORDS.data;
  extrasAt = 0;

  extra(index: number): number {
    return this.data[this.extrasAt + index] ?? 0;
  }
}

interface Setting {
  readonly severity: Severity | undefined;
  readonly safeFixes: boolean;
}

/**
 * Turns records back into findings in the pack's terms and the locale's words, with offsets moved into the
 * checked text (the paragraph's start added).
 */
export class Materializer implements FindingBuilder {
  text = '';
  private base = 0;
  private rule: Rule = ALL_RULES[0] as Rule;
  private setting: Setting = { severity: undefined, safeFixes: true };
  private readonly settings: readonly Setting[];
  private readonly cursor = new Cursor();

  constructor(
    readonly pack: RulePack,
    private readonly lang: 'en' | 'zh',
  ) {
    this.settings = ALL_RULES.map((r) => {
      const s = ruleSetting(pack, r.id);
      return { severity: s.severity, safeFixes: s.safeFixes };
    });
  }

  /** Finding `k` of `records`, recorded in the paragraph `text` that starts at `base` in the checked text. */
  read(records: ParagraphRecords, k: number, text: string, base: number): Finding {
    const d = records.data;
    const o = records.offset + k * STRIDE;
    const index = d[o] ?? 0;
    const c = this.cursor;
    c.data = d;
    c.extrasAt = records.offset + records.count * STRIDE;
    c.start = d[o + 1] ?? 0;
    c.end = d[o + 2] ?? 0;
    c.variant = d[o + 3] ?? 0;
    c.a = d[o + 4] ?? 0;
    c.b = d[o + 5] ?? 0;
    this.text = text;
    this.base = base;
    this.rule = ALL_RULES[index] as Rule;
    this.setting = this.settings[index] as Setting;
    return this.rule.materialize(c, this);
  }

  edit(start: number, end: number, text: string): TextEdit {
    return { start: start + this.base, end: end + this.base, text };
  }

  fix(label: Message, safe: boolean, edits: readonly TextEdit[]): Fix {
    return { label: label[this.lang], safe: safe && this.setting.safeFixes, edits };
  }

  replace(label: Message, safe: boolean, start: number, end: number, text: string): Fix {
    return this.fix(label, safe, [this.edit(start, end, text)]);
  }

  finding(start: number, end: number, message: Message, fixes: readonly Fix[], severity?: Severity): Finding {
    const rule = this.rule;
    return {
      rule: rule.id,
      category: rule.category,
      severity: this.setting.severity ?? severity ?? rule.severity,
      start: start + this.base,
      end: end + this.base,
      message: message[this.lang],
      fixes,
    };
  }
}
