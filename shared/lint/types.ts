import type { Finding, FindingCategory, Fix, OcrResult, Severity, TextEdit } from '../model';
import type { LineFacts } from './breaks';
import type { ParagraphScan } from './scan';

/** Language of finding messages; the UI is bilingual, so every rule writes both. */
export type Locale = 'en' | 'zh-CN';

/** A message in both UI languages. */
export interface Message {
  readonly en: string;
  readonly zh: string;
}

/** Which text a pack expects: rules that only make sense for one script read this. */
export type PackName = 'mainland' | 'taiwan-hk' | 'faithful';

/** Per-rule settings of a pack. */
export interface RuleSetting {
  readonly enabled: boolean;
  readonly severity?: Severity;
  /** False turns every fix of the rule into a suggestion that needs a look. */
  readonly safeFixes: boolean;
}

/**
 * A style of house rules, selectable per document: which rules run, how loud, whether their fixes are safe,
 * and which full-width mark replaces a half-width one in Chinese text.
 */
export interface RulePack {
  readonly name: PackName;
  readonly label: Message;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Half-width mark → the full-width mark Chinese text of this style uses. */
  readonly punctuation: Readonly<Record<string, string>>;
  /** Opening/closing quote pair preferred for Chinese quotations, e.g. `“”` or `「」`. */
  readonly quotes: readonly [string, string];
}

/** One accepted finding: survives edits elsewhere because it is keyed by its text and a little context. */
export interface IgnoreEntry {
  readonly rule: string;
  readonly text: string;
  readonly before: string;
  readonly after: string;
}

/** Everything a check may use beyond the text. All optional: plain text is checked from text alone. */
export interface LintContext {
  /** The OCR the text came from: word confidences and glyph boxes. Used where the text still matches it. */
  readonly ocr?: OcrResult;
  readonly pack?: PackName | RulePack;
  readonly ignore?: readonly IgnoreEntry[];
  /** Words below this confidence (0–100) are flagged; default 60. */
  readonly confidenceThreshold?: number;
  readonly locale?: Locale;
}

/** Document-wide tallies that decide style questions ("report the minority form"). */
export interface DocumentStats {
  /** Adjacent Han/Kana pairs with whitespace between them / without, on one line. */
  readonly cjkGapSpaced: number;
  readonly cjkGapTight: number;
  /** CJK letter next to a Latin letter or digit, in text that is not spaced out letter by letter. */
  readonly mixedSpaced: number;
  readonly mixedTight: number;
  readonly percentHalf: number;
  readonly percentFull: number;
  readonly digitHalf: number;
  readonly digitFull: number;
  /** Lines whose script is mostly CJK / mostly Latin. */
  readonly cjkLines: number;
  readonly latinLines: number;
}

/** Facts about the text around a paragraph that its checks need; computed by the engine. */
export interface ParagraphEnvironment {
  /** Estimated width of a full line of the column, in em (CJK character = 1). 0 when unknown. */
  readonly columnWidth: number;
  /** Last line of the previous paragraph, or null at the start of the text. */
  readonly previousLine: string | null;
  /** First line of the next paragraph (after the blank line), or null at the end of the text. */
  readonly nextLine: string | null;
  /** `lineFacts(nextLine)`, already known from the next paragraph's measure; null when `nextLine` is. */
  readonly nextLineFacts: LineFacts | null;
  /** Style decisions drawn from the whole document. */
  readonly style: StyleDecisions;
  /** OCR hints for this paragraph, in its own offsets; null without OCR data for it. */
  readonly ocr: ParagraphOcr | null;
}

/** Document-level style decisions (each rule reports the minority form only). */
export interface StyleDecisions {
  /** Most CJK letters are separated by spaces: OCR noise, not style. */
  readonly spacedOut: boolean;
  /** Preferred spacing between CJK and Latin/digits; null when the document has no clear majority. */
  readonly mixedSpacing: 'space' | 'none' | null;
  readonly percent: 'half' | 'full' | null;
  readonly digits: 'half' | 'full' | null;
  /** The text is mostly Chinese/Japanese rather than Latin script. */
  readonly cjkDocument: boolean;
}

/** What the OCR data says about one paragraph, in offsets relative to the paragraph. */
export interface ParagraphOcr {
  /** Offsets of spaces whose glyph gap is wide for their line: real spaces. */
  readonly wideSpaces: ReadonlySet<number>;
  /** Offsets of spaces whose glyph gap is narrow for their line: OCR noise. */
  readonly narrowSpaces: ReadonlySet<number>;
  /** Offsets of line breaks where the line ran to the column's edge and the next is not indented. */
  readonly columnBreaks: ReadonlySet<number>;
  /** Offsets of line breaks where the line stopped short or the next line is indented. */
  readonly paragraphBreaks: ReadonlySet<number>;
  /** Words with their confidence (0–100), offsets relative to the paragraph. */
  readonly words: readonly { readonly start: number; readonly end: number; readonly confidence: number }[];
}

/** What a rule sees besides the paragraph text. */
export interface RuleContext {
  readonly env: ParagraphEnvironment;
  readonly confidenceThreshold: number;
  readonly pack: RulePack;
}

/**
 * Where a rule records its findings during detection: a few numbers per finding, no objects, so a check of a
 * large text allocates next to nothing per finding. The rule's `materialize` turns a record back into a
 * `Finding` when it is read. Offsets are relative to the paragraph.
 */
export interface FindingSink {
  /**
   * Record `[start, end)`. `variant` (0–65535) says which case of the rule it is (message, fix shape, safety,
   * severity); `a` and `b` are any further integers its `materialize` needs, e.g. an edit's end, a confidence,
   * or the index and count of numbers stored with `extra`. Reported in order of position per rule.
   */
  report(start: number, end: number, variant?: number, a?: number, b?: number): void;
  /** Store one more integer for the next finding; returns its index for `StoredFinding.extra`. */
  extra(value: number): number;
  /** Store the first `count` integers of `values` (`extra` of each in turn); returns the index of the first. */
  extras(values: Int32Array, count: number): number;
}

/** One recorded finding as its rule reads it back (offsets relative to the paragraph). */
export interface StoredFinding {
  readonly start: number;
  readonly end: number;
  readonly variant: number;
  readonly a: number;
  readonly b: number;
  /** A number stored with `FindingSink.extra` (its returned index). */
  extra(index: number): number;
}

/**
 * What `materialize` builds findings with: the paragraph's text, the pack, and constructors that apply what
 * the engine decides — the locale of messages and labels, the pack's severity and whether its fixes may be
 * safe, and offsets moved from the paragraph into the checked text.
 */
export interface FindingBuilder {
  /** The paragraph the finding was recorded in. */
  readonly text: string;
  readonly pack: RulePack;
  /** An edit of `[start, end)` (paragraph offsets). */
  edit(start: number, end: number, text: string): TextEdit;
  /** A fix made of `edits` (built with `edit`). */
  fix(label: Message, safe: boolean, edits: readonly TextEdit[]): Fix;
  /** A fix replacing `[start, end)` (paragraph offsets) with `text`. */
  replace(label: Message, safe: boolean, start: number, end: number, text: string): Fix;
  /** The finding at `[start, end)`; `severity` overrides the rule's default for this one (a weaker case). */
  finding(start: number, end: number, message: Message, fixes: readonly Fix[], severity?: Severity): Finding;
}

/**
 * One check. `detect` runs on one paragraph (its text up to the next paragraph, blank lines included), reading
 * the paragraph's scan (classes and candidate positions) and recording to `out` in order of position.
 * `materialize` rebuilds a recorded finding from the record and the paragraph text alone (whatever it needs
 * from the paragraph's environment must be in the record), so findings are stored compactly and objects are
 * made only for the findings that are read.
 */
export interface Rule {
  readonly id: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly description: Message;
  /**
   * `holdings` bits (`scan.ts`: mark kinds, `needGaps`, `HAS_*`) of which a paragraph must hold one for
   * `detect` to find anything there: the engine does not call it otherwise. A function when they depend on
   * the document's style or the pack (asked again when the style changes; 0: no paragraph). Absent when the
   * rule may find something in any paragraph (it depends on the neighbours).
   */
  readonly needs?: number | ((style: StyleDecisions, pack: RulePack) => number);
  detect(scan: ParagraphScan, context: RuleContext, out: FindingSink): void;
  materialize(found: StoredFinding, out: FindingBuilder): Finding;
}

/** A finding plus where it came from, as the engine returns it. */
export type LintFinding = Finding;
