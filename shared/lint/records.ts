import type { Finding, Fix, Severity, TextEdit } from '../model';
import { ruleSetting } from './packs';
import { ALL_RULES } from './rules';
import type { FindingBuilder, FindingSink, Message, Rule, RulePack, StoredFinding } from './types';

/** Integers per record: rule index (into `ALL_RULES`), start, end, variant, a, b. */
const STRIDE = 6;

/** Integers per chunk of record storage: one allocation holds the records of many paragraphs. */
const CHUNK = 1 << 16;

/**
 * The findings of one paragraph as numbers: from `offset` in `data`, `count` records of `STRIDE` integers
 * sorted by position, followed by the numbers rules stored with `extra`. Offsets are relative to the paragraph.
 * `data` is a chunk shared with other paragraphs and never written again once filled, so records stay valid
 * for as long as they are referenced; a chunk is collected when no paragraph refers to it any more.
 */
export interface ParagraphRecords {
  readonly count: number;
  readonly data: Int32Array;
  readonly offset: number;
}

/** Records a collector can write into. */
export type WritableRecords = { -readonly [K in keyof ParagraphRecords]: ParagraphRecords[K] };

/** A paragraph without findings. */
export const NO_RECORDS: ParagraphRecords = { count: 0, data: new Int32Array(0), offset: 0 };

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
function ints(n: number): Int32Array {
  return new Int32Array(n);
}

/** Copy `count` integers of `from` into `to` from `at`: by element for a few, as one block for many. */
function copy(from: Int32Array, count: number, to: Int32Array, at: number): void {
  if (count > 24) {
    to.set(from.subarray(0, count), at);
    return;
  }
  for (let i = 0; i < count; i++) to[at + i] = from[i] ?? 0;
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The sink the rules of one paragraph write to: growable scratch arrays reused for every paragraph, copied
 * (sorted by position) into the current storage chunk when the paragraph is done.
 */
export class RecordCollector implements FindingSink {
  private chunk = ints(0);
  private used = 0;
  private records: Int32Array<ArrayBuffer> = new Int32Array(STRIDE * 256);
  private stored: Int32Array<ArrayBuffer> = new Int32Array(256);
  private count = 0;
  private extraCount = 0;
  private rule = 0;
  private order: Int32Array<ArrayBuffer> = new Int32Array(256);
  /** The merge sort's second buffer of record indices. */
  private spare: Int32Array<ArrayBuffer> = new Int32Array(256);

  /** Subsequent reports come from `ALL_RULES[ruleIndex]`. */
  use(ruleIndex: number): void {
    this.rule = ruleIndex;
  }

  report(start: number, end: number, variant = 0, a = 0, b = 0): void {
    const o = this.count * STRIDE;
    const r = (this.records = grow(this.records, o + STRIDE));
    r[o] = this.rule;
    r[o + 1] = start;
    r[o + 2] = end;
    r[o + 3] = variant;
    r[o + 4] = a;
    r[o + 5] = b;
    this.count++;
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

  /**
   * The paragraph's records sorted by start, then end, then the order they were reported in (rule order,
   * then each rule's own order); the collector is empty afterwards.
   */
  take(): ParagraphRecords {
    const into: WritableRecords = { count: 0, data: NO_RECORDS.data, offset: 0 };
    return this.takeInto(into) ? into : NO_RECORDS;
  }

  /**
   * `take`, written into `into` (the engine's paragraph unit, which so needs no records object of its own);
   * false, with `into` set to no records, when the paragraph has none.
   */
  takeInto(into: WritableRecords): boolean {
    const n = this.count;
    if (n === 0 && this.extraCount === 0) {
      into.count = 0;
      into.data = NO_RECORDS.data;
      into.offset = 0;
      return false;
    }
    const r = this.records;
    const size = n * STRIDE + this.extraCount;
    if (this.used + size > this.chunk.length) {
      this.chunk = ints(Math.max(CHUNK, size));
      this.used = 0;
    }
    const offset = this.used;
    this.used += size;
    const data = this.chunk;
    let sorted = true;
    for (let k = 1; k < n && sorted; k++) {
      const d = (r[k * STRIDE + 1] ?? 0) - (r[(k - 1) * STRIDE + 1] ?? 0);
      sorted = d > 0 || (d === 0 && (r[k * STRIDE + 2] ?? 0) >= (r[(k - 1) * STRIDE + 2] ?? 0));
    }
    if (sorted) {
      copy(r, n * STRIDE, data, offset);
    } else {
      const order = (this.order = grow(this.order, n));
      for (let k = 0; k < n; k++) order[k] = k;
      if (n <= 32) {
        // A paragraph's few records: insertion sort of the scratch order, comparing in place.
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
        this.spare = grow(this.spare, n);
        let src = order;
        let dst = this.spare;
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
        data[to] = r[from] ?? 0;
        data[to + 1] = r[from + 1] ?? 0;
        data[to + 2] = r[from + 2] ?? 0;
        data[to + 3] = r[from + 3] ?? 0;
        data[to + 4] = r[from + 4] ?? 0;
        data[to + 5] = r[from + 5] ?? 0;
      }
    }
    copy(this.stored, this.extraCount, data, offset + n * STRIDE);
    this.count = 0;
    this.extraCount = 0;
    into.count = n;
    into.data = data;
    into.offset = offset;
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
