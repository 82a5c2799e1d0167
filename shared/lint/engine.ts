import type { Finding, Fix, TextEdit } from '../model';
import { lineRanges, lineWidth } from './layout';
import { buildOcrHints, paragraphHints, type OcrHints } from './ocr-hints';
import { resolvePack, ruleSetting } from './packs';
import { paragraphStarts } from './paragraphs';
import { ALL_RULES } from './rules';
import { addStats, decideStyle, EMPTY_STATS, tally } from './stats';
import { isIgnored } from './ignore';
import type {
  DocumentStats,
  LintContext,
  Locale,
  ParagraphEnvironment,
  Rule,
  RuleContext,
  RulePack,
  StyleDecisions,
} from './types';

/** How many paragraphs on each side lend their line widths to a paragraph's column estimate. */
const COLUMN_REACH = 6;
/** How many line widths are enough for a column estimate. */
const COLUMN_SAMPLE = 8;

interface Summary {
  /** Widths of the paragraph's lines except its last, in em. */
  readonly widths: readonly number[];
  readonly firstLine: string;
  readonly lastLine: string;
  readonly stats: DocumentStats;
}

interface Unit {
  readonly text: string;
  start: number;
  readonly summary: Summary;
  key: string | null;
  /** Findings with offsets relative to the unit. */
  local: readonly Finding[];
  /** `local` shifted to `absStart`, reused while the unit has not moved. */
  abs: readonly Finding[] | null;
  absStart: number;
}

function summarize(text: string): Summary {
  const lines = lineRanges(text).filter(([s, e]) => e > s && text.slice(s, e).trim().length > 0);
  const widths = lines.slice(0, -1).map(([s, e]) => lineWidth(text, s, e));
  const first = lines[0];
  const last = lines[lines.length - 1];
  return {
    widths,
    firstLine: first ? text.slice(first[0], first[1]) : '',
    lastLine: last ? text.slice(last[0], last[1]) : '',
    stats: tally(text),
  };
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ start: e.start + by, end: e.end + by, text: e.text })),
    })),
  };
}

function styleKey(s: StyleDecisions): string {
  return `${s.spacedOut ? 1 : 0}${s.mixedSpacing ?? '-'}${s.percent ?? '-'}${s.digits ?? '-'}${s.cjkDocument ? 1 : 0}`;
}

/** A linter that remembers the last text it checked. */
export interface IncrementalLinter {
  /**
   * Check `text`, reusing the findings of paragraphs unchanged since the last call; returns all findings.
   * `change`, when given, is where the previous text was replaced (offsets in the previous text, as an editor's
   * change event reports it), which spares comparing the two texts to find the edit.
   */
  update(text: string, change?: TextEdit): readonly Finding[];
  /** Paragraphs re-checked by the last `update` (for tests and benchmarks). */
  readonly lastRechecked: number;
}

/**
 * A linter that keeps per-paragraph findings between calls. An edit re-splits only the paragraphs around it,
 * re-runs the rules for paragraphs whose text or surroundings (column width, next line, document style)
 * changed, and shifts the offsets of the rest. The result always equals a full check of the same text.
 */
export function createIncrementalLinter(context: LintContext = {}): IncrementalLinter {
  const pack = resolvePack(context.pack);
  const locale: Locale = context.locale ?? 'en';
  const threshold = context.confidenceThreshold ?? 60;
  const rules = ALL_RULES.filter((r) => ruleSetting(pack, r.id).enabled);
  const hints: OcrHints | null = context.ocr ? buildOcrHints(context.ocr) : null;
  const ocrPlace = new Map<string, number>();
  let units: Unit[] = [];
  let text = '';
  let stats: DocumentStats = EMPTY_STATS;
  let style: StyleDecisions = decideStyle(EMPTY_STATS);
  let rechecked = 0;
  let all: readonly Finding[] = [];

  const makeUnit = (body: string, start: number): Unit => ({
    text: body,
    start,
    summary: summarize(body),
    key: null,
    local: [],
    abs: null,
    absStart: 0,
  });

  const columnOf = (i: number): number => {
    const widths: number[] = [...(units[i]?.summary.widths ?? [])];
    for (let d = 1; d <= COLUMN_REACH && widths.length < COLUMN_SAMPLE; d++) {
      widths.push(...(units[i - d]?.summary.widths ?? []), ...(units[i + d]?.summary.widths ?? []));
    }
    if (widths.length === 0) return 0;
    widths.sort((a, b) => a - b);
    const w =
      widths.length < 3 ? (widths[widths.length - 1] ?? 0) : (widths[Math.floor(widths.length * 0.75)] ?? 0);
    return Math.round(w * 20) / 20;
  };

  const ocrFor = (unit: Unit): number => {
    if (!context.ocr) return -1;
    const body = unit.text.trimEnd();
    let at = ocrPlace.get(body);
    if (at === undefined) {
      at = body.length > 0 ? context.ocr.text.indexOf(body) : -1;
      ocrPlace.set(body, at);
    }
    return at;
  };

  const check = (i: number, sKey: string): void => {
    const unit = units[i];
    if (!unit) return;
    const columnWidth = columnOf(i);
    const nextLine = units[i + 1]?.summary.firstLine ?? null;
    const previousLine = units[i - 1]?.summary.lastLine ?? null;
    const at = ocrFor(unit);
    const key = `${columnWidth}|${sKey}|${at}|${nextLine ?? '\u0000'}|${previousLine ?? '\u0000'}`;
    if (key === unit.key) return;
    unit.key = key;
    unit.abs = null;
    rechecked++;
    const env: ParagraphEnvironment = {
      columnWidth: columnWidth,
      nextLine,
      previousLine,
      style,
      ocr: hints && at >= 0 ? paragraphHints(hints, at, at + unit.text.length) : null,
    };
    unit.local = runRules(rules, unit.text, { env, confidenceThreshold: threshold, pack }, pack, locale);
  };

  const materialize = (): readonly Finding[] => {
    const out: Finding[] = [];
    for (const u of units) {
      if (!u.abs || u.absStart !== u.start) {
        u.abs = u.local.map((f) => shiftFinding(f, u.start));
        u.absStart = u.start;
      }
      for (const f of u.abs) out.push(f);
    }
    const ignore = context.ignore;
    return ignore && ignore.length > 0 ? out.filter((f) => !isIgnored(text, f, ignore)) : out;
  };

  const full = (next: string): readonly Finding[] => {
    text = next;
    units = paragraphStarts(next).map((s, k, arr) => makeUnit(next.slice(s, arr[k + 1] ?? next.length), s));
    stats = units.reduce((acc, u) => addStats(acc, u.summary.stats), EMPTY_STATS);
    style = decideStyle(stats);
    const sKey = styleKey(style);
    rechecked = 0;
    for (let i = 0; i < units.length; i++) check(i, sKey);
    all = materialize();
    return all;
  };

  const findUnit = (offset: number): number => {
    let lo = 0;
    let hi = units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((units[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const incremental = (next: string, change: TextEdit | undefined): readonly Finding[] => {
    const old = text;
    if (next === old) {
      rechecked = 0;
      return all;
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
    const a = Math.max(0, findUnit(from) - 1);
    const b = Math.min(units.length - 1, findUnit(Math.max(from, oldTo - 1)) + 1);
    const regionStart = units[a]?.start ?? 0;
    const regionEndOld = units[b + 1]?.start ?? old.length;
    const regionEndNew = regionEndOld + delta;
    const starts = paragraphStarts(next, regionStart, regionEndNew);
    const reusable = new Map<string, Unit>();
    for (let k = a; k <= b; k++) {
      const u = units[k];
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
    for (let k = a; k <= b; k++) stats = addStats(stats, units[k]?.summary.stats ?? EMPTY_STATS, -1);
    for (const u of fresh) stats = addStats(stats, u.summary.stats);
    for (let k = b + 1; k < units.length; k++) {
      const u = units[k];
      if (u) u.start += delta;
    }
    units.splice(a, b - a + 1, ...fresh);
    text = next;
    const nextStyle = decideStyle(stats);
    const restyled = styleKey(nextStyle) !== styleKey(style);
    style = nextStyle;
    const sKey = styleKey(style);
    rechecked = 0;
    const lo = restyled ? 0 : Math.max(0, a - COLUMN_REACH - 1);
    const hi = restyled ? units.length - 1 : Math.min(units.length - 1, a + fresh.length + COLUMN_REACH);
    for (let i = lo; i <= hi; i++) check(i, sKey);
    all = materialize();
    return all;
  };

  return {
    update(next: string, change?: TextEdit): readonly Finding[] {
      return units.length === 0 ? full(next) : incremental(next, change);
    },
    get lastRechecked() {
      return rechecked;
    },
  };
}

/** Run the enabled rules on one paragraph and turn their reports into findings in the pack's terms. */
function runRules(
  rules: readonly Rule[],
  text: string,
  ctx: RuleContext,
  pack: RulePack,
  locale: Locale,
): Finding[] {
  const out: Finding[] = [];
  const lang = locale === 'en' ? 'en' : 'zh';
  for (const rule of rules) {
    const setting = ruleSetting(pack, rule.id);
    for (const raw of rule.detect(text, ctx)) {
      const fixes: Fix[] = raw.fixes.map((f) => ({
        label: f.label[lang],
        safe: f.safe && setting.safeFixes,
        edits: f.edits,
      }));
      out.push({
        rule: rule.id,
        category: rule.category,
        severity: setting.severity ?? raw.severity ?? rule.severity,
        start: raw.start,
        end: raw.end,
        message: raw.message[lang],
        fixes,
      });
    }
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** Check a whole text once. */
export function lint(text: string, context: LintContext = {}): Finding[] {
  return [...createIncrementalLinter(context).update(text)];
}
