import type { PageStatus } from '../model/page';

/** What the report needs to know about one page. */
export interface ReportPageInput {
  readonly pageId: string;
  readonly label: string;
  readonly status: PageStatus;
  /** The OCR text as recognized. */
  readonly ocrText: string;
  /** The final (newest saved) text. */
  readonly finalText: string;
  /** Open findings on the OCR text and on the final text; null when the page was not checked. */
  readonly findings: { readonly atOcr: number; readonly open: number } | null;
}

/** One row of the corrections report. Characters are Unicode code points; whitespace is not counted. */
export interface ReportRow {
  readonly pageId: string;
  readonly label: string;
  readonly status: PageStatus;
  readonly ocrChars: number;
  readonly finalChars: number;
  /** Edit distance (insertions, deletions, substitutions) between OCR and final text, whitespace ignored. */
  readonly charsChanged: number;
  /** charsChanged / finalChars: the character error rate of the OCR against the final text. */
  readonly cer: number;
  /** The same on the texts as they are, whitespace included (line breaks and spaces count). */
  readonly cerRaw: number;
  readonly findingsFixed: number | null;
  readonly findingsOpen: number | null;
}

/** The corrections report of a set of pages. */
export interface Report {
  readonly generatedAt: string;
  readonly pages: readonly ReportRow[];
  readonly totals: {
    readonly pages: number;
    readonly ocrChars: number;
    readonly finalChars: number;
    readonly charsChanged: number;
    readonly cer: number;
  };
}

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const char of text) out.push(char.codePointAt(0) as number);
  return out;
}

/** Levenshtein distance on code points, in O(n·m) time and O(m) memory. */
export function editDistance(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let previous = new Uint32Array(y.length + 1);
  let current = new Uint32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] as number) + (xi === y[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] as number;
}

function rate(distance: number, length: number): number {
  return length === 0 ? (distance === 0 ? 0 : 1) : distance / length;
}

/** One report row: the OCR is scored against the final text, as CER is scored against a ground truth. */
export function reportRow(page: ReportPageInput): ReportRow {
  const ocrVisible = page.ocrText.replace(/\s+/gu, '');
  const finalVisible = page.finalText.replace(/\s+/gu, '');
  const finalLength = codePoints(finalVisible).length;
  const charsChanged = editDistance(ocrVisible, finalVisible);
  const ocrRaw = page.ocrText.replace(/\r\n?/gu, '\n').trim();
  const finalRaw = page.finalText.replace(/\r\n?/gu, '\n').trim();
  return {
    pageId: page.pageId,
    label: page.label,
    status: page.status,
    ocrChars: codePoints(ocrVisible).length,
    finalChars: finalLength,
    charsChanged,
    cer: rate(charsChanged, finalLength),
    cerRaw: rate(editDistance(ocrRaw, finalRaw), codePoints(finalRaw).length),
    findingsFixed: page.findings ? Math.max(0, page.findings.atOcr - page.findings.open) : null,
    findingsOpen: page.findings ? page.findings.open : null,
  };
}

/** The report of several pages, with totals (CER over all characters, not a mean of page rates). */
export function buildReport(pages: readonly ReportPageInput[], generatedAt: string): Report {
  const rows = pages.map(reportRow);
  const ocrChars = rows.reduce((n, r) => n + r.ocrChars, 0);
  const finalChars = rows.reduce((n, r) => n + r.finalChars, 0);
  const charsChanged = rows.reduce((n, r) => n + r.charsChanged, 0);
  return {
    generatedAt,
    pages: rows,
    totals: { pages: rows.length, ocrChars, finalChars, charsChanged, cer: rate(charsChanged, finalChars) },
  };
}

const COLUMNS: readonly (keyof ReportRow)[] = [
  'pageId',
  'label',
  'status',
  'ocrChars',
  'finalChars',
  'charsChanged',
  'cer',
  'cerRaw',
  'findingsFixed',
  'findingsOpen',
];

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6) : value;
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV (RFC 4180, header row, CRLF line ends); an empty cell where a page was not checked. */
export function reportToCsv(report: Report): string {
  const lines = [COLUMNS.join(',')];
  for (const row of report.pages) lines.push(COLUMNS.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The report as pretty-printed JSON. */
export function reportToJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
