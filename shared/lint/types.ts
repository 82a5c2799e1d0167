import type { Finding, FindingCategory, OcrResult, Severity, TextEdit } from '../model';
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

/** A fix as a rule reports it: label in both languages, edits relative to the paragraph. */
export interface RawFix {
  readonly label: Message;
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

/** Where a rule reports its findings: offsets relative to the paragraph, message in both languages. */
export interface FindingSink {
  /** Report `[start, end)`; `severity` overrides the rule's for this one finding (e.g. a weaker case). */
  report(start: number, end: number, message: Message, fixes: readonly RawFix[], severity?: Severity): void;
}

/**
 * One check. `detect` runs on one paragraph (its text up to the next paragraph, blank lines included), reading
 * the paragraph's scan (classes and candidate positions) and reporting to `out` in order of position.
 */
export interface Rule {
  readonly id: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly description: Message;
  detect(scan: ParagraphScan, context: RuleContext, out: FindingSink): void;
}

/** A finding plus where it came from, as the engine returns it. */
export type LintFinding = Finding;
