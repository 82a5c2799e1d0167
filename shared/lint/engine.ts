import type { Finding, OcrResult, TextEdit } from '../model';
import { buildOcrHints, paragraphHints, type OcrHints } from './ocr-hints';
import { resolvePack, ruleSetting } from './packs';
import { paragraphStarts } from './paragraphs';
import {
  Materializer,
  RecordCollector,
  recordEnd,
  recordRule,
  recordStart,
  newRecords,
  sortRecords,
  type WritableRecords,
} from './records';
import { ALL_RULES } from './rules';
import { addStats, decideStyle, EMPTY_STATS } from './stats';
import { isIgnoredAt } from './ignore';
import type { LineFacts } from './breaks';
import {
  addSlotTallies,
  copyFirstLine,
  firstLineFacts,
  LINE_FLAGS,
  LINE_STRIDE,
  M_FIRST_END,
  M_FIRST_START,
  M_LAST_END,
  M_LAST_START,
  M_WIDTH_COUNT,
  M_WIDTHS_AT,
  MeasureCursor,
  measuredLineInto,
  measuresOutgrown,
  newSlot,
  readMeasure,
  renewMeasures,
  ReusedLineFacts,
  slotStats,
  talliesStats,
} from './measure';
import {
  header,
  ints,
  refreshRows,
  newStore,
  compactStore,
  linesOf,
  pushMeasured,
  pushRow,
  rowEnd,
  rowRecords,
  Rows,
  rowSlot,
  scanOf,
  spliceRows,
} from './rows';
import { EVERY_PARAGRAPH, holdings, type ParagraphScan } from './scan';
import type {
  DocumentStats,
  LintContext,
  Locale,
  ParagraphEnvironment,
  ParagraphOcr,
  RuleContext,
  RulePack,
  StyleDecisions,
} from './types';

/** How many paragraphs on each side lend their line widths to a paragraph's column estimate. */
const COLUMN_REACH = 6;
/** How many line widths are enough for a column estimate. */
const COLUMN_SAMPLE = 8;

/**
 * The environment the rules read: one object per linter, rewritten for each paragraph checked (no rule keeps
 * it). The neighbouring lines are kept as offsets into the checked text and cut out only when a rule reads
 * them (stranded-heading, for the few one-line paragraphs it looks at).
 */
class Environment implements ParagraphEnvironment {
  columnWidth = 0;
  nextLineFacts: LineFacts | null = null;
  ocr: ParagraphOcr | null = null;
  text = '';
  /** Bounds of the next paragraph's first line / the previous one's last line in `text`; start -1: none. */
  nextStart = -1;
  nextEnd = -1;
  previousStart = -1;
  previousEnd = -1;

  constructor(public style: StyleDecisions) {}

  get nextLine(): string | null {
    return this.nextStart < 0 ? null : this.text.slice(this.nextStart, this.nextEnd);
  }

  get previousLine(): string | null {
    return this.previousStart < 0 ? null : this.text.slice(this.previousStart, this.previousEnd);
  }
}

function styleKey(s: StyleDecisions): string {
  return `${s.spacedOut ? 1 : 0}${s.mixedSpacing ?? '-'}${s.percent ?? '-'}${s.digits ?? '-'}${s.cjkDocument ? 1 : 0}`;
}

/**
 * The findings of one check, sorted by position, offsets in the checked text. Built without finding objects:
 * each paragraph keeps its findings as records (a few integers each, paragraph-relative offsets), and the
 * objects of a paragraph's findings are made when one of them is first read (again if the paragraph moved).
 * Valid until the linter's next update.
 */
export interface FindingsView extends Iterable<Finding> {
  readonly length: number;
  /** The finding at `index` (0 ≤ index < length). */
  at(index: number): Finding | undefined;
  /** Findings that overlap `[start, end)` (a zero-width finding at `start` included): an editor's visible range. */
  inRange(start: number, end: number): Finding[];
  /** Every finding, as `lint` returns them. */
  toArray(): Finding[];
}

/** A linter that remembers the last text it checked. */
export interface IncrementalLinter {
  /**
   * Check `text`, reusing the findings of paragraphs unchanged since the last call. `change`, when given, is
   * where the previous text was replaced (offsets in the previous text, as an editor's change event reports
   * it), which spares comparing the two texts to find the edit. Costs the re-checked paragraphs plus a shift of
   * the paragraph starts after the edit, whatever the number of findings.
   */
  check(text: string, change?: TextEdit): FindingsView;
  /** `check`, returning all findings as one array (costs a pass over the findings). */
  update(text: string, change?: TextEdit): readonly Finding[];
  /** Paragraphs re-checked by the last call (for tests and benchmarks). */
  readonly lastRechecked: number;
}

/**
 * What the checks of one document share: its enabled rules, pack, words, OCR hints. The objects a linter is
 * made of are instances of classes, not object literals: V8 builds a literal's boilerplate when the literal runs
 * a second time, and that threw away the optimized code of every rule that had read the first linter's objects
 * (the first check of the second linter in a process re-optimized them all).
 */
class Checker {
  /** Indices into `ALL_RULES` of the enabled rules. */
  readonly rules: readonly number[];
  /**
   * `Rule.needs` of each rule of `ALL_RULES` under the style `needsStyle` (`EVERY_PARAGRAPH` where a rule has
   * none), set by `needsUnder`.
   */
  readonly needs = new Int32Array(ALL_RULES.length);
  needsStyle = '';
  readonly pack: RulePack;
  readonly threshold: number;
  readonly hints: OcrHints | null;
  readonly collector = new RecordCollector();
  readonly materializer: Materializer;
  /** The OCR the text came from, if any, and where the paragraph texts looked up so far sit in its text. */
  readonly ocr: OcrResult | undefined;
  readonly ocrPlace = new Map<string, number>();

  constructor(context: LintContext) {
    const pack = resolvePack(context.pack);
    const locale: Locale = context.locale ?? 'en';
    this.pack = pack;
    this.rules = ALL_RULES.flatMap((r, k) => (ruleSetting(pack, r.id).enabled ? [k] : []));
    this.threshold = context.confidenceThreshold ?? 60;
    this.ocr = context.ocr;
    this.hints = context.ocr ? buildOcrHints(context.ocr) : null;
    this.materializer = new Materializer(pack, locale === 'en' ? 'en' : 'zh');
  }
}

/** What the rules of a paragraph read besides its scan (a class: see `Checker`). */
class Context implements RuleContext {
  constructor(
    readonly env: ParagraphEnvironment,
    readonly confidenceThreshold: number,
    readonly pack: RulePack,
  ) {}
}

/**
 * Where a paragraph's text sits in the checker's OCR text, or -1 (a function of the module, not a method made
 * per checker: each new checker's method was a new call target in the optimized check).
 */
function ocrFor(checker: Checker, body: string): number {
  const ocr = checker.ocr;
  if (!ocr) return -1;
  const trimmed = body.trimEnd();
  let at = checker.ocrPlace.get(trimmed);
  if (at === undefined) {
    at = trimmed.length > 0 ? ocr.text.indexOf(trimmed) : -1;
    checker.ocrPlace.set(trimmed, at);
  }
  return at;
}

/** A zeroed buffer of `n` doubles (allocations through one function, which runs at load: see `measure.ts`). */
function doubles(n: number): Float64Array {
  return new Float64Array(n);
}

/** Scratch for `columnOf`: the line widths it sorts. */
let columnScratch = doubles(256);

/** Append the column sample widths of row `k` of `t` to the scratch from `n`; the new count. */
function gather(t: Rows, k: number, n: number): number {
  const data = scanOf(t, k);
  const scanAt = t.scanAt[k] ?? 0;
  const count = data[scanAt + M_WIDTH_COUNT] ?? 0;
  if (n + count > columnScratch.length) {
    const grown = doubles(Math.max(n + count, columnScratch.length * 2));
    grown.set(columnScratch);
    columnScratch = grown;
  }
  const from = linesOf(t, k);
  const at = data[scanAt + M_WIDTHS_AT] ?? 0;
  for (let j = 0; j < count; j++) columnScratch[n++] = from[at + j] ?? 0;
  return n;
}

/**
 * The value of rank `k` (0-based, ascending) among the first `n` numbers of `a`, which it reorders: a
 * selection (Hoare's, middle pivot), so a long paragraph's widths are not sorted whole.
 */
function rank(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] ?? 0;
  }
  return a[k] ?? 0;
}

/**
 * Estimated column width for row `i` of the first `length` rows of `t`, from its line widths and those of its
 * neighbours.
 */
function columnOf(t: Rows, i: number, length: number): number {
  // Indices are checked before reading: an array read past its end deoptimizes the optimized check loop.
  let n = gather(t, i, 0);
  for (let d = 1; d <= COLUMN_REACH && n < COLUMN_SAMPLE; d++) {
    if (i - d >= 0) n = gather(t, i - d, n);
    if (i + d < length) n = gather(t, i + d, n);
  }
  if (n === 0) return 0;
  // The 75th-percentile width (the widest below 3 samples): the value of that rank, found by selection.
  const w = rank(columnScratch, n, n < 3 ? n - 1 : Math.floor(n * 0.75));
  return Math.round(w * 20) / 20;
}

/**
 * Everything a row's environment is made from — column width, style, where its text sits in the OCR text (or
 * -1), the next row's first line and the previous row's last line (the same when the neighbour is the same
 * row): when none of it changed, neither did its findings. Written into the row's `seen*` columns when it is
 * checked.
 */
function sameSurroundings(
  t: Rows,
  k: number,
  column20: number,
  style: number,
  at: number,
  next: number,
  previous: number,
): boolean {
  return (
    t.seenColumn20[k] === column20 &&
    t.seenStyle[k] === style &&
    t.seenAt[k] === at &&
    t.seenNext[k] === next &&
    t.seenPrevious[k] === previous
  );
}

/** Column widths of the rows of the last `unitsOf`, by index. */
let splitColumns = doubles(1024);
/**
 * The facts of each row's first line with content (`LINE_STRIDE` numbers per row, flags -1 when it has none),
 * copied from its measure by `unitsOf`: what the row before it reads as `nextLineFacts`.
 */
let splitFirstLines = doubles(1024 * LINE_STRIDE);
/**
 * The bounds of each row's first and last line with content (`firstStart`, `firstEnd`, `lastStart`, `lastEnd` of
 * its measure, 4 per row), copied by `unitsOf`: what its neighbours' environments are cut from.
 */
let splitBounds = ints(1024 * 4);
/** The style tallies of the rows of the last `unitsOf`, summed (`addSlotTallies`). */
const splitTallies = doubles(10);

/**
 * The paragraphs of `text` as rows, each measured, with their column widths in `splitColumns`, their first
 * lines' facts in `splitFirstLines` and their style tallies summed in `splitTallies`. All three are read from a
 * paragraph's measure right after it is made (a column estimate as soon as the `COLUMN_REACH` paragraphs past
 * it are), while its line facts and header are still in the processor's cache: read again after the whole
 * text was measured, they were not, and the reads waited for memory.
 */
function unitsOf(text: string, st: LinterState): Rows {
  renewMeasures();
  const starts = paragraphStarts(text);
  const count = starts.length;
  if (splitColumns.length < count) splitColumns = doubles(count);
  if (splitFirstLines.length < count * LINE_STRIDE) splitFirstLines = doubles(count * LINE_STRIDE);
  if (splitBounds.length < count * 4) splitBounds = ints(count * 4);
  splitTallies.fill(0);
  const t = new Rows(count, newStore());
  const slot = st.slot;
  for (let k = 0; k < count; k++) {
    const s = starts[k] ?? 0;
    // The last paragraph runs to the end (no read past the array, which would deoptimize the optimized check).
    const e = k + 1 < count ? (starts[k + 1] ?? text.length) : text.length;
    pushMeasured(t, text.slice(s, e), s, st.nextId++, slot);
    addSlotTallies(splitTallies, slot);
    copyFirstLine(slot, splitFirstLines, k * LINE_STRIDE);
    const data = slot.scanData;
    const at = slot.scanAt;
    splitBounds[4 * k] = data[at + M_FIRST_START] ?? -1;
    splitBounds[4 * k + 1] = data[at + M_FIRST_END] ?? -1;
    splitBounds[4 * k + 2] = data[at + M_LAST_START] ?? -1;
    splitBounds[4 * k + 3] = data[at + M_LAST_END] ?? -1;
    if (k >= COLUMN_REACH) splitColumns[k - COLUMN_REACH] = columnOf(t, k - COLUMN_REACH, t.length);
  }
  for (let k = Math.max(0, t.length - COLUMN_REACH); k < t.length; k++) {
    splitColumns[k] = columnOf(t, k, t.length);
  }
  return t;
}

/**
 * What a linter's checks share, read by `checkUnit`: a function of the module rather than a closure of each
 * linter, so every linter's check loop calls the same function (a new closure at a call site optimized for
 * another threw the optimized loop away in the second linter's first checks).
 */
class LinterState {
  rows = new Rows(0, newStore());
  /** The checked text (the rows' offsets are in it). */
  text = '';
  /** The document's style decisions (`env.style` while a paragraph's rules run). */
  style: StyleDecisions;
  /** Numbers of the style keys seen (`seenStyle`). */
  readonly styles = new Map<string, number>();
  /** The next row identity. */
  nextId = 0;
  /** Rows whose rules ran in the last check. */
  rechecked = 0;
  /** Records of all rows (what a view's `length` is without an ignore list), kept as rows change. */
  total = 0;
  readonly env: Environment;
  readonly ctx: RuleContext;
  readonly nextFacts = new ReusedLineFacts();
  /** The scan the rules read: the measure of the row being checked, rewritten per row. */
  readonly scan = new MeasureCursor();
  /** Slots the measure is written into and rows are read through. */
  readonly slot = newSlot();
  readonly nextSlot = newSlot();
  /** Where the collector leaves a row's records before they go into its columns. */
  readonly records: WritableRecords = newRecords();
  /** Per row, once its findings were read: the ignore list's verdicts and the finding objects (at `absStart`). */
  shown: (Int32Array | null)[] | null = null;
  abs: (readonly Finding[] | null)[] | null = null;
  absStart: number[] | null = null;

  constructor(readonly checker: Checker) {
    this.env = new Environment(decideStyle(EMPTY_STATS));
    this.style = this.env.style;
    this.ctx = new Context(this.env, checker.threshold, checker.pack);
  }
}

/** The number of the style key `key` in `st.styles`. */
function styleNumber(st: LinterState, key: string): number {
  let n = st.styles.get(key);
  if (n === undefined) {
    n = st.styles.size;
    st.styles.set(key, n);
  }
  return n;
}

/**
 * Check row `i` of `st.rows` (its column width `columnWidth`, style key `sKey` numbered `style`) unless nothing
 * it depends on changed; `split`: the next row's first line is read from `splitFirstLines` (a full check), not
 * from its measure.
 */
function checkUnit(
  st: LinterState,
  i: number,
  sKey: string,
  style: number,
  columnWidth: number,
  split: boolean,
): void {
  const t = st.rows;
  const checker = st.checker;
  const env = st.env;
  const n = t.length;
  if (i >= n) return;
  const text = st.text;
  const start = t.start[i] ?? 0;
  const end = i + 1 < n ? (t.start[i + 1] ?? text.length) : text.length;
  const next = i + 1 < n ? (t.id[i + 1] ?? -1) : -1;
  const previous = i > 0 ? (t.id[i - 1] ?? -1) : -1;
  const body = text.slice(start, end);
  const at = ocrFor(checker, body);
  const column20 = Math.round(columnWidth * 20);
  if (sameSurroundings(t, i, column20, style, at, next, previous)) return;
  t.seenColumn20[i] = column20;
  t.seenStyle[i] = style;
  t.seenAt[i] = at;
  t.seenNext[i] = next;
  t.seenPrevious[i] = previous;
  if (st.abs) st.abs[i] = null;
  if (st.shown) st.shown[i] = null;
  st.rechecked++;
  needsUnder(checker, st.style, sKey);
  const hints = checker.hints;
  env.text = text;
  env.columnWidth = columnWidth;
  if (next < 0) {
    env.nextStart = -1;
    env.nextLineFacts = null;
  } else {
    const firstStart = split ? (splitBounds[4 * i + 4] ?? -1) : header(t, i + 1, M_FIRST_START);
    const firstEnd = split ? (splitBounds[4 * i + 5] ?? -1) : header(t, i + 1, M_FIRST_END);
    env.nextStart = firstStart < 0 ? end : end + firstStart;
    env.nextEnd = firstStart < 0 ? end : end + firstEnd;
    env.nextLineFacts = split
      ? splitFirstLineFacts(i + 1, text, env.nextStart, env.nextEnd, st.nextFacts)
      : firstLineFacts(rowSlot(t, i + 1, st.nextSlot), text, end, st.nextFacts);
  }
  if (previous < 0) {
    env.previousStart = -1;
  } else {
    const before = t.start[i - 1] ?? 0;
    const lastStart = split ? (splitBounds[4 * i - 2] ?? -1) : header(t, i - 1, M_LAST_START);
    const lastEnd = split ? (splitBounds[4 * i - 1] ?? -1) : header(t, i - 1, M_LAST_END);
    env.previousStart = lastStart < 0 ? start : before + lastStart;
    env.previousEnd = lastStart < 0 ? start : before + lastEnd;
  }
  env.style = st.style;
  env.ocr = hints && at >= 0 ? paragraphHints(hints, at, at + body.length) : null;
  runRules(checker, readMeasure(st.scan, body, rowSlot(t, i, st.slot)), st.ctx);
  const r = st.records;
  checker.collector.takeInto(r);
  t.recChunk[i] = r.count > 0 ? t.store.records.indexOf(r.data) : -1;
  t.recOffset[i] = r.offset;
  st.total += r.count - (t.recCount[i] ?? 0);
  t.recCount[i] = r.count;
  t.sorted[i] = r.sorted ? 1 : 0;
}

/**
 * `firstLineFacts` of row `k` of the last `unitsOf`, from `splitFirstLines`; the line is `text[start, end)`.
 */
function splitFirstLineFacts(
  k: number,
  text: string,
  start: number,
  end: number,
  into: ReusedLineFacts,
): LineFacts | null {
  const slot = k * LINE_STRIDE;
  if ((splitFirstLines[slot + LINE_FLAGS] ?? -1) < 0) return null;
  return measuredLineInto(into, text, splitFirstLines, slot, start, end);
}

/**
 * A linter that keeps per-paragraph findings between calls. An edit re-splits only the paragraphs around it,
 * re-runs the rules for paragraphs whose text or surroundings (column width, next line, document style)
 * changed, and moves the start offsets of the paragraphs after it. The result always equals a full check.
 */
export function createIncrementalLinter(context: LintContext = {}): IncrementalLinter {
  const checker = new Checker(context);
  const ignore = context.ignore ?? [];
  const ignoreReach = ignore.reduce((m, e) => Math.max(m, e.before.length, e.after.length), 0);
  let stats: DocumentStats = EMPTY_STATS;
  let view: FindingsView | null = null;
  const st = new LinterState(checker);
  /** Row records for the readers of the view (never the collector's `st.records`). */
  const read = newRecords();

  /** Sort row `k`'s records if they are not (the first read of them after a check). */
  const sortRow = (t: Rows, k: number): void => {
    if (t.sorted[k] === 1) return;
    sortRecords(rowRecords(t, k, read));
    t.sorted[k] = 1;
  };

  /**
   * Indices of row `k`'s records the ignore list does not accept (read against the whole text, whose context
   * an entry holds); null when every record is shown.
   */
  const shownOf = (t: Rows, k: number): Int32Array | null => {
    if (ignore.length === 0) return null;
    const cache = (st.shown ??= new Array<Int32Array | null>(t.length).fill(null));
    const cached = cache[k];
    if (cached) return cached;
    sortRow(t, k);
    const r = rowRecords(t, k, read);
    const base = t.start[k] ?? 0;
    const keep = new Int32Array(r.count);
    let n = 0;
    for (let j = 0; j < r.count; j++) {
      const start = base + recordStart(r, j);
      const end = base + recordEnd(r, j);
      if (!isIgnoredAt(st.text, recordRule(r, j), start, end, ignore)) keep[n++] = j;
    }
    const shown = keep.subarray(0, n);
    cache[k] = shown;
    return shown;
  };

  const shownCount = (t: Rows, k: number): number => shownOf(t, k)?.length ?? t.recCount[k] ?? 0;

  const absOf = (t: Rows, k: number): readonly Finding[] => {
    const start = t.start[k] ?? 0;
    const cache = (st.abs ??= new Array<readonly Finding[] | null>(t.length).fill(null));
    const starts = (st.absStart ??= new Array<number>(t.length).fill(0));
    const cached = cache[k];
    if (cached && starts[k] === start) return cached;
    sortRow(t, k);
    const shown = shownOf(t, k);
    const r = rowRecords(t, k, read);
    const n = shown ? shown.length : r.count;
    const out: Finding[] = new Array<Finding>(n);
    const m = checker.materializer;
    const body = st.text.slice(start, rowEnd(t, k, st.text.length));
    for (let j = 0; j < n; j++) out[j] = m.read(r, shown ? (shown[j] ?? 0) : j, body, start);
    cache[k] = out;
    starts[k] = start;
    return out;
  };

  const makeView = (): FindingsView => {
    const snapshot = st.rows;
    const rows = snapshot.length;
    const total = st.total;
    let counts: Int32Array | null = null;
    const prefix = (): Int32Array => {
      if (!counts) {
        counts = new Int32Array(rows + 1);
        const count = snapshot.recCount;
        for (let k = 0; k < rows; k++) {
          // Without an ignore list every record is shown (no call per row to a function of this linter).
          counts[k + 1] =
            (counts[k] ?? 0) + (ignore.length === 0 ? (count[k] ?? 0) : shownCount(snapshot, k));
        }
      }
      return counts;
    };
    const toArray = (): Finding[] => {
      const out: Finding[] = [];
      for (let k = 0; k < rows; k++) for (const f of absOf(snapshot, k)) out.push(f);
      return out;
    };
    return {
      get length() {
        if (ignore.length === 0) return total;
        const c = prefix();
        return c[c.length - 1] ?? 0;
      },
      at(index) {
        const c = prefix();
        if (index < 0 || index >= (c[c.length - 1] ?? 0)) return undefined;
        let lo = 0;
        let hi = rows - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((c[mid] ?? 0) <= index) lo = mid;
          else hi = mid - 1;
        }
        return absOf(snapshot, lo)[index - (c[lo] ?? 0)];
      },
      inRange(start, end) {
        const out: Finding[] = [];
        for (let k = Math.max(0, unitAt(snapshot, start) - 1); k < rows; k++) {
          if ((snapshot.start[k] ?? 0) >= end) break;
          for (const f of absOf(snapshot, k)) {
            if (f.end > start && f.start < end) out.push(f);
            else if (f.start === f.end && f.start === start) out.push(f);
          }
        }
        return out;
      },
      toArray,
      [Symbol.iterator]() {
        return toArray()[Symbol.iterator]();
      },
    };
  };

  const full = (next: string): FindingsView => {
    st.text = next;
    st.rows = unitsOf(next, st);
    st.shown = null;
    st.abs = null;
    st.absStart = null;
    stats = talliesStats(splitTallies);
    st.style = decideStyle(stats);
    const sKey = styleKey(st.style);
    const style = styleNumber(st, sKey);
    st.rechecked = 0;
    st.total = 0;
    const rows = st.rows.length;
    for (let i = 0; i < rows; i++) checkUnit(st, i, sKey, style, splitColumns[i] ?? 0, true);
    view = makeView();
    return view;
  };

  const incremental = (next: string, change: TextEdit | undefined): FindingsView => {
    const old = st.text;
    if (next === old && view) {
      st.rechecked = 0;
      return view;
    }
    // Measures are renewed here, before anything is measured, never in the middle of a check.
    if (measuresOutgrown()) renewMeasures();
    const t = st.rows;
    const delta = next.length - old.length;
    let from = 0;
    let oldTo = old.length;
    if (change && change.end <= old.length && change.text.length === change.end - change.start + delta) {
      from = change.start;
      oldTo = change.end;
    } else {
      const minLen = Math.min(old.length, next.length);
      while (from < minLen && old.charCodeAt(from) === next.charCodeAt(from)) from++;
      let tail = 0;
      while (
        tail < minLen - from &&
        old.charCodeAt(old.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
      ) {
        tail++;
      }
      oldTo = old.length - tail;
    }
    const a = Math.max(0, unitAt(t, from) - 1);
    const b = Math.min(t.length - 1, unitAt(t, Math.max(from, oldTo - 1)) + 1);
    const regionStart = t.start[a] ?? 0;
    const regionEndOld = rowEnd(t, b, old.length);
    const regionEndNew = regionEndOld + delta;
    const starts = paragraphStarts(next, regionStart, regionEndNew);
    const reusable = new Map<string, number>();
    for (let k = a; k <= b; k++) reusable.set(old.slice(t.start[k] ?? 0, rowEnd(t, k, old.length)), k);
    // Rows measured in an earlier generation (before another check renewed the measures) are measured again,
    // before the fresh rows copy them: the fresh rows are then all of this generation.
    refreshRows(t, a, b, old, st.slot);
    const fresh = new Rows(starts.length, t.store);
    starts.forEach((s, k) => {
      const body = next.slice(s, starts[k + 1] ?? regionEndNew);
      const reuse = reusable.get(body);
      if (reuse !== undefined) {
        reusable.delete(body);
        pushRow(fresh, t, reuse, s);
      } else {
        pushMeasured(fresh, body, s, st.nextId++, st.slot);
      }
    });
    for (let k = a; k <= b; k++) stats = addStats(stats, slotStats(rowSlot(t, k, st.slot)), -1);
    for (let k = 0; k < fresh.length; k++) stats = addStats(stats, slotStats(rowSlot(fresh, k, st.slot)));
    for (let k = b + 1; k < t.length; k++) t.start[k] = (t.start[k] ?? 0) + delta;
    for (let k = a; k <= b; k++) st.total -= t.recCount[k] ?? 0;
    for (let k = 0; k < fresh.length; k++) st.total += fresh.recCount[k] ?? 0;
    spliceRows(t, a, b - a + 1, fresh);
    const blanks = (): null[] => new Array<null>(fresh.length).fill(null);
    st.shown?.splice(a, b - a + 1, ...blanks());
    st.abs?.splice(a, b - a + 1, ...blanks());
    st.absStart?.splice(a, b - a + 1, ...new Array<number>(fresh.length).fill(0));
    st.text = next;
    const nextStyle = decideStyle(stats);
    const restyled = styleKey(nextStyle) !== styleKey(st.style);
    st.style = nextStyle;
    const sKey = styleKey(st.style);
    const style = styleNumber(st, sKey);
    st.rechecked = 0;
    const lo = restyled ? 0 : Math.max(0, a - COLUMN_REACH - 1);
    const hi = restyled ? t.length - 1 : Math.min(t.length - 1, a + fresh.length + COLUMN_REACH);
    // What the checks below read: each row's and its neighbours' measures, and those column estimates sample.
    refreshRows(t, lo - COLUMN_REACH, hi + COLUMN_REACH, next, st.slot);
    for (let i = lo; i <= hi; i++) checkUnit(st, i, sKey, style, columnOf(t, i, t.length), false);
    if (ignore.length > 0) {
      // An ignore entry reads a few code units around its finding: findings near the edit may change verdict.
      const near0 = from - ignoreReach;
      const near1 = oldTo + delta + ignoreReach;
      for (let k = Math.max(0, unitAt(t, near0) - 1); k < t.length; k++) {
        if ((t.start[k] ?? 0) > near1) break;
        if (st.shown) st.shown[k] = null;
        if (st.abs) st.abs[k] = null;
      }
    }
    compactStore(t);
    view = makeView();
    return view;
  };

  const checkText = (next: string, change?: TextEdit): FindingsView =>
    st.rows.length === 0 ? full(next) : incremental(next, change);

  return {
    check: checkText,
    update(next, change) {
      return checkText(next, change).toArray();
    },
    get lastRechecked() {
      return st.rechecked;
    },
  };
}

/** Set the checker's `needs` for the style `style` (key `key`) unless they are set for it already. */
function needsUnder(checker: Checker, style: StyleDecisions, key: string): void {
  if (checker.needsStyle === key) return;
  checker.needsStyle = key;
  for (let k = 0; k < ALL_RULES.length; k++) {
    const needs = ALL_RULES[k]?.needs;
    checker.needs[k] =
      needs === undefined ? EVERY_PARAGRAPH : typeof needs === 'number' ? needs : needs(style, checker.pack);
  }
}

/** Index of the row holding `offset` (the last row starting at or before it). */
function unitAt(t: Rows, offset: number): number {
  const starts = t.start;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Run the enabled rules on one paragraph, into the checker's collector; a rule whose `needs` the paragraph
 * does not hold is not called (most paragraphs hold what fewer than half of the rules look for).
 */
function runRules(checker: Checker, scan: ParagraphScan, ctx: RuleContext): void {
  const collector = checker.collector;
  const rules = checker.rules;
  const needs = checker.needs;
  const held = holdings(scan, ctx.env.ocr !== null) | EVERY_PARAGRAPH;
  for (let k = 0; k < rules.length; k++) {
    const index = rules[k] ?? 0;
    if (((needs[index] ?? EVERY_PARAGRAPH) & held) === 0) continue;
    collector.use(index);
    ALL_RULES[index]?.detect(scan, ctx, collector);
  }
}

/** Check a whole text once: findings sorted by position, offsets in `text`. */
export function lint(text: string, context: LintContext = {}): Finding[] {
  return createIncrementalLinter(context).check(text).toArray();
}
