/** Why a page list such as `1-20,25` was refused, and the part that was wrong. */
export type PageRangeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'syntax'; readonly part: string }
  | { readonly kind: 'beyond'; readonly page: number; readonly pageCount: number };

/** The pages a list names (1-based, ascending, each once), or why it names none. */
export type PageRangeResult =
  | { readonly ok: true; readonly pages: number[] }
  | { readonly ok: false; readonly problem: PageRangeProblem };

/**
 * Reads a page list as printers and the CLI take it: numbers and ranges separated by commas (`1-20, 25`), spaces
 * allowed around each, pages counted from 1 in workspace order. A reversed range or a page past `pageCount` is
 * refused rather than clipped, so a typo never exports the wrong pages silently.
 */
export function parsePageRange(spec: string, pageCount: number): PageRangeResult {
  if (spec.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  const pages = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?$/.exec(part);
    const first = Number(match?.[1]);
    const last = match?.[2] === undefined ? first : Number(match[2]);
    if (!match || first < 1 || last < first)
      return { ok: false, problem: { kind: 'syntax', part: part.trim() } };
    if (last > pageCount) return { ok: false, problem: { kind: 'beyond', page: last, pageCount } };
    for (let n = first; n <= last; n++) pages.add(n);
  }
  return { ok: true, pages: [...pages].sort((a, b) => a - b) };
}
