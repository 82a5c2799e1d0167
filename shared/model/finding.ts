/** What kind of OCR artifact a rule looks for. */
export const FINDING_CATEGORIES = [
  'spacing',
  'break',
  'punctuation',
  'confidence',
  'spelling',
  'structure',
] as const;

/** What kind of OCR artifact a rule looks for. */
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** How sure a rule is that something is wrong. */
export type Severity = 'error' | 'warning' | 'info';

/** Replace `[start, end)` (UTF-16 offsets into the checked text) with `text`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A proposed repair. `safe`: can be applied without looking (`apply all safe fixes`, `jiaokan fix --safe`). */
export interface Fix {
  readonly label: string;
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

/** Something a rule flagged, at `[start, end)` in UTF-16 code units of the checked text. */
export interface Finding {
  readonly rule: string;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fixes: readonly Fix[];
}
