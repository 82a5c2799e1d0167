import type { Finding, OcrResult, TextEdit } from '../model';
import { buildOcrHints, paragraphHints, type OcrHints } from './ocr-hints';
import { resolvePack, ruleSetting } from './packs';
import { paragraphStarts } from './paragraphs';
import {
  Materializer,
  NO_RECORDS,
  RecordCollector,
  recordEnd,
  recordRule,
  recordStart,
  sortRecords,
  type WritableRecords,
} from './records';
import { ALL_RULES } from './rules';
import { addStats, decideStyle, EMPTY_STATS } from './stats';
import { isIgnoredAt } from './ignore';
import type { LineFacts } from './breaks';
import {
  firstLineFacts,
  M_WIDTH_COUNT,
  M_WIDTHS_AT,
  MeasureCursor,
  measureInto,
  readMeasure,
  ReusedLineFacts,
  slotStats,
  addSlotTallies,
  talliesStats,
  copyFirstLine,
  LINE_FLAGS,
  LINE_STRIDE,
  measuredLineInto,
  type MeasureSlot,
} from './measure';
import { EVERY_PARAGRAPH, holdings, type ParagraphScan } from './scan';
import type {
  DocumentStats,
  LintContext,
  Locale,
  ParagraphEnvironment,
  RuleContext,
  RulePack,
  StyleDecisions,
} from './types';

/** How many paragraphs on each side lend their line widths to a paragraph's column estimate. */
const COLUMN_REACH = 6;
/** Line facts of a unit not measured yet. */
const NO_LINES = new Float64Array(0);
/** How many line widths are enough for a column estimate. */
const COLUMN_SAMPLE = 8;

/**
 * A paragraph unit: its measure is its `MeasureSlot` fields, its findings its `ParagraphRecords` fields
 * (offsets relative to the unit), so a paragraph is one object.
 */
interface Unit extends WritableRecords, MeasureSlot {
  start: number;
  /**
   * What the unit's records were computed in (see `sameSurroundings`), kept as fields rather than an object so a
   * check allocates nothing per unchanged unit; `seen` is false before the first check.
   */
  seen: boolean;
  /**
   * The column width in twentieths of an em (`columnOf` rounds to those): an integer field, where a width in
   * em would put a boxed double beside every unit.
   */
  seenColumn20: number;
  seenStyle: string;
  seenAt: number;
  seenNext: string | null;
  seenPrevious: string | null;
  /** Indices of the records the ignore list does not accept; null until read after a change. */
  shown: Int32Array | null;
  /** The shown findings as objects at `absStart`, made when first read, reused while the unit has not moved. */
  abs: readonly Finding[] | null;
  absStart: number;
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

/** What the checks of one document share: its enabled rules, pack, words, OCR hints. */
interface Checker {
  /** Indices into `ALL_RULES` of the enabled rules. */
  readonly rules: readonly number[];
  /**
   * `Rule.needs` of each rule of `ALL_RULES` under the style `needsStyle` (`EVERY_PARAGRAPH` where a rule has
   * none), set by `needsUnder`.
   */
  readonly needs: Int32Array;
  needsStyle: string;
  readonly pack: RulePack;
  readonly threshold: number;
  readonly hints: OcrHints | null;
  readonly collector: RecordCollector;
  readonly materializer: Materializer;
  /** The OCR the text came from, if any, and where the paragraph texts looked up so far sit in its text. */
  readonly ocr: OcrResult | undefined;
  readonly ocrPlace: Map<string, number>;
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

function makeChecker(context: LintContext): Checker {
  const pack = resolvePack(context.pack);
  const locale: Locale = context.locale ?? 'en';
  const ocr = context.ocr;
  return {
    rules: ALL_RULES.flatMap((r, k) => (ruleSetting(pack, r.id).enabled ? [k] : [])),
    needs: new Int32Array(ALL_RULES.length),
    needsStyle: '',
    pack,
    threshold: context.confidenceThreshold ?? 60,
    hints: ocr ? buildOcrHints(ocr) : null,
    collector: new RecordCollector(),
    materializer: new Materializer(pack, locale === 'en' ? 'en' : 'zh'),
    ocr,
    ocrPlace: new Map<string, number>(),
  };
}

/** A zeroed buffer of `n` doubles (allocations through one function, which runs at load: see `measure.ts`). */
function doubles(n: number): Float64Array {
  return new Float64Array(n);
}

/** Scratch for `columnOf`: the line widths it sorts. */
let columnScratch = doubles(256);

/** Append the column sample widths of `m` to the scratch from `n`; the new count. */
function gather(m: MeasureSlot | undefined, n: number): number {
  if (!m) return n;
  const count = m.scanData[m.scanAt + M_WIDTH_COUNT] ?? 0;
  if (n + count > columnScratch.length) {
    const grown = doubles(Math.max(n + count, columnScratch.length * 2));
    grown.set(columnScratch);
    columnScratch = grown;
  }
  const from = m.lines;
  const at = m.scanData[m.scanAt + M_WIDTHS_AT] ?? 0;
  for (let k = 0; k < count; k++) columnScratch[n++] = from[at + k] ?? 0;
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

/** Estimated column width for unit `i`, from its line widths and those of its neighbours. */
function columnOf(units: readonly MeasureSlot[], i: number): number {
  // Indices are checked before reading: an array read past its end deoptimizes the optimized check loop.
  let n = gather(units[i], 0);
  for (let d = 1; d <= COLUMN_REACH && n < COLUMN_SAMPLE; d++) {
    if (i - d >= 0) n = gather(units[i - d], n);
    if (i + d < units.length) n = gather(units[i + d], n);
  }
  if (n === 0) return 0;
  // The 75th-percentile width (the widest below 3 samples): the value of that rank, found by selection.
  const w = rank(columnScratch, n, n < 3 ? n - 1 : Math.floor(n * 0.75));
  return Math.round(w * 20) / 20;
}

/**
 * Everything a unit's environment is made from — column width, style key, where its text sits in the OCR text
 * (or -1), the next unit's first line, the previous unit's last line: when none of it changed, neither did its
 * findings. Written into `unit.seen*` when the unit is checked.
 */
function sameSurroundings(
  u: Unit,
  columnWidth: number,
  styleKey: string,
  at: number,
  nextLine: string | null,
  previousLine: string | null,
): boolean {
  return (
    u.seen &&
    u.seenColumn20 === Math.round(columnWidth * 20) &&
    u.seenStyle === styleKey &&
    u.seenAt === at &&
    u.seenNext === nextLine &&
    u.seenPrevious === previousLine
  );
}

/** The environment rules read: one object, rewritten for each unit checked (no rule keeps it). */
type MutableEnvironment = { -readonly [K in keyof ParagraphEnvironment]: ParagraphEnvironment[K] };

function makeUnit(body: string, start: number): Unit {
  const unit: Unit = {
    text: body,
    start,
    scanData: NO_RECORDS.data,
    scanAt: 0,
    lines: NO_LINES,
    firstLine: '',
    lastLine: '',
    seen: false,
    seenColumn20: 0,
    seenStyle: '',
    seenAt: -1,
    seenNext: null,
    seenPrevious: null,
    count: 0,
    data: NO_RECORDS.data,
    offset: 0,
    sorted: true,
    shown: null,
    abs: null,
    absStart: 0,
  };
  measureInto(body, unit);
  return unit;
}

/** Column widths of the units of the last `unitsOf`, by index. */
let splitColumns = doubles(1024);
/**
 * The facts of each unit's first line with content (`LINE_STRIDE` numbers per unit, flags -1 when it has
 * none), copied from its measure by `unitsOf`: what the unit before it reads as `nextLineFacts`.
 */
let splitFirstLines = doubles(1024 * LINE_STRIDE);
/** The style tallies of the units of the last `unitsOf`, summed (`addSlotTallies`). */
const splitTallies = doubles(10);

/**
 * The units of `text`, each measured, with their column widths in `splitColumns`, their first lines' facts in
 * `splitFirstLines` and their style tallies summed in `splitTallies`. All three are read from a unit's measure
 * right after it is made (a column estimate as soon as the `COLUMN_REACH` units past it are), while its line
 * facts and header are still in the processor's cache: read again after the whole text was measured, they were
 * not, and the reads waited for memory.
 */
function unitsOf(text: string): Unit[] {
  const starts = paragraphStarts(text);
  if (splitColumns.length < starts.length) splitColumns = doubles(starts.length);
  if (splitFirstLines.length < starts.length * LINE_STRIDE) {
    splitFirstLines = doubles(starts.length * LINE_STRIDE);
  }
  splitTallies.fill(0);
  const units: Unit[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0;
    // The last unit runs to the end (no read past the array, which would deoptimize the optimized check).
    const e = k + 1 < starts.length ? (starts[k + 1] ?? text.length) : text.length;
    const unit = makeUnit(text.slice(s, e), s);
    units.push(unit);
    addSlotTallies(splitTallies, unit);
    copyFirstLine(unit, splitFirstLines, k * LINE_STRIDE);
    if (k >= COLUMN_REACH) splitColumns[k - COLUMN_REACH] = columnOf(units, k - COLUMN_REACH);
  }
  for (let k = Math.max(0, units.length - COLUMN_REACH); k < units.length; k++) {
    splitColumns[k] = columnOf(units, k);
  }
  return units;
}

/** `firstLineFacts` of unit `k` (`unit`) of the last `unitsOf`, from `splitFirstLines`. */
function splitFirstLineFacts(unit: Unit, k: number, into: ReusedLineFacts): LineFacts | null {
  const slot = k * LINE_STRIDE;
  if ((splitFirstLines[slot + LINE_FLAGS] ?? -1) < 0) return null;
  return measuredLineInto(into, unit.firstLine, splitFirstLines, slot, 0, unit.firstLine.length);
}

/**
 * What a linter's checks share, read by `checkUnit`: a function of the module rather than a closure of each
 * linter, so every linter's check loop calls the same function (a new closure at a call site optimized for
 * another threw the optimized loop away in the second linter's first checks).
 */
interface LinterState {
  readonly checker: Checker;
  units: Unit[];
  /** The document's style decisions (`env.style` while a unit's rules run). */
  style: StyleDecisions;
  /** Units whose rules ran in the last check. */
  rechecked: number;
  /** The environment the rules read: one object, rewritten for each unit checked (no rule keeps it). */
  readonly env: MutableEnvironment;
  readonly ctx: RuleContext;
  readonly nextFacts: ReusedLineFacts;
  /** The scan the rules read: the measure of the unit being checked, rewritten per unit. */
  readonly scan: MeasureCursor;
}

/**
 * Check unit `i` of `st.units` (its column width `columnWidth`, the style key `sKey`) unless nothing it
 * depends on changed; `split`: the next unit's first line is read from `splitFirstLines` (a full check), not
 * from its measure.
 */
function checkUnit(st: LinterState, i: number, sKey: string, columnWidth: number, split: boolean): void {
  const units = st.units;
  const checker = st.checker;
  const env = st.env;
  const unit = units[i];
  if (!unit) return;
  const next = i + 1 < units.length ? units[i + 1] : undefined;
  const at = ocrFor(checker, unit.text);
  const nextLine = next ? next.firstLine : null;
  const previousLine = i > 0 ? (units[i - 1]?.lastLine ?? null) : null;
  if (sameSurroundings(unit, columnWidth, sKey, at, nextLine, previousLine)) return;
  unit.seen = true;
  unit.seenColumn20 = Math.round(columnWidth * 20);
  unit.seenStyle = sKey;
  unit.seenAt = at;
  unit.seenNext = nextLine;
  unit.seenPrevious = previousLine;
  unit.abs = null;
  unit.shown = null;
  st.rechecked++;
  needsUnder(checker, st.style, sKey);
  const hints = checker.hints;
  env.columnWidth = columnWidth;
  env.nextLine = nextLine;
  env.nextLineFacts = !next
    ? null
    : split
      ? splitFirstLineFacts(next, i + 1, st.nextFacts)
      : firstLineFacts(next, st.nextFacts);
  env.previousLine = previousLine;
  env.style = st.style;
  env.ocr = hints && at >= 0 ? paragraphHints(hints, at, at + unit.text.length) : null;
  runRules(checker, readMeasure(st.scan, unit), st.ctx);
  checker.collector.takeInto(unit);
}

/**
 * A linter that keeps per-paragraph findings between calls. An edit re-splits only the paragraphs around it,
 * re-runs the rules for paragraphs whose text or surroundings (column width, next line, document style)
 * changed, and moves the start offsets of the paragraphs after it. The result always equals a full check.
 */
export function createIncrementalLinter(context: LintContext = {}): IncrementalLinter {
  const checker = makeChecker(context);
  const ignore = context.ignore ?? [];
  const ignoreReach = ignore.reduce((m, e) => Math.max(m, e.before.length, e.after.length), 0);
  let text = '';
  let stats: DocumentStats = EMPTY_STATS;
  let view: FindingsView | null = null;
  const env: MutableEnvironment = {
    columnWidth: 0,
    nextLine: null,
    nextLineFacts: null,
    previousLine: null,
    style: decideStyle(EMPTY_STATS),
    ocr: null,
  };
  const st: LinterState = {
    checker,
    units: [],
    style: env.style,
    rechecked: 0,
    env,
    ctx: { env, confidenceThreshold: checker.threshold, pack: checker.pack },
    nextFacts: new ReusedLineFacts(),
    scan: new MeasureCursor(),
  };

  /**
   * Indices of the unit's records the ignore list does not accept (read against the whole text, whose context
   * an entry holds); null when every record is shown.
   */
  const shownOf = (u: Unit): Int32Array | null => {
    if (ignore.length === 0) return null;
    if (u.shown) return u.shown;
    sortRecords(u);
    const r = u;
    const keep = new Int32Array(r.count);
    let n = 0;
    for (let k = 0; k < r.count; k++) {
      const start = u.start + recordStart(r, k);
      const end = u.start + recordEnd(r, k);
      if (!isIgnoredAt(text, recordRule(r, k), start, end, ignore)) keep[n++] = k;
    }
    u.shown = keep.subarray(0, n);
    return u.shown;
  };

  const shownCount = (u: Unit): number => shownOf(u)?.length ?? u.count;

  const absOf = (u: Unit): readonly Finding[] => {
    if (!u.abs || u.absStart !== u.start) {
      sortRecords(u);
      const shown = shownOf(u);
      const n = shown ? shown.length : u.count;
      const out: Finding[] = new Array<Finding>(n);
      const m = checker.materializer;
      for (let k = 0; k < n; k++) out[k] = m.read(u, shown ? (shown[k] ?? 0) : k, u.text, u.start);
      u.abs = out;
      u.absStart = u.start;
    }
    return u.abs;
  };

  const makeView = (): FindingsView => {
    const snapshot = st.units;
    let counts: Int32Array | null = null;
    const prefix = (): Int32Array => {
      if (!counts) {
        counts = new Int32Array(snapshot.length + 1);
        for (let k = 0; k < snapshot.length; k++) {
          const u = snapshot[k];
          // Without an ignore list every record is shown (no call per unit to a function of this linter).
          counts[k + 1] = (counts[k] ?? 0) + (!u ? 0 : ignore.length === 0 ? u.count : shownCount(u));
        }
      }
      return counts;
    };
    const toArray = (): Finding[] => {
      const out: Finding[] = [];
      for (const u of snapshot) for (const f of absOf(u)) out.push(f);
      return out;
    };
    return {
      get length() {
        const c = prefix();
        return c[c.length - 1] ?? 0;
      },
      at(index) {
        const c = prefix();
        if (index < 0 || index >= (c[c.length - 1] ?? 0)) return undefined;
        let lo = 0;
        let hi = snapshot.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((c[mid] ?? 0) <= index) lo = mid;
          else hi = mid - 1;
        }
        const u = snapshot[lo];
        return u ? absOf(u)[index - (c[lo] ?? 0)] : undefined;
      },
      inRange(start, end) {
        const out: Finding[] = [];
        for (let k = Math.max(0, unitAt(snapshot, start) - 1); k < snapshot.length; k++) {
          const u = snapshot[k];
          if (!u || u.start >= end) break;
          for (const f of absOf(u)) {
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
    text = next;
    st.units = unitsOf(next);
    stats = talliesStats(splitTallies);
    st.style = decideStyle(stats);
    const sKey = styleKey(st.style);
    st.rechecked = 0;
    for (let i = 0; i < st.units.length; i++) checkUnit(st, i, sKey, splitColumns[i] ?? 0, true);
    view = makeView();
    return view;
  };

  const incremental = (next: string, change: TextEdit | undefined): FindingsView => {
    const old = text;
    if (next === old && view) {
      st.rechecked = 0;
      return view;
    }
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
    const a = Math.max(0, unitAt(st.units, from) - 1);
    const b = Math.min(st.units.length - 1, unitAt(st.units, Math.max(from, oldTo - 1)) + 1);
    const regionStart = st.units[a]?.start ?? 0;
    const regionEndOld = st.units[b + 1]?.start ?? old.length;
    const regionEndNew = regionEndOld + delta;
    const starts = paragraphStarts(next, regionStart, regionEndNew);
    const reusable = new Map<string, Unit>();
    for (let k = a; k <= b; k++) {
      const u = st.units[k];
      if (u) reusable.set(u.text, u);
    }
    const fresh: Unit[] = starts.map((s, k) => {
      const body = next.slice(s, starts[k + 1] ?? regionEndNew);
      const reuse = reusable.get(body);
      if (reuse) {
        reusable.delete(body);
        reuse.start = s;
        return reuse;
      }
      return makeUnit(body, s);
    });
    for (let k = a; k <= b; k++) {
      const u = st.units[k];
      if (u) stats = addStats(stats, slotStats(u), -1);
    }
    for (const u of fresh) stats = addStats(stats, slotStats(u));
    for (let k = b + 1; k < st.units.length; k++) {
      const u = st.units[k];
      if (u) u.start += delta;
    }
    st.units.splice(a, b - a + 1, ...fresh);
    text = next;
    const nextStyle = decideStyle(stats);
    const restyled = styleKey(nextStyle) !== styleKey(st.style);
    st.style = nextStyle;
    const sKey = styleKey(st.style);
    st.rechecked = 0;
    const lo = restyled ? 0 : Math.max(0, a - COLUMN_REACH - 1);
    const hi = restyled
      ? st.units.length - 1
      : Math.min(st.units.length - 1, a + fresh.length + COLUMN_REACH);
    for (let i = lo; i <= hi; i++) checkUnit(st, i, sKey, columnOf(st.units, i), false);
    if (ignore.length > 0) {
      // An ignore entry reads a few code units around its finding: findings near the edit may change verdict.
      const near0 = from - ignoreReach;
      const near1 = oldTo + delta + ignoreReach;
      for (let k = Math.max(0, unitAt(st.units, near0) - 1); k < st.units.length; k++) {
        const u = st.units[k];
        if (!u || u.start > near1) break;
        u.shown = null;
        u.abs = null;
      }
    }
    view = makeView();
    return view;
  };

  const checkText = (next: string, change?: TextEdit): FindingsView =>
    st.units.length === 0 ? full(next) : incremental(next, change);

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

/** Index of the unit holding `offset` (the last unit starting at or before it). */
function unitAt(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((units[mid]?.start ?? 0) <= offset) lo = mid;
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
