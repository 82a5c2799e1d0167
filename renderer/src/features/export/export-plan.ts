import type { RequestOf } from '../../../../shared/ipc/contract';
import { parsePageRange, type PageRangeProblem } from '../../../../shared/util/page-range';

/** An export format, as the contract names it. */
export type ExportFormat = RequestOf<'export:run'>['format'];

/** How the text is written: as proofread, or re-flowed as a reading copy. */
export type ExportMode = RequestOf<'export:run'>['mode'];

/** Which pages the dialog exports. */
export type ExportScope = 'current' | 'range' | 'all';

/** Formats in the order the dialog lists them. */
export const EXPORT_FORMAT_CHOICES: readonly ExportFormat[] = ['txt', 'md', 'hocr', 'alto', 'pdf', 'report'];

/** What the user chose in the export dialog. */
export interface ExportChoices {
  readonly scope: ExportScope;
  /** Page list for the `range` scope, e.g. `1-20, 25` (positions in the page list, from 1). */
  readonly range: string;
  readonly format: ExportFormat;
  readonly mode: ExportMode;
  readonly combined: boolean;
}

/** A page as the plan needs it: the workspace's summary fields. */
export interface PlanPage {
  readonly id: string;
  readonly label: string;
  readonly hasOcr: boolean;
}

/** Why the dialog cannot export yet, for its message. */
export type PlanProblem =
  | { readonly kind: 'range'; readonly problem: PageRangeProblem }
  | { readonly kind: 'no-page' }
  | { readonly kind: 'not-recognized'; readonly labels: readonly string[] };

/** The request fields an export will send, or why there is none. */
export type ExportPlan =
  | {
      readonly ok: true;
      readonly pageIds: string[];
      readonly format: ExportFormat;
      readonly mode: ExportMode;
      readonly combined: boolean;
    }
  | { readonly ok: false; readonly problem: PlanProblem };

/** Formats whose pages can go into one file (the service writes pages.txt, pages.md, pages.pdf). */
export function canCombine(format: ExportFormat): boolean {
  return format === 'txt' || format === 'md' || format === 'pdf';
}

/** Formats written from the text alone, where faithful and normalized differ; the others follow the OCR layout. */
export function usesMode(format: ExportFormat): boolean {
  return format === 'txt' || format === 'md';
}

/** Formats that need the OCR boxes (or, for the report, the OCR text), so a page never recognized cannot go. */
export function needsOcr(format: ExportFormat): boolean {
  return format === 'hocr' || format === 'alto' || format === 'pdf' || format === 'report';
}

/**
 * Turns the dialog's choices into an export request over `pages` (workspace order), checking what the renderer
 * can know before main does: the page list reads and exists, and every page a layout format needs was recognized.
 * Choices that do not apply to the format (combined for ALTO, the mode for PDF) are dropped, not refused.
 */
export function planExport(
  choices: ExportChoices,
  pages: readonly PlanPage[],
  currentPageId: string | null,
): ExportPlan {
  let chosen: PlanPage[];
  switch (choices.scope) {
    case 'current':
      chosen = pages.filter((p) => p.id === currentPageId);
      break;
    case 'all':
      chosen = [...pages];
      break;
    case 'range': {
      const parsed = parsePageRange(choices.range, pages.length);
      if (!parsed.ok) return { ok: false, problem: { kind: 'range', problem: parsed.problem } };
      chosen = parsed.pages.flatMap((n) => pages[n - 1] ?? []);
      break;
    }
  }
  if (chosen.length === 0) return { ok: false, problem: { kind: 'no-page' } };
  if (needsOcr(choices.format)) {
    const labels = chosen.filter((p) => !p.hasOcr).map((p) => p.label);
    if (labels.length > 0) return { ok: false, problem: { kind: 'not-recognized', labels } };
  }
  return {
    ok: true,
    pageIds: chosen.map((p) => p.id),
    format: choices.format,
    mode: usesMode(choices.format) ? choices.mode : 'faithful',
    combined: canCombine(choices.format) && choices.combined && chosen.length > 1,
  };
}
